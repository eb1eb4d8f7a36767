//! Packaging for C and C++ users (docs/install.md, docs/cpp.md):
//!
//! 1. Their commands, run as written: every ```sh block of the two pages,
//!    in order, each in its own bash (`set -euo pipefail`) from the
//!    repository root, with `PREFIX` and `SYSROOT` set to temporary
//!    directories. A line `command  # => text` must print exactly `text`; a
//!    block after `<!-- not run: why -->` is reported, not run. cargo-c
//!    installs into the prefix; examples/lookup.c is built with pkg-config,
//!    examples/cmake/ with CMake, a firmware-style static link from a
//!    sysroot, C++ with c++; each program runs and must print what the page
//!    says.
//! 2. The installed layout: soname, links, archive, headers (the committed
//!    ones), sipstatus.pc; which libraries the programs need.
//! 3. The installed C++ wrapper as C++14 (g++, clang++) must stop with its
//!    one #error. (Its test, tests/cpp/test_wrapper.cpp, is a row of
//!    tests/native.rs; docs/cpp.md's block builds C++ against the prefix.)
//! 4. The ABI guard (tests/abi.rs, abi/README.md): abidiff of abi/ against
//!    the release library; the installed library's exported symbols.
//! 5. The crate package (`cargo package --list`) carries LICENSE-MIT and
//!    LICENSE-APACHE.
//!
//! Needs cargo-c (scripts/setup installs it with `cargo install`, so the
//! page's `cargo install cargo-c` returns at once), pkg-config, cmake, gcc,
//! g++, clang, binutils and abigail-tools:
//! `cargo test --test packaging -- --include-ignored --nocapture`
//! (scripts/check.d/70-packaging.sh).

mod support;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use support::{root, run, Checks};

/// The pages whose ```sh blocks are run, in this order.
const DOCS: &[&str] = &["docs/install.md", "docs/cpp.md"];

/// The tools this test runs, each with the Debian package that has it.
const TOOLS: &[(&str, &str)] = &[
    (
        "cargo-cinstall",
        "cargo-c: scripts/setup runs `cargo install cargo-c`",
    ),
    ("pkg-config", "pkg-config"),
    ("cmake", "cmake"),
    ("cc", "gcc"),
    ("c++", "g++"),
    ("g++", "g++"),
    ("clang++", "clang"),
    ("objdump", "binutils"),
    ("nm", "binutils"),
    ("abidw", "abigail-tools"),
    ("abidiff", "abigail-tools"),
];

/// One ```sh block of a page.
#[derive(Debug, PartialEq)]
struct Block {
    /// "docs/install.md:27": where its opening fence is.
    at: String,
    /// The heading it is under.
    section: String,
    /// Why it is not run (`<!-- not run: why -->` just before it).
    not_run: Option<String>,
    /// Its commands, lines continued with a backslash joined, each with the
    /// line it starts on; comments and empty lines left out.
    commands: Vec<(usize, String)>,
}

/// The ```sh blocks of `text` (the page `name`).
fn blocks(name: &str, text: &str) -> Vec<Block> {
    let mut found = Vec::new();
    let mut section = String::new();
    let mut not_run: Option<String> = None;
    // The open block: its first line and its lines.
    let mut open: Option<(usize, Vec<(usize, &str)>)> = None;
    for (n, line) in text.lines().enumerate().map(|(i, l)| (i + 1, l)) {
        let Some((start, lines)) = open.as_mut() else {
            if line.starts_with('#') {
                section = line.trim_start_matches('#').trim().to_string();
            }
            if let Some(why) = line
                .strip_prefix("<!-- not run: ")
                .and_then(|l| l.strip_suffix(" -->"))
            {
                not_run = Some(why.to_string());
            } else if line == "```sh" {
                open = Some((n, Vec::new()));
            } else if !line.trim().is_empty() {
                not_run = None;
            }
            continue;
        };
        if line != "```" {
            lines.push((n, line));
            continue;
        }
        let mut commands = Vec::new();
        let mut pending: Option<(usize, String)> = None;
        for &(ln, text) in lines.iter() {
            let (first, mut joined) = pending.take().unwrap_or((ln, String::new()));
            if let Some(head) = text.strip_suffix('\\') {
                joined.push_str(head);
                joined.push(' ');
                pending = Some((first, joined));
            } else {
                joined.push_str(text);
                let command = joined.trim();
                if !command.is_empty() && !command.starts_with('#') {
                    commands.push((first, command.to_string()));
                }
            }
        }
        found.push(Block {
            at: format!("{name}:{start}"),
            section: section.clone(),
            not_run: not_run.take(),
            commands,
        });
        open = None;
    }
    assert!(open.is_none(), "{name}: a ```sh block is not closed");
    found
}

/// `command  # => text`: the command and what it must print.
fn expectation(command: &str) -> Option<(&str, &str)> {
    let mut from = 0;
    while let Some(i) = command[from..].find("# => ").map(|i| i + from) {
        if command[..i].ends_with(char::is_whitespace) {
            return Some((command[..i].trim_end(), command[i + 5..].trim()));
        }
        from = i + 1;
    }
    None
}

fn sh_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// The bash script of a block: each command echoed, then run; what a
/// `# =>` command prints goes to `$DOC_OUT/got-LINE`.
fn script(block: &Block) -> String {
    let mut out = String::from("set -euo pipefail\nexec 2>&1\n");
    for (ln, command) in &block.commands {
        out.push_str(&format!("printf '+ %s\\n' {}\n", sh_quote(command)));
        match expectation(command) {
            None => out.push_str(&format!("{command}\n")),
            Some((run, _)) => {
                out.push_str(&format!("got=$({run})\n"));
                out.push_str(&format!(
                    "printf '%s\\n' \"$got\" | tee \"$DOC_OUT/got-{ln}\"\n"
                ));
            }
        }
    }
    out
}

#[test]
fn the_block_reader_reads_what_it_should() {
    let page = "# Top\n\n```sh\necho a \\\n  b\n# a comment\n\nx  # => 1\n```\n\n\
                ## Other\n<!-- not run: needs a network -->\n```sh\nrustup target add x\n```\n\
                <!-- not run: too far -->\n\ntext\n```sh\nls # => a # => b\n```\n";
    let found = blocks("p.md", page);
    assert_eq!(
        found,
        [
            Block {
                at: "p.md:3".into(),
                section: "Top".into(),
                not_run: None,
                commands: vec![(4, "echo a    b".into()), (8, "x  # => 1".into())],
            },
            Block {
                at: "p.md:13".into(),
                section: "Other".into(),
                not_run: Some("needs a network".into()),
                commands: vec![(14, "rustup target add x".into())],
            },
            Block {
                at: "p.md:19".into(),
                section: "Other".into(),
                not_run: None,
                commands: vec![(20, "ls # => a # => b".into())],
            },
        ]
    );
    assert_eq!(expectation("x  # => 1"), Some(("x", "1")));
    assert_eq!(expectation("ls # => a # => b"), Some(("ls", "a # => b")));
    assert_eq!(expectation("cc a.c  # e.g. -la"), None);
    assert_eq!(expectation("echo '#=> x'"), None);
    assert_eq!(sh_quote("it's"), r"'it'\''s'");
}

/// The pages' blocks, run in order; the `# =>` lines checked.
fn run_docs(prefix: &Path, sysroot: &Path, work: &Path) {
    let (mut run_blocks, mut not_run) = (0, 0);
    let mut printed = Checks::default();
    for doc in DOCS {
        let text = fs::read_to_string(root().join(doc)).unwrap_or_else(|e| panic!("{doc}: {e}"));
        for block in blocks(doc, &text) {
            if let Some(why) = &block.not_run {
                println!("{}: not run: {why}", block.at);
                not_run += 1;
                continue;
            }
            println!("--- {} ({})", block.at, block.section);
            let got_dir = work.join(format!("block-{}", block.at.replace(['/', ':'], "-")));
            fs::create_dir_all(&got_dir).expect("mkdir");
            let out = Command::new("bash")
                .current_dir(root())
                // cargo test's own (target/debug first) would win over the
                // programs' rpath.
                .env_remove("LD_LIBRARY_PATH")
                .arg("-c")
                .arg(script(&block))
                .env("PREFIX", prefix)
                .env("SYSROOT", sysroot)
                .env("DOC_OUT", &got_dir)
                .output()
                .expect("bash");
            let text = String::from_utf8_lossy(&out.stdout);
            print!("{text}");
            assert!(
                out.status.success(),
                "{}: a command failed ({}):\n{text}",
                block.at,
                out.status
            );
            run_blocks += 1;
            let (file, _) = block.at.split_once(':').expect("file:line");
            for (ln, command) in &block.commands {
                let Some((_, want)) = expectation(command) else {
                    continue;
                };
                let got = fs::read_to_string(got_dir.join(format!("got-{ln}")))
                    .unwrap_or_else(|e| panic!("{file}:{ln}: its output: {e}"));
                let got = got.trim_end_matches('\n');
                printed.check(got == want, || {
                    format!("{file}:{ln}: printed {got:?}; the page says {want:?}")
                });
            }
        }
    }
    println!(
        "docs: {run_blocks} blocks run, {not_run} not run; {}",
        printed.summary("printed output")
    );
    assert!(
        run_blocks > 0 && printed.passed > 0,
        "no block or no `# =>` line found"
    );
    assert!(printed.failed.is_empty(), "{:?}", printed.failed);
}

fn objdump_field(file: &Path, field: &str) -> Vec<String> {
    run(Command::new("objdump").arg("-p").arg(file))
        .lines()
        .filter_map(|l| {
            let mut words = l.split_whitespace();
            (words.next() == Some(field)).then(|| words.next().unwrap_or("").to_string())
        })
        .collect()
}

fn pkg_config(pc_dir: &Path, args: &[&str]) -> String {
    run(Command::new("pkg-config")
        .env("PKG_CONFIG_PATH", pc_dir)
        .args(args)
        .arg("sipstatus"))
    .trim()
    .to_string()
}

fn same_file(a: &Path, b: &Path) -> bool {
    matches!((fs::read(a), fs::read(b)), (Ok(x), Ok(y)) if x == y)
}

/// What cargo cinstall installed, and what the programs built from the
/// pages need.
fn check_installed(prefix: &Path, sysroot: &Path) {
    let level = fs::read_to_string(root().join("abi/version.txt")).expect("abi/version.txt");
    let level = level.trim();
    let soname = format!("libsipstatus.so.{level}");
    let lib = prefix.join("lib");
    let so = lib.join("libsipstatus.so");
    let build = root().join("build");
    let mut c = Checks::default();
    let sonames = objdump_field(&so, "SONAME");
    c.check(sonames == [soname.as_str()], || {
        format!("{}: SONAME {sonames:?}, want {soname}", so.display())
    });
    c.check(
        fs::symlink_metadata(&so).is_ok_and(|m| m.file_type().is_symlink())
            && lib.join(&soname).exists(),
        || format!("{}: not a link, or no {soname}", so.display()),
    );
    c.check(
        fs::canonicalize(&so).ok().is_some()
            && fs::canonicalize(&so).ok() == fs::canonicalize(lib.join(&soname)).ok(),
        || format!("{} and {soname} are not the same file", so.display()),
    );
    c.check(lib.join("libsipstatus.a").is_file(), || {
        "no lib/libsipstatus.a".into()
    });
    for header in ["sipstatus.h", "sipstatus.hpp"] {
        c.check(
            same_file(
                &root().join("include").join(header),
                &prefix.join("include").join(header),
            ),
            || format!("include/{header} is not the committed one"),
        );
    }
    let pc_dir = lib.join("pkgconfig");
    let version = pkg_config(&pc_dir, &["--modversion"]);
    c.check(version == env!("CARGO_PKG_VERSION"), || {
        format!(
            "pkg-config --modversion: {version}, Cargo.toml has {}",
            env!("CARGO_PKG_VERSION")
        )
    });
    let pc_prefix = pkg_config(&pc_dir, &["--variable=prefix"]);
    c.check(Path::new(&pc_prefix) == prefix, || {
        format!("sipstatus.pc: prefix {pc_prefix}")
    });
    for program in ["lookup", "cmake/sip_reason", "sip_reason"] {
        let needed = objdump_field(&build.join(program), "NEEDED");
        c.check(needed.contains(&soname), || {
            format!("build/{program} needs {needed:?}, not {soname}")
        });
    }
    let needed = objdump_field(&build.join("lookup-static"), "NEEDED");
    c.check(!needed.iter().any(|n| n.contains("libsipstatus")), || {
        format!("build/lookup-static needs {needed:?}")
    });
    let sys_lib = sysroot.join("usr/lib");
    let shared: Vec<String> = fs::read_dir(&sys_lib)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with("libsipstatus.so"))
                .collect()
        })
        .unwrap_or_default();
    c.check(
        sys_lib.join("libsipstatus.a").is_file() && shared.is_empty(),
        || format!("sysroot: no libsipstatus.a, or a shared library: {shared:?}"),
    );
    let pc = fs::read_to_string(sys_lib.join("pkgconfig/sipstatus.pc")).unwrap_or_default();
    c.check(pc.lines().any(|l| l == "prefix=/usr"), || {
        format!("sysroot sipstatus.pc has no prefix=/usr:\n{pc}")
    });
    c.check(
        same_file(
            &root().join("include/sipstatus.h"),
            &sysroot.join("usr/include/sipstatus.h"),
        ),
        || "sysroot: usr/include/sipstatus.h is not the committed one".into(),
    );
    println!("{}", c.summary("installed files"));
    assert!(c.failed.is_empty(), "{:?}", c.failed);
}

/// The installed sipstatus.hpp before C++17 (g++ and clang++, C++14): one
/// clear #error. (tests/cpp/test_wrapper.cpp, C++17 and C++20, is a row of
/// tests/native.rs's table.)
fn check_cxx14(prefix: &Path, work: &Path) {
    let pc: Vec<String> = pkg_config(&prefix.join("lib/pkgconfig"), &["--cflags"])
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let want = "sipstatus.hpp needs C++17 or later";
    let source = work.join("cxx14.cpp");
    fs::write(&source, "#include <sipstatus.hpp>\n").expect("write");
    let mut c = Checks::default();
    for cxx in ["g++", "clang++"] {
        let out = Command::new(cxx)
            .arg("-std=c++14")
            .args(&pc)
            .arg("-fsyntax-only")
            .arg(&source)
            .output()
            .unwrap_or_else(|e| panic!("{cxx}: {e}"));
        let err = String::from_utf8_lossy(&out.stderr);
        let errors: Vec<&str> = err.lines().filter(|l| l.contains("error:")).collect();
        c.check(
            !out.status.success() && errors.len() == 1 && errors[0].contains(want),
            || format!("{cxx} -std=c++14: want one error, {want:?}; got:\n{err}"),
        );
        if let Some(e) = errors.first() {
            println!(
                "{cxx} -std=c++14: {}",
                e.rsplit("error: ").next().unwrap_or(e)
            );
        }
    }
    println!("{}", c.summary("C++14"));
    assert!(c.failed.is_empty(), "{:?}", c.failed);
}

/// tests/abi.rs's ignored test: the release library against abi/, then the
/// installed library's exported symbols (SIPSTATUS_ABI_LIB).
fn check_abi(prefix: &Path) {
    let cargo_test = || {
        let mut command = Command::new(env!("CARGO"));
        command.current_dir(root()).args([
            "test",
            "--quiet",
            "--locked",
            "--test",
            "abi",
            "--",
            "--include-ignored",
        ]);
        command
    };
    print!("{}", run(&mut cargo_test()));
    print!(
        "{}",
        run(cargo_test().env("SIPSTATUS_ABI_LIB", prefix.join("lib/libsipstatus.so")))
    );
}

fn check_crate_package() {
    let list = run(Command::new(env!("CARGO")).current_dir(root()).args([
        "package",
        "--list",
        "--allow-dirty",
        "--locked",
        "--quiet",
    ]));
    let mut c = Checks::default();
    for file in ["LICENSE-MIT", "LICENSE-APACHE"] {
        c.check(list.lines().any(|l| l == file), || {
            format!("cargo package --list has no {file}")
        });
    }
    println!("{}", c.summary("crate package"));
    assert!(c.failed.is_empty(), "{:?}", c.failed);
}

#[test]
#[ignore = "runs cargo-c, pkg-config, cmake, gcc, g++, clang++ and abigail-tools; \
            CI runs it (scripts/check.d/70-packaging.sh)"]
fn packaging_for_c_and_cpp() {
    let missing: Vec<String> = TOOLS
        .iter()
        .filter(|(tool, _)| !support::missing_tools(&[*tool]).is_empty())
        .map(|(tool, package)| format!("{tool} ({package})"))
        .collect();
    assert!(
        missing.is_empty(),
        "missing: {} (scripts/setup installs them)",
        missing.join(", ")
    );
    let tmp = tempfile::tempdir().expect("a temporary directory");
    let prefix: PathBuf = tmp.path().join("prefix");
    let sysroot = tmp.path().join("sysroot");
    let work = tmp.path().join("work");
    fs::create_dir_all(&work).expect("mkdir");
    for old in [
        "build/cmake",
        "build/lookup",
        "build/lookup-static",
        "build/sip_reason",
    ] {
        let old = root().join(old);
        let _ = fs::remove_dir_all(&old);
        let _ = fs::remove_file(&old);
    }

    println!("==> docs/install.md and docs/cpp.md: their commands, as written");
    run_docs(&prefix, &sysroot, &work);
    println!("==> installed files");
    check_installed(&prefix, &sysroot);
    println!("==> the installed sipstatus.hpp before C++17: one #error");
    check_cxx14(&prefix, &work);
    println!("==> ABI guard: abi/ against the release library; the installed library's symbols");
    check_abi(&prefix);
    println!("==> crate package: cargo package --list carries the license files");
    check_crate_package();
}
