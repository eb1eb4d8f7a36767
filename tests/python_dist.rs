//! The Python package's release files, as a user gets them
//! (docs/python-packaging.md): scripts/python-dist makes the sdist and the
//! manylinux wheel in target/py-dist (auditwheel must accept the wheel for
//! manylinux2014, glibc 2.17); both must carry what they need; the
//! zig-linked library must contain panics; then each is installed with pip
//! into a fresh virtualenv, with nothing else of the repository, and the
//! package's pytest suite runs against that installed copy
//! (SIPSTATUS_TEST_INSTALLED makes it fail if it imports another), with
//! the expected texts from the library's Rust API (tests/python_facts,
//! named in SIPSTATUS_TEST_FACTS).
//!
//! Needs target/py-venv (scripts/setup makes it from
//! python/requirements-dev.txt), clang, unzip and tar:
//! `cargo test --test python_dist -- --include-ignored --nocapture`
//! (scripts/check.d/45-python-dist.sh).

mod python_facts;
mod support;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use support::{root, run, Checks};

const ARCH: &str = std::env::consts::ARCH;
const VENV: &str = "target/py-venv";

fn venv_bin(tool: &str) -> PathBuf {
    root().join(VENV).join("bin").join(tool)
}

/// PATH with the virtualenv's tools first.
fn venv_path() -> String {
    format!(
        "{}:{}",
        root().join(VENV).join("bin").display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

fn the_one(dir: &Path, suffix: &str) -> PathBuf {
    let found: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .collect();
    assert_eq!(found.len(), 1, "{}: *{suffix}: {found:?}", dir.display());
    found.into_iter().next().unwrap()
}

fn name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// The wheel: its tag, auditwheel's verdict, the library, the typing
/// marker and the licenses.
fn check_wheel(wheel: &Path, c: &mut Checks) {
    let file = name(wheel);
    let tag = format!("-py3-none-manylinux2014_{ARCH}.manylinux_2_17_{ARCH}.whl");
    c.check(
        file.starts_with("sipstatus-") && file.ends_with(&tag),
        || format!("{file}: not tagged py3-none-manylinux2014_{ARCH}"),
    );
    // auditwheel wraps its lines: joined to match.
    let show = run(Command::new(venv_bin("auditwheel"))
        .env("PATH", venv_path())
        .arg("show")
        .arg(wheel));
    let joined = show.split_whitespace().collect::<Vec<_>>().join(" ");
    let want = format!("consistent with the following platform tag: \"manylinux_2_17_{ARCH}\"");
    c.check(joined.contains(&want), || {
        format!("auditwheel show {file}: not manylinux_2_17_{ARCH}:\n{show}")
    });
    let files = run(Command::new("unzip").arg("-Z1").arg(wheel));
    for f in [
        "sipstatus/__init__.py",
        "sipstatus/_ffi.py",
        "sipstatus/py.typed",
        "sipstatus/_libsipstatus.abi3.so",
    ] {
        c.check(files.lines().any(|l| l == f), || format!("{file}: no {f}"));
    }
    for license in ["LICENSE-MIT", "LICENSE-APACHE"] {
        let inside = Command::new("unzip")
            .arg("-p")
            .arg(wheel)
            .arg(format!("sipstatus-*.dist-info/licenses/{license}"))
            .output()
            .expect("unzip (Debian package unzip)");
        let ours = fs::read(root().join(license)).expect("the license file");
        c.check(inside.status.success() && inside.stdout == ours, || {
            format!("{file}: .dist-info/licenses/{license} is not the repository's")
        });
    }
    println!("{file}: {} files", files.lines().count());
}

/// The sdist: every file of the crate as cargo packs it, under crate/, and
/// the files a build needs.
fn check_sdist(sdist: &Path, c: &mut Checks) {
    let file = name(sdist);
    let listing = run(Command::new("tar").arg("-tzf").arg(sdist));
    let inside: Vec<&str> = listing
        .lines()
        .map(|l| l.split_once('/').map_or(l, |(_, rest)| rest))
        .collect();
    let crate_files = run(Command::new(env!("CARGO")).current_dir(root()).args([
        "package",
        "--list",
        "--allow-dirty",
        "--locked",
        "--quiet",
    ]));
    let crate_files: Vec<String> = crate_files
        .lines()
        .filter(|l| *l != ".cargo_vcs_info.json" && !l.is_empty())
        .map(|l| format!("crate/{l}"))
        .collect();
    assert!(
        crate_files.len() > 100,
        "cargo package --list: {crate_files:?}"
    );
    for f in &crate_files {
        c.check(inside.contains(&f.as_str()), || {
            format!("{file} lacks {f}, a file of the crate")
        });
    }
    for f in [
        "pyproject.toml",
        "setup.py",
        "sipstatus/__init__.py",
        "LICENSE-MIT",
        "LICENSE-APACHE",
        "crate/Cargo.lock",
        "crate/build.rs",
        "crate/cbindgen.toml",
        "crate/include/sipstatus.h",
        "crate/LICENSE-MIT",
        "crate/LICENSE-APACHE",
        "crate/locales/en/sip.ftl",
    ] {
        c.check(inside.contains(&f), || format!("{file}: no {f}"));
    }
    println!("{file}: {} files of the crate", crate_files.len());
}

/// zig links the wheel's library with its own unwinder (no libgcc_s):
/// panics must still be caught at the C boundary. The panic-test build of
/// the same target, under tests/c/panic.c.
fn check_zig_panics() -> usize {
    let target_dir = root().join("target/py-zig-panic");
    let target = format!("{ARCH}-unknown-linux-gnu.2.17");
    run(Command::new(env!("CARGO"))
        .current_dir(root())
        .env("PATH", venv_path())
        .args(["zigbuild", "--quiet", "--locked", "--release", "--lib"])
        .args(["--features", "panic-test", "--target", &target])
        .arg("--target-dir")
        .arg(&target_dir));
    let lib = target_dir.join(format!("{ARCH}-unknown-linux-gnu/release"));
    let exe = target_dir.join("panic-zig");
    run(Command::new("clang")
        .current_dir(root())
        .args([
            "-Wall",
            "-Wextra",
            "-Werror",
            "-Iinclude",
            "-Itests/c",
            "-pthread",
        ])
        .args(["tests/c/panic.c", "-o"])
        .arg(&exe)
        .arg(format!("-L{}", lib.display()))
        .arg("-lsipstatus")
        .arg(format!("-Wl,-rpath,{}", lib.display()))
        .arg("-ldl"));
    let out = Command::new(&exe)
        .current_dir(root())
        .arg("tests/c/stress/a")
        .env("RUST_BACKTRACE", "0")
        // cargo test's LD_LIBRARY_PATH (target/debug first) would win over
        // the rpath and load the debug library, which has no panic points.
        .env_remove("LD_LIBRARY_PATH")
        .output()
        .expect("panic-zig");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let panics = stderr.matches("injected panic").count();
    let tail: Vec<&str> = stderr.lines().rev().take(20).collect();
    assert!(
        out.status.success(),
        "panic-zig: {}\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        tail.join("\n")
    );
    println!("panic-zig: {panics} panics injected and contained");
    panics
}

/// ARTIFACT installed with pip into a fresh virtualenv target/py-fresh-NAME;
/// then the package's tests (pytest from target/py-venv) against that copy.
/// The number of tests passed.
fn install_and_test(label: &str, artifact: &Path, facts: &Path) -> usize {
    let fresh = root().join(format!("target/py-fresh-{label}"));
    let _ = fs::remove_dir_all(&fresh);
    println!(
        "==> pip install {} into a fresh virtualenv ({})",
        name(artifact),
        fresh.display()
    );
    run(Command::new("python3").args(["-m", "venv"]).arg(&fresh));
    let mut pip = Command::new(fresh.join("bin/pip"));
    // Offline: the wheel needs nothing else, and an sdist's build backend
    // comes from the wheels scripts/setup downloaded (target/py-wheelhouse).
    pip.args(["install", "-q", "--disable-pip-version-check", "--no-index"])
        .arg("--find-links")
        .arg(root().join("target/py-wheelhouse"));
    // An sdist builds the crate (release); its cargo target folder is kept
    // between runs as a compile cache. Nothing else of the repository is used.
    print!(
        "{}",
        run(pip
            .env("CARGO_TARGET_DIR", root().join("target/py-sdist-build"))
            .arg(artifact))
    );
    let site = run(Command::new(fresh.join("bin/python")).args([
        "-c",
        "import sysconfig; print(sysconfig.get_path('purelib')); print(sysconfig.get_path('platlib'))",
    ]));
    let pythonpath = site.lines().collect::<Vec<_>>().join(":");
    println!(
        "==> pytest against the {label} installed in {}",
        fresh.display()
    );
    let out = run(Command::new(venv_bin("python"))
        .current_dir(root())
        .env_remove("SIPSTATUS_LIBRARY")
        .env_remove("LD_LIBRARY_PATH")
        .env("PYTHONPATH", &pythonpath)
        .env("SIPSTATUS_TEST_INSTALLED", &fresh)
        .env(python_facts::VAR, facts)
        .args([
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "python/tests",
        ]));
    print!("{out}");
    pytest_passed(&out).unwrap_or_else(|| panic!("pytest printed no \"N passed\":\n{out}"))
}

/// pytest's summary line ("212 passed in 3.10s", "3 failed, 209 passed
/// ..."): the number passed, when none failed.
fn pytest_passed(out: &str) -> Option<usize> {
    let summary = out.lines().rev().find(|l| l.contains(" passed"))?;
    if summary.contains(" failed") || summary.contains(" error") {
        return None;
    }
    let words: Vec<&str> = summary.split_whitespace().collect();
    let i = words
        .iter()
        .position(|w| w.trim_end_matches(',') == "passed")?;
    words.get(i.checked_sub(1)?)?.parse().ok()
}

#[test]
fn pytest_summaries_are_read() {
    assert_eq!(pytest_passed("....\n212 passed in 3.10s\n"), Some(212));
    assert_eq!(pytest_passed("212 passed, 2 skipped in 3.10s"), Some(212));
    assert_eq!(pytest_passed("1 failed, 211 passed in 3.10s"), None);
    assert_eq!(pytest_passed("no tests ran"), None);
}

#[test]
#[ignore = "builds the sdist and the manylinux wheel (cargo-zigbuild), installs each into a \
            fresh virtualenv; CI runs it (scripts/check.d/45-python-dist.sh)"]
fn python_release_files() {
    let venv_ok = Command::new(venv_bin("python"))
        .args(["-c", "import build, pytest, mypy, auditwheel, ziglang"])
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        venv_ok,
        "{VENV} lacks the Python tools (python/requirements-dev.txt): run scripts/setup"
    );
    let missing = support::missing_tools(&["python3", "clang", "unzip", "tar"]);
    assert!(
        missing.is_empty(),
        "missing {missing:?} (Debian packages python3-venv, clang, unzip, tar): run scripts/setup"
    );

    let dist = root().join("target/py-dist");
    println!("==> scripts/python-dist {}", dist.display());
    print!(
        "{}",
        run(Command::new(root().join("scripts/python-dist")).arg(&dist))
    );
    let wheel = the_one(&dist, ".whl");
    let sdist = the_one(&dist, ".tar.gz");

    let mut c = Checks::default();
    println!("==> the wheel: tag, auditwheel, library, typing marker, licenses");
    check_wheel(&wheel, &mut c);
    println!("==> the sdist: the crate as cargo packs it, the licenses");
    check_sdist(&sdist, &mut c);
    println!("{}", c.summary("release files"));
    assert!(c.failed.is_empty(), "{:#?}", c.failed);

    println!("==> panic containment in a cargo-zigbuild library (glibc 2.17, release, panic-test)");
    let panics = check_zig_panics();
    assert!(
        panics >= 3000,
        "{panics} panics injected, want 3000 or more"
    );

    // The texts pytest expects, from this crate's Rust API (the same
    // sources the sdist and the wheel were built from).
    let facts = support::out_dir("py-dist-facts").join("facts.json");
    python_facts::write(&facts);
    let from_wheel = install_and_test("wheel", &wheel, &facts);
    let from_sdist = install_and_test("sdist", &sdist, &facts);
    println!("pytest: {from_wheel} passed (wheel), {from_sdist} passed (sdist)");
    assert!(
        from_wheel > 0 && from_wheel == from_sdist,
        "the wheel and the sdist ran different tests: {from_wheel}, {from_sdist}"
    );
}
