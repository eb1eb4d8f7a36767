//! The firmware profile's promise (docs/performance.md, "Firmware"): built
//! with two locales and without runtime loading, the lookup functions link
//! none of std's panic machinery (formatting, unwinding, backtraces), which
//! is what makes a static C program of a few tens of kilobytes possible.
//!
//! Checked on linked programs, not on the source: for each lookup function,
//! a C program that takes its address is linked statically with
//! `--gc-sections`, and its symbols must hold nothing from `core::panicking`
//! or `std::panicking`. Then `examples/lookup.c`, linked the same way, must
//! run and its stripped size is printed (measured, not asserted).
//!
//! Slow (a release build of its own): `#[ignore]`, run by scripts/check
//! (`cargo test --test firmware -- --include-ignored`).

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

/// The functions a firmware build uses to show a phrase: every lookup of
/// the C API. Parsers and formatters (Reason, Warning, Accept-Language,
/// sanitizing) work on caller strings and may link std's panic code.
const LOOKUPS: &[&str] = &[
    "sip_class",
    "sip_class_name",
    "sip_code_name",
    "sip_description",
    "sip_is_known",
    "sip_known_at",
    "sip_known_count",
    "sip_lang_at",
    "sip_lang_count",
    "sip_lang_id",
    "sip_negotiated_lang",
    "sip_q850_class_name",
    "sip_q850_name",
    "sip_reason",
    "sip_reason_as",
    "sip_reason_by_id",
    "sip_version",
    "sip_warning_text",
];

/// The static link flags, from tests/c/static-libs: the one list the C
/// tests' harness and scripts/lib.sh read too.
fn static_libs() -> impl Iterator<Item = &'static str> {
    include_str!("c/static-libs").split_whitespace()
}

fn root() -> PathBuf {
    support::root().to_path_buf()
}

/// Builds the firmware profile; the path of its static library.
fn firmware_library() -> PathBuf {
    let target = root().join("target/firmware");
    support::run(&mut support::firmware_build(&target));
    target.join("release/libsipstatus.a")
}

/// Links `source` statically against `lib` with `--gc-sections`.
fn link(source: &Path, lib: &Path, out: &Path) {
    support::run(
        Command::new("cc")
            .args(["-Os", "-std=c99", "-w", "-Iinclude"])
            .current_dir(root())
            .arg(source)
            .arg("-o")
            .arg(out)
            .arg(lib)
            .arg("-Wl,--gc-sections")
            .args(static_libs()),
    );
}

/// The panic machinery's symbols in a linked program.
fn panic_symbols(program: &Path) -> Vec<String> {
    support::stdout(Command::new("nm").arg("-C").arg(program))
        .lines()
        .filter(|l| l.contains("core::panicking") || l.contains("std::panicking"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_lookup_is_in_the_abi() {
    let functions = std::fs::read_to_string(root().join("abi/functions.txt")).unwrap();
    let exported: Vec<&str> = functions.lines().map(str::trim).collect();
    for f in LOOKUPS {
        assert!(exported.contains(f), "{f} is not in abi/functions.txt");
    }
}

#[test]
#[ignore = "a release build of its own; scripts/check runs it"]
fn lookups_link_no_panic_code() {
    let lib = firmware_library();
    let dir = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for f in LOOKUPS {
        let source = dir.path().join(format!("{f}.c"));
        std::fs::write(
            &source,
            format!(
                "#include <stdint.h>\nextern int {f}();\n\
                 int main(void) {{ return (int)(intptr_t)&{f}; }}\n"
            ),
        )
        .unwrap();
        let program = dir.path().join(f);
        link(&source, &lib, &program);
        let found = panic_symbols(&program);
        if !found.is_empty() {
            failures.push(format!("{f}: {}", found.join("; ")));
        }
    }
    // The check can fail: a parser links the panic code.
    let source = dir.path().join("parser.c");
    std::fs::write(
        &source,
        "#include <stdint.h>\nextern int sip_parse_reasons();\n\
         int main(void) { return (int)(intptr_t)&sip_parse_reasons; }\n",
    )
    .unwrap();
    let program = dir.path().join("parser");
    link(&source, &lib, &program);
    assert!(
        !panic_symbols(&program).is_empty(),
        "the check finds nothing even where std's panic code is linked"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
#[ignore = "a release build of its own; scripts/check runs it"]
fn the_example_program_runs_and_its_size_is_measured() {
    let lib = firmware_library();
    let dir = tempfile::tempdir().unwrap();
    let program = dir.path().join("lookup");
    link(&root().join("examples/lookup.c"), &lib, &program);
    assert_eq!(panic_symbols(&program), Vec::<String>::new());
    let shown = support::stdout(Command::new(&program).args(["486", "de_AT.UTF-8"]));
    assert_eq!(shown.trim(), "486 Besetzt (Anfragefehler)");
    let shown = support::stdout(Command::new(&program).args(["486", "fr"]));
    assert_eq!(shown.trim(), "486 Busy Here (Client Failure)");
    let stripped = dir.path().join("lookup.stripped");
    support::run(Command::new("strip").arg("-o").arg(&stripped).arg(&program));
    let bytes = std::fs::metadata(&stripped).unwrap().len();
    println!("examples/lookup.c, firmware profile, static, --gc-sections, stripped: {bytes} bytes");
}
