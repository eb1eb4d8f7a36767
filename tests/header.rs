//! The committed generated files must be exactly what they are made from:
//!
//! - `src/ffi/codes.rs`, the C enum `SipCode` (one constant per known code,
//!   e.g. `SIP_BUSY_HERE = 486`), and `tests/c/codes.inc`, the list the C
//!   test `tests/c/test_codes.c` walks, both from `sipstatus::TABLE` (the
//!   `sip_codes!` table of src/code.rs), made here because cbindgen cannot
//!   see the constants that macro makes;
//! - `include/sipstatus.h`, what cbindgen makes of src/ffi.rs (which
//!   includes src/ffi/codes.rs).
//!
//! Run with `SIPSTATUS_BLESS=1` to rewrite them after changing the table or
//! the ABI: the code files first, then the header from them.

use sipstatus::{Status, StatusCode, TABLE};
use std::fmt::Write;
use std::path::Path;

const GENERATED: &str =
    "Generated from `sipstatus::TABLE` (src/code.rs) by tests/header.rs; do not edit.\n\
                         Regenerate with `SIPSTATUS_BLESS=1 cargo test --test header`.";

/// One line of the enum's documentation for a code: its English phrase, the
/// RFC that defines it and its registry status.
fn about(code: StatusCode) -> String {
    let entry = code.entry().expect("a known code");
    let phrase = code.reason(None);
    match entry.status {
        Status::Registered => format!("{phrase} (RFC {})", entry.rfc),
        Status::Deprecated => format!("{phrase} (RFC {}, deprecated)", entry.rfc),
        Status::Obsolete => format!("{phrase} (RFC {}, obsolete: never registered)", entry.rfc),
        Status::NonStandard => format!("{phrase} (non-standard: defined by no RFC)"),
    }
}

/// src/ffi/codes.rs: the enum cbindgen puts in the header.
fn codes_rs() -> String {
    let mut out = String::new();
    for line in GENERATED.lines() {
        writeln!(out, "//! {line}").unwrap();
    }
    out.push_str(
        "\n\
         /// Every known SIP response code as a named constant: `SIP_` and the\n\
         /// code's name (`sip_code_name`), e.g. `SIP_BUSY_HERE` for 486. The functions\n\
         /// take a code as an `int`, so any value of 100 to 699 can be passed too;\n\
         /// these name the ones in the table (`sip_is_known`), in ascending order.\n\
         #[repr(C)]\n\
         #[allow(non_camel_case_types)]\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq)]\n\
         pub enum SipCode {\n",
    );
    for e in TABLE {
        let code = StatusCode::new(e.code.into()).expect("a code of the table");
        writeln!(out, "    /// {}", about(code)).unwrap();
        writeln!(out, "    SIP_{} = {},", e.ident, e.code).unwrap();
    }
    out.push_str("}\n");
    out
}

/// tests/c/codes.inc: `SIP_CODE(486, BUSY_HERE)` for every code, in table
/// order, for tests/c/test_codes.c.
fn codes_inc() -> String {
    let mut out = String::from("/*\n");
    for line in GENERATED.lines() {
        writeln!(out, " * {line}").unwrap();
    }
    out.push_str(" * One SIP_CODE(code, NAME) per known code, in table order.\n */\n");
    for e in TABLE {
        writeln!(out, "SIP_CODE({}, {})", e.code, e.ident).unwrap();
    }
    out
}

/// cbindgen's header from the sources as they are on disk now.
fn header(root: &Path) -> String {
    let config = cbindgen::Config::from_file(root.join("cbindgen.toml")).expect("cbindgen.toml");
    let mut generated = Vec::new();
    cbindgen::Builder::new()
        .with_config(config)
        .with_src(root.join("src/ffi.rs"))
        .generate()
        .expect("cbindgen could not read src/ffi.rs")
        .write(&mut generated);
    String::from_utf8(generated).expect("header is UTF-8")
}

/// Writes `content` to `path` when blessing; else returns whether the
/// committed file differs.
fn stale(root: &Path, path: &str, content: &str) -> bool {
    let path = root.join(path);
    if std::env::var_os("SIPSTATUS_BLESS").is_some() {
        std::fs::write(&path, content).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
        return false;
    }
    std::fs::read_to_string(&path).unwrap_or_default() != content
}

/// One test, not three, so that a blessing run writes the code files before
/// cbindgen reads them.
#[test]
fn committed_generated_files_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out_of_date = Vec::new();
    for (path, content) in [
        ("src/ffi/codes.rs", codes_rs()),
        ("tests/c/codes.inc", codes_inc()),
    ] {
        if stale(root, path, &content) {
            out_of_date.push(path);
        }
    }
    if stale(root, "include/sipstatus.h", &header(root)) {
        out_of_date.push("include/sipstatus.h");
    }
    assert!(
        out_of_date.is_empty(),
        "{} stale: run `SIPSTATUS_BLESS=1 cargo test --test header` and commit the result",
        out_of_date.join(", ")
    );
}

/// The enum in the header has exactly one constant per known code, with the
/// code's value, read back from the header itself (not from the generator).
#[test]
fn header_enum_names_every_known_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("include/sipstatus.h")).unwrap();
    let start = text
        .find("typedef enum SipCode {")
        .expect("enum SipCode in the header");
    let body = &text[start..start + text[start..].find('}').unwrap()];
    let constants: Vec<(String, u16)> = body
        .lines()
        .filter_map(|l| l.trim().strip_suffix(','))
        .filter_map(|l| l.split_once(" = "))
        .map(|(name, value)| (name.to_owned(), value.parse().unwrap()))
        .collect();
    let want: Vec<(String, u16)> = TABLE
        .iter()
        .map(|e| (format!("SIP_{}", e.ident), e.code))
        .collect();
    assert_eq!(constants, want);
}
