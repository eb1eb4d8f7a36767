//! The ABI guard (abi/README.md): what programs linked against
//! `libsipstatus.so` rely on, as committed files, checked with libabigail's
//! `abidw` and `abidiff` (Debian `abigail-tools`):
//!
//! - `abi/libsipstatus.abi`: what `abidw` writes for the release library
//!   (profile `abi`: the release profile with DWARF), reduced by
//!   `abi/public.suppr` to the exported `sip_*` functions and the types
//!   they reach. The check is `abidiff` of it against a fresh build.
//! - `abi/functions.txt`: the exported C functions, one name a line: the
//!   baseline's ELF function symbols, which must also be exactly the
//!   functions `include/sipstatus.h` declares and the library's dynamic
//!   symbols (nothing but `sip_*`). tests/bindings.rs reads it.
//! - `abi/constants.txt`: the header's `#define` constants and enumerators:
//!   values compiled into callers that the library's DWARF does not carry
//!   (no function takes a `SipCode`; a `#define` has no DWARF).
//! - `abi/version.txt`: the ABI level all this belongs to, the soname's
//!   version (`0.1` for 0.1.z, the major from 1.0.0 on).
//!
//! `SIPSTATUS_BLESS=1 cargo test --test abi -- --include-ignored` rewrites
//! them after an intended change, and refuses one that breaks callers
//! (abidiff's "incompatible change", or a constant removed or changed) while
//! the ABI level in Cargo.toml's version is the same. `SIPSTATUS_ABI_LIB=PATH`
//! checks the exported symbols of another build of the library (e.g. the
//! one `cargo cinstall` installed, which has no DWARF) instead of building.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn blessing() -> bool {
    std::env::var_os("SIPSTATUS_BLESS").is_some()
}

fn read(path: &str) -> String {
    let path = root().join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

fn write(path: &str, content: &str) {
    let path = root().join(path);
    std::fs::write(&path, content).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}

fn lines(items: &[String]) -> String {
    items.iter().map(|l| format!("{l}\n")).collect()
}

/// The soname version cargo-c gives (Cargo's semver rule):
/// 0.0.z -> 0.0.z, 0.y.z -> 0.y, x.y.z -> x.
fn level() -> String {
    let version = env!("CARGO_PKG_VERSION");
    let core = version.split(['-', '+']).next().unwrap_or(version);
    match core.split('.').collect::<Vec<_>>()[..] {
        ["0", "0", patch] => format!("0.0.{patch}"),
        ["0", minor, _] => format!("0.{minor}"),
        [major, _, _] => major.to_string(),
        _ => panic!("version {version} is not x.y.z"),
    }
}

/// The functions `include/sipstatus.h` declares: its declarations are the
/// lines that start a statement (no indent, no comment, no preprocessor)
/// and call a `sip_` name.
fn header_functions(header: &str) -> Vec<String> {
    let mut names: Vec<String> = header
        .lines()
        .filter(|l| !l.starts_with([' ', '/', '#', '}']))
        .filter_map(|l| {
            let name = l.split('(').next()?.rsplit([' ', '*']).next()?;
            (l.contains('(') && name.starts_with("sip_")).then(|| name.to_string())
        })
        .collect();
    names.sort();
    names
}

/// The header's compile-time values: `#define NAME VALUE` (not the include
/// guard) and `enum Type: NAME = VALUE` for each enumerator, sorted.
fn header_constants(header: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut enum_name = None;
    for line in header.lines() {
        if let Some(rest) = line.strip_prefix("typedef enum ") {
            enum_name = rest.split_whitespace().next().map(str::to_string);
        } else if line.starts_with('}') {
            enum_name = None;
        } else if let Some(name) = &enum_name {
            let item = line.trim().trim_end_matches(',');
            if item.contains(" = ") && !item.starts_with("//") {
                out.push(format!("enum {name}: {item}"));
            }
        } else if line.starts_with("#define ") && line.split_whitespace().count() == 3 {
            out.push(line.to_string());
        }
    }
    out.sort();
    out
}

/// The ELF function symbols an abidw corpus lists.
fn corpus_symbols(xml: &str) -> Vec<String> {
    let mut names: Vec<String> = xml
        .lines()
        .filter_map(|l| l.trim().strip_prefix("<elf-symbol name='"))
        .filter_map(|l| l.split('\'').next())
        .map(str::to_string)
        .collect();
    names.sort();
    names
}

/// The release library with DWARF, built now (profile `abi` in Cargo.toml).
fn build_library() -> PathBuf {
    support::stdout(Command::new(env!("CARGO")).current_dir(root()).args([
        "build",
        "--quiet",
        "--locked",
        "--lib",
        "--profile",
        "abi",
    ]));
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"));
    target.join("abi/libsipstatus.so")
}

/// What abidw writes for `lib`, reduced to the public ABI by
/// abi/public.suppr, without what varies between machines and toolchains:
/// paths and locations (options), the empty entries of the Rust standard
/// library's compilation units (named by rustc's commit), and the hash in
/// the name of the crate's own.
fn abidw(lib: &Path) -> String {
    let xml = support::stdout(
        Command::new("abidw")
            .current_dir(root())
            .args([
                "--suppressions",
                "abi/public.suppr",
                "--no-corpus-path",
                "--no-comp-dir-path",
                "--no-show-locs",
                "--type-id-style",
                "hash",
            ])
            .arg(lib),
    );
    let mut out = String::new();
    let mut pending: Option<&str> = None;
    for line in xml.lines() {
        if let Some(open) = pending.take() {
            if line.trim() == "</abi-instr>" {
                continue; // an empty compilation unit
            }
            out.push_str(open);
            out.push('\n');
        }
        if line.trim_start().starts_with("<abi-instr ") && !line.ends_with("/>") {
            pending = Some(line);
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    // "src/lib.rs/@/sipstatus.<hash>-cgu.0": the hash is Cargo's, which
    // changes with the version, the features and the toolchain.
    let mut stable = String::new();
    for line in out.lines() {
        match (
            line.find("/@/"),
            line.trim_start().starts_with("<abi-instr "),
        ) {
            (Some(at), true) => {
                let end = at + line[at..].find('\'').expect("a quoted path");
                stable.push_str(&line[..at]);
                stable.push_str(&line[end..]);
            }
            _ => stable.push_str(line),
        }
        stable.push('\n');
    }
    stable
}

/// `abidiff` of two corpora (both already reduced by abi/public.suppr: with
/// it again, abidiff leaves out a changed struct): its exit status (a bit
/// set: 4 = ABI change, 8 = incompatible change, 1 and 2 = abidiff failed)
/// and report.
fn abidiff(old: &Path, new: &Path) -> (i32, String) {
    // Not `support::output`: abidiff's exit status is its answer.
    let out = Command::new("abidiff")
        .current_dir(root())
        .arg("--no-show-locs")
        .arg(old)
        .arg(new)
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot run abidiff: {e} (scripts/setup installs abigail-tools)")
        });
    let status = out.status.code().expect("abidiff exited");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(status & 3, 0, "abidiff failed ({status}):\n{report}");
    (status, report)
}

/// Whether an abidiff report shows more than added functions and variables:
/// its summaries ("Functions changes summary: 0 Removed, 1 Changed (1
/// filtered out), 2 Added functions") count removed or changed ones.
/// abidiff's "incompatible" bit alone misses a struct member moved.
fn breaks_callers(status: i32, report: &str) -> bool {
    let count = |line: &str, what: &str| -> u64 {
        let before = line.split(what).next().unwrap_or("");
        let n = before.rsplit([' ', ',']).find(|w| !w.is_empty());
        n.and_then(|n| n.parse().ok()).unwrap_or(0)
    };
    status & 8 != 0
        || report
            .lines()
            .filter_map(|l| l.split_once("changes summary:").map(|(_, rest)| rest))
            .any(|l| count(l, " Removed") + count(l, " Changed") > 0)
}

/// The defined dynamic symbols of `lib` (`nm -D`): what a program can link.
fn dynamic_symbols(lib: &Path) -> Vec<String> {
    let nm = support::stdout(Command::new("nm").args(["-D", "--defined-only"]).arg(lib));
    let mut names: Vec<String> = nm
        .lines()
        .filter_map(|l| l.split_whitespace().nth(2))
        .map(|s| s.split('@').next().unwrap_or(s).to_string())
        .collect();
    names.sort();
    names
}

/// The library exports only the `sip_*` API (it must sit beside other Rust
/// libraries in one process), exactly abi/functions.txt.
fn check_symbols(lib: &Path, functions: &[String]) {
    let symbols = dynamic_symbols(lib);
    let foreign: Vec<&String> = symbols.iter().filter(|s| !s.starts_with("sip_")).collect();
    assert!(
        foreign.is_empty(),
        "{} exports symbols outside the sip_* API: {foreign:?}",
        lib.display()
    );
    let extra: Vec<&String> = symbols.iter().filter(|s| !functions.contains(s)).collect();
    let missing: Vec<&String> = functions.iter().filter(|f| !symbols.contains(f)).collect();
    assert!(
        extra.is_empty() && missing.is_empty(),
        "{} exports {extra:?} beyond abi/functions.txt, and not {missing:?} of it",
        lib.display()
    );
}

fn committed_functions() -> Vec<String> {
    read("abi/functions.txt")
        .lines()
        .map(str::to_string)
        .collect()
}

/// The committed files agree with each other, with the header and with
/// Cargo.toml's version. Cheap: no build, no tool.
#[test]
fn committed_abi_files_agree() {
    if blessing() {
        return; // the_library_matches_the_abi_baseline writes them now
    }
    let header = read("include/sipstatus.h");
    let functions = committed_functions();
    assert!(functions.len() > 30, "read {} functions", functions.len());
    assert_eq!(
        functions,
        corpus_symbols(&read("abi/libsipstatus.abi")),
        "abi/functions.txt (left) is not the baseline's symbols (right): \
         run `SIPSTATUS_BLESS=1 cargo test --test abi -- --include-ignored`"
    );
    assert_eq!(
        functions,
        header_functions(&header),
        "abi/functions.txt (left) and the functions include/sipstatus.h declares (right) differ"
    );
    let constants = header_constants(&header);
    assert!(
        constants
            .iter()
            .any(|c| c == "enum SipCode: SIP_BUSY_HERE = 486")
            && constants
                .iter()
                .any(|c| c.starts_with("#define SIP_FORM_ASCII ")),
        "read no constants from include/sipstatus.h: {constants:?}"
    );
    let committed = read("abi/constants.txt");
    let lost: Vec<&str> = committed
        .lines()
        .filter(|l| !constants.iter().any(|c| c == l))
        .collect();
    let added: Vec<&String> = constants
        .iter()
        .filter(|c| !committed.lines().any(|l| l == *c))
        .collect();
    assert!(
        lost.is_empty() && added.is_empty(),
        "include/sipstatus.h has lost (removed or changed: this breaks callers) {lost:?} \
         and added {added:?} of abi/constants.txt; after an intended change run \
         `SIPSTATUS_BLESS=1 cargo test --test abi -- --include-ignored`"
    );
    assert_eq!(
        read("abi/version.txt").trim(),
        level(),
        "abi/version.txt is not the ABI level of Cargo.toml's version {}",
        env!("CARGO_PKG_VERSION")
    );
}

#[test]
fn the_readers_read_what_they_should() {
    let header = "#define SIPSTATUS_H\n#define SIP_X 1\n// sip_reason(1, NULL)\n\
                  typedef enum E {\n  // A = 9,\n  A = 1,\n  B = 2,\n} E;\n\
                  const char *sip_a(int code,\n    int b);\nbool sip_b(void);\n";
    assert_eq!(header_functions(header), ["sip_a", "sip_b"]);
    assert_eq!(
        header_constants(header),
        ["#define SIP_X 1", "enum E: A = 1", "enum E: B = 2"]
    );
    assert!(!breaks_callers(
        4,
        "Functions changes summary: 0 Removed, 0 Changed, 1 Added function\n\
         Variables changes summary: 0 Removed, 0 Changed, 0 Added variable\n"
    ));
    assert!(breaks_callers(
        4,
        "Functions changes summary: 0 Removed, 1 Changed (1 filtered out), 0 Added functions\n"
    ));
    assert!(breaks_callers(
        12,
        "Functions changes summary: 1 Removed, 0 Changed, 0 Added function\n"
    ));
    let xml = "  <elf-function-symbols>\n    <elf-symbol name='sip_b' type='func-type'/>\n    \
               <elf-symbol name='sip_a' type='func-type'/>\n";
    assert_eq!(corpus_symbols(xml), ["sip_a", "sip_b"]);
}

/// The release library's ABI is the committed baseline (abidiff finds no
/// change) and its symbols are abi/functions.txt. With SIPSTATUS_BLESS,
/// rewrites abi/ instead, unless the change breaks callers at the same ABI
/// level.
#[test]
#[ignore = "builds the release library with DWARF and runs abidw, abidiff, nm; \
            tests/packaging.rs runs it (scripts/check.d/70-packaging.sh)"]
fn the_library_matches_the_abi_baseline() {
    if let Some(lib) = std::env::var_os("SIPSTATUS_ABI_LIB") {
        // Another build (no DWARF to compare): its exported functions.
        let lib = PathBuf::from(lib);
        check_symbols(&lib, &committed_functions());
        println!("{}: exports exactly abi/functions.txt", lib.display());
        return;
    }
    let lib = build_library();
    let tmp = tempfile::tempdir().expect("a temporary directory");
    let fresh = tmp.path().join("libsipstatus.abi");
    let xml = abidw(&lib);
    std::fs::write(&fresh, &xml).expect("write the fresh corpus");
    let baseline = root().join("abi/libsipstatus.abi");
    let symbols = corpus_symbols(&xml);

    if blessing() {
        let same_level = read("abi/version.txt").trim() == level();
        let mut breaks = Vec::new();
        if baseline.exists() {
            let (status, report) = abidiff(&baseline, &fresh);
            if breaks_callers(status, &report) {
                breaks.push(report);
            }
        }
        let constants = header_constants(&read("include/sipstatus.h"));
        let committed = read("abi/constants.txt");
        let lost: Vec<&str> = committed
            .lines()
            .filter(|l| !constants.iter().any(|c| c == l))
            .collect();
        if !lost.is_empty() {
            breaks.push(format!("constants removed or changed: {lost:?}"));
        }
        assert!(
            !same_level || breaks.is_empty(),
            "this breaks programs linked against libsipstatus.so.{}:\n{}\n\
             Bump the version in Cargo.toml (0.y.z: the minor; README, \"Versioning\") first, \
             or keep the old function, type or constant.",
            level(),
            breaks.join("\n")
        );
        check_symbols(&lib, &symbols);
        assert_eq!(
            symbols,
            header_functions(&read("include/sipstatus.h")),
            "the library's functions (left) and the header's (right) differ"
        );
        write("abi/libsipstatus.abi", &xml);
        write("abi/functions.txt", &lines(&symbols));
        write("abi/constants.txt", &lines(&constants));
        write("abi/version.txt", &format!("{}\n", level()));
        println!(
            "abi/ rewritten (level {}): commit it with the change",
            level()
        );
        return;
    }

    let (status, report) = abidiff(&baseline, &fresh);
    assert!(
        status == 0,
        "the library's ABI differs from abi/libsipstatus.abi (abidiff exit {status}):\n{report}\n\
         If the change is intended, run `SIPSTATUS_BLESS=1 cargo test --test abi -- \
         --include-ignored` and commit abi/ with it. Adding a function is a minor version; \
         removing or changing one is a major version (README, \"Versioning\")."
    );
    check_symbols(&lib, &committed_functions());
    println!(
        "abi: {} functions match abi/libsipstatus.abi (level {})",
        symbols.len(),
        level()
    );
}
