//! The Python package (python/), with the tools of its own ecosystem, from
//! the virtualenv that scripts/setup makes (target/py-venv; this test only
//! uses it): ruff (format and lint), a wheel built by pip (which must carry
//! LICENSE-MIT and LICENSE-APACHE, the same as the repository's) and
//! installed into the virtualenv, mypy `--strict` on the installed package
//! and on python/tests/test_typing.py, and the pytest suite twice: against
//! the installed package with the library inside it, and with
//! `SIPSTATUS_LIBRARY` set to a fresh `cargo build`. Both runs must pass the
//! same tests, none skipped. 45-python-dist tests the release files.
//! pytest's expected texts come from the library's Rust API: a file
//! tests/python_facts writes, named in SIPSTATUS_TEST_FACTS.
//!
//! `cargo test --test python -- --include-ignored`
//! (scripts/check.d/40-python.sh).
//!
//! pytest by hand: `cargo test --test python facts_for_a_hand_run --
//! --nocapture` writes target/python-facts.json and prints the command.

mod python_facts;
mod support;
use support::run;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn venv() -> PathBuf {
    support::root().join("target/py-venv")
}

/// A tool of the virtualenv.
fn tool(name: &str) -> Command {
    let path = venv().join("bin").join(name);
    assert!(
        path.exists(),
        "{} is missing: run scripts/setup (it makes target/py-venv from python/requirements-dev.txt)",
        path.display()
    );
    let mut command = Command::new(path);
    command.current_dir(support::root());
    command
}

/// pytest over python/tests, with the facts file `facts`: it passes, and
/// its summary is "N passed" alone (nothing skipped, failed or in error). N.
fn pytest(command: &mut Command, facts: &Path) -> usize {
    let text = run(command.env(python_facts::VAR, facts).args([
        "-q",
        "-p",
        "no:cacheprovider",
        "python/tests",
    ]));
    let summary = text
        .lines()
        .rev()
        .find(|l| l.contains(" passed"))
        .unwrap_or_else(|| panic!("no pytest summary:\n{text}"));
    println!("{summary}");
    let (passed, rest) = summary.split_once(" passed").expect("N passed");
    assert!(
        rest.trim_start().starts_with("in "),
        "pytest: more than passed tests: {summary}\n{text}"
    );
    passed.trim().parse().expect("a count")
}

#[test]
#[ignore = "builds a release wheel and runs ruff, mypy and pytest from target/py-venv"]
fn python_package() {
    let root = support::root();

    println!("==> ruff format --check, ruff check (python/)");
    print!(
        "{}",
        run(tool("ruff").args(["format", "--check", "python"]))
    );
    print!("{}", run(tool("ruff").args(["check", "python"])));

    // pip builds the crate in release mode through setuptools-rust; a target
    // folder of its own keeps that build cached between runs without mixing
    // with other builds' flags.
    println!("==> pip wheel ./python, pip install the wheel");
    let wheels = support::out_dir("py-wheel");
    run(tool("pip")
        .env("CARGO_TARGET_DIR", root.join("target/python-build"))
        .args([
            "-q",
            "--disable-pip-version-check",
            "wheel",
            "--no-deps",
            "-w",
        ])
        .arg(&wheels)
        .arg("./python"));
    let built: Vec<PathBuf> = fs::read_dir(&wheels)
        .expect("the wheel folder")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "whl"))
        .collect();
    let [wheel] = &built[..] else {
        panic!("not one wheel in {}: {built:?}", wheels.display());
    };
    run(tool("pip")
        .args([
            "-q",
            "--disable-pip-version-check",
            "install",
            "--force-reinstall",
            "--no-deps",
        ])
        .arg(wheel));

    println!("==> the wheel carries LICENSE-MIT and LICENSE-APACHE");
    licenses(wheel);

    // The installed copy (so its py.typed counts), then a user's view of it.
    println!("==> mypy --strict: the installed package, python/tests/test_typing.py");
    let cache = root.join("target/mypy-cache");
    for target in [&["-p", "sipstatus"][..], &["python/tests/test_typing.py"]] {
        let text = run(tool("mypy")
            .arg("--strict")
            .arg("--cache-dir")
            .arg(&cache)
            .args(target));
        assert!(
            text.starts_with("Success: no issues found"),
            "mypy {target:?}:\n{text}"
        );
        print!("{text}");
    }

    let facts = support::out_dir("py-facts").join("facts.json");
    python_facts::write(&facts);
    println!("==> pytest, the installed package");
    let installed = pytest(
        tool("pytest")
            .env_remove("SIPSTATUS_LIBRARY")
            // conftest.py: the copy under test, library included, must be
            // the virtualenv's.
            .env("SIPSTATUS_TEST_INSTALLED", venv()),
        &facts,
    );

    println!("==> pytest, SIPSTATUS_LIBRARY=target/debug/libsipstatus.so (a fresh cargo build)");
    run(Command::new("cargo")
        .current_dir(root)
        .args(["build", "--quiet"]));
    let fresh = pytest(
        tool("pytest").env(
            "SIPSTATUS_LIBRARY",
            root.join("target/debug/libsipstatus.so"),
        ),
        &facts,
    );
    assert_eq!(
        installed, fresh,
        "the two pytest runs passed different numbers of tests"
    );
}

/// Writes target/python-facts.json for a run of pytest by hand and prints
/// the command (python/README.md, "Tests"); the file is JSON with every
/// section python/tests reads.
#[test]
fn facts_for_a_hand_run() {
    let path = support::root().join("target/python-facts.json");
    python_facts::write(&path);
    let text = fs::read_to_string(&path).expect("the facts file");
    let facts: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    for key in [
        "languages",
        "known",
        "reason",
        "description",
        "class_id",
        "class_name",
        "warn_codes",
        "warning",
    ] {
        assert!(!facts[key].is_null(), "{}: no {key}", path.display());
    }
    println!(
        "cargo build && {}={} SIPSTATUS_LIBRARY=target/debug/libsipstatus.so \\\n    \
         target/py-venv/bin/pytest python/tests",
        python_facts::VAR,
        path.strip_prefix(support::root())
            .unwrap_or(&path)
            .display()
    );
}

/// `wheel` holds `*.dist-info/licenses/F` for both license files, each the
/// same as the repository's (unzip, Debian package unzip).
fn licenses(wheel: &Path) {
    let unzip = |args: &[&str]| {
        let out = Command::new("unzip")
            .args(args)
            .arg(wheel)
            .args(["*.dist-info/licenses/*"])
            .output()
            .unwrap_or_else(|e| panic!("cannot run unzip: {e} (Debian package unzip)"));
        assert!(
            out.status.success(),
            "unzip {args:?} {}: {}",
            wheel.display(),
            out.status
        );
        out.stdout
    };
    let listing = String::from_utf8(unzip(&["-Z1"])).expect("UTF-8 names");
    for name in ["LICENSE-MIT", "LICENSE-APACHE"] {
        let entry = listing
            .lines()
            .find(|l| {
                l.strip_suffix(name)
                    .and_then(|dir| dir.strip_suffix(".dist-info/licenses/"))
                    .is_some_and(|d| !d.contains('/'))
            })
            .unwrap_or_else(|| {
                panic!(
                    "{}: no .dist-info/licenses/{name}:\n{listing}",
                    wheel.display()
                )
            });
        let out = Command::new("unzip")
            .arg("-p")
            .arg(wheel)
            .arg(entry)
            .output()
            .expect("unzip -p");
        assert!(out.status.success(), "unzip -p {entry}");
        let repo = fs::read(support::root().join(name)).expect("the repository's license");
        assert!(
            out.stdout == repo,
            "{entry} differs from the repository's {name}"
        );
        println!("{entry}: the same as the repository's");
    }
}
