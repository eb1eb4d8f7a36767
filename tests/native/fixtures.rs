//! The facts C tests compare the C ABI with, written by the harness into a
//! trial's directory (`Arg::Fixture`) from the library's own Rust API: one
//! list per fact, never a hand copy in C. RFC 3398's tables are transcribed
//! once more, independently, by src/q850.rs's unit tests; what is checked
//! here is that the C ABI answers what the Rust API answers.
//!
//! Format: one row a line, `KIND [LANG] NUMBER [VALUE]` (LANG a shipped
//! locale's tag, VALUE a number, an id, or a text to the end of the line),
//! read with sscanf; `#` starts a comment line; the last line is `end N`, N
//! the number of rows before it, so that a cut file fails. Texts are the
//! library's, whatever the locale files say: the C ABI must give what the
//! Rust API gives (the catalog is checked against the files by the Rust
//! tests, through the one Fluent reader, src/ftl_index.rs).

use sipstatus::{
    q850_to_sip, Cause, CauseClass, Class, Form, Lang, StatusCode, WarnCode, TABLE,
    WARN_CODES as REGISTRY,
};
use std::fmt::Write as _;

use crate::support::Fixture;

/// tests/c/test_q850.c's facts:
/// - `from_q850 N SIP`: what `q850_to_sip(N)` gives (0 for none), as
///   `sip_from_q850` must;
/// - `to_q850 N CAUSE`: what `StatusCode::new(N)?.to_q850()` gives (0 for
///   none), as `sip_to_q850` must;
/// - `class N K`: `CauseClass::of(N)`'s number (0 for none), as
///   `sip_q850_class` must;
/// - `assigned N`: a cause Q.850 assigns (`Cause::all()`);
/// - `cause_name LANG N TEXT`: `Cause::name` of every assigned cause in
///   every shipped locale, as `sip_q850_name` must give it;
/// - `cause_class_name LANG K TEXT`: `CauseClass::name` of every class in
///   every shipped locale, as `sip_q850_class_name` must give it.
///
/// N runs over every int of -1000 to 2000 (which test_q850.c checks) and
/// the edges of a 32-bit int.
pub const Q850: Fixture = Fixture {
    file: "q850-facts.txt",
    text: q850,
};

/// Every C int the mappings are checked at.
fn ints() -> impl Iterator<Item = i32> {
    let edges = [
        i32::MIN,
        i32::MIN + 1,
        -65536,
        65535,
        65536,
        // 486 and 17 plus 2^16 and 2^8 * 2^8: a value cut to 16 bits
        // would look like a mapped one.
        65536 + 486,
        65536 + 17,
        i32::MAX - 1,
        i32::MAX,
    ];
    (-1000..=2000).chain(edges)
}

fn q850() -> String {
    let mut rows = Vec::new();
    for n in ints() {
        let sip = q850_to_sip(n.into()).map_or(0, StatusCode::as_u16);
        rows.push(format!("from_q850 {n} {sip}"));
    }
    for n in ints() {
        let cause = StatusCode::new(n.into())
            .ok()
            .and_then(StatusCode::to_q850)
            .map_or(0, Cause::value);
        rows.push(format!("to_q850 {n} {cause}"));
    }
    for n in ints() {
        let class = CauseClass::of(n.into()).map_or(0, CauseClass::number);
        rows.push(format!("class {n} {class}"));
    }
    for cause in Cause::all() {
        rows.push(format!("assigned {cause}"));
    }
    for lang in Lang::all() {
        for cause in Cause::all() {
            let (tag, n, text) = (lang.tag(), cause.value(), cause.name(lang));
            rows.push(format!("cause_name {tag} {n} {text}"));
        }
        for class in CauseClass::ALL {
            let (tag, k, text) = (lang.tag(), class.number(), class.name(lang));
            rows.push(format!("cause_class_name {tag} {k} {text}"));
        }
    }
    with_end(&rows)
}

/// The rows, a comment line before them, and the `end N` line.
fn with_end(rows: &[String]) -> String {
    let mut text =
        String::from("# Written by tests/native/fixtures.rs from the sipstatus crate.\n");
    for row in rows {
        let _ = writeln!(text, "{row}");
    }
    let _ = writeln!(text, "end {}", rows.len());
    text
}

/// tests/c/test_warning.c's facts:
/// - `warn_code N TEXT`, one per registered warn-code
///   (`sipstatus::WARN_CODES`), TEXT the registry's English text;
/// - `warning LANG N TEXT`: `WarnCode::text` of every registered warn-code
///   in every shipped locale, as `sip_warning_text` must give it.
pub const WARN_CODES: Fixture = Fixture {
    file: "warn-codes.txt",
    text: warn_codes,
};

fn warn_codes() -> String {
    let mut rows: Vec<String> = REGISTRY
        .iter()
        .map(|w| format!("warn_code {} {}", w.code, w.text))
        .collect();
    for lang in Lang::all() {
        for code in WarnCode::all() {
            let (tag, n, text) = (lang.tag(), code.value(), code.text(lang));
            rows.push(format!("warning {tag} {n} {text}"));
        }
    }
    with_end(&rows)
}

/// tests/c/test_api.c's facts, in every shipped locale (LANG its tag):
/// - `known CODE`: each code of the table (`sipstatus::TABLE`), in order,
///   as `sip_known_at` must list them;
/// - `reason LANG CODE TEXT`: `StatusCode::reason`, as `sip_reason` gives;
/// - `description LANG CODE TEXT`: `StatusCode::description`, as
///   `sip_description` gives;
/// - `form LANG CODE BITS TEXT`: `StatusCode::reason_as` in each form
///   (`Form::ALL`, BITS `Form::bits`), as `sip_reason_as` gives;
/// - `class_name LANG K TEXT`: `Class::name`, as `sip_class_name` gives.
pub const API_TEXTS: Fixture = Fixture {
    file: "api-texts.txt",
    text: api_texts,
};

fn api_texts() -> String {
    let mut rows: Vec<String> = TABLE.iter().map(|e| format!("known {}", e.code)).collect();
    for lang in Lang::all() {
        let tag = lang.tag();
        for entry in TABLE {
            let n = entry.code;
            let code = StatusCode::new(n.into()).expect("the table's codes are valid");
            rows.push(format!("reason {tag} {n} {}", code.reason(lang)));
            let description = code
                .description(lang)
                .expect("a known code has a description");
            rows.push(format!("description {tag} {n} {description}"));
            for form in Form::ALL {
                let (bits, text) = (form.bits(), code.reason_as(lang, form));
                rows.push(format!("form {tag} {n} {bits} {text}"));
            }
        }
        for class in Class::ALL {
            let (k, text) = (class.number(), class.name(lang));
            rows.push(format!("class_name {tag} {k} {text}"));
        }
    }
    with_end(&rows)
}
