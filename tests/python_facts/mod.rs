//! The facts python/tests compare the Python package with, written from the
//! library's own Rust API: one list per fact, never a second reading of the
//! Fluent files in Python (the catalog is checked against the files by the
//! Rust tests, through the one Fluent reader, src/ftl_index.rs).
//!
//! tests/python.rs and tests/python_dist.rs write the file before they run
//! pytest and name it in `SIPSTATUS_TEST_FACTS`; python/tests/conftest.py
//! reads it and fails when the variable is missing. For a run of pytest by
//! hand, `cargo test --test python facts_for_a_hand_run -- --nocapture`
//! writes `target/python-facts.json` and prints the command
//! (python/README.md, "Tests").
//!
//! The JSON object, LANG a shipped locale's tag, numbers as keys in decimal:
//! - `languages`: the shipped locales' tags, in `Lang::all()`'s order;
//! - `known`: the codes of `sipstatus::TABLE`, in order;
//! - `reason` LANG CODE: `StatusCode::reason` of every known code;
//! - `description` LANG CODE: `StatusCode::description` of every known code;
//! - `class_id` K: `Class::message_id` (`class-client-failure`) of each
//!   class, K its number;
//! - `class_name` LANG K: `Class::name`;
//! - `warn_codes`: the registered warn-codes (`sipstatus::WARN_CODES`);
//! - `warning` LANG CODE: `WarnCode::text` of every registered warn-code.

use serde_json::{json, Map, Value};
use sipstatus::{Class, Lang, StatusCode, WarnCode, TABLE};
use std::fs;
use std::path::Path;

/// The environment variable that names the file for conftest.py.
pub const VAR: &str = "SIPSTATUS_TEST_FACTS";

/// `{LANG: {KEY: TEXT}}` over every shipped locale.
fn per_lang<K: ToString>(keys: &[K], text: impl Fn(Lang, &K) -> &'static str) -> Value {
    let mut langs = Map::new();
    for lang in Lang::all() {
        let texts: Map<String, Value> = keys
            .iter()
            .map(|k| (k.to_string(), Value::from(text(lang, k))))
            .collect();
        langs.insert(lang.tag().to_owned(), Value::Object(texts));
    }
    Value::Object(langs)
}

/// The file's text.
pub fn json() -> String {
    let known: Vec<u16> = TABLE.iter().map(|e| e.code).collect();
    let code = |n: u16| StatusCode::new(n.into()).expect("the table's codes are valid");
    let classes: Vec<u8> = Class::ALL.iter().map(|c| c.number()).collect();
    let class = |k: u8| Class::from_number(k.into()).expect("a class's number");
    let warn_codes: Vec<u16> = WarnCode::all().map(WarnCode::value).collect();
    let warn_code = |n: u16| WarnCode::new(n.into()).expect("a registered warn-code");
    let facts = json!({
        "languages": Lang::all().map(Lang::tag).collect::<Vec<_>>(),
        "known": known,
        "reason": per_lang(&known, |lang, &n| code(n).reason(lang)),
        "description": per_lang(&known, |lang, &n| {
            code(n).description(lang).expect("a known code has a description")
        }),
        "class_id": Class::ALL
            .iter()
            .map(|c| (c.number().to_string(), Value::from(c.message_id())))
            .collect::<Map<_, _>>(),
        "class_name": per_lang(&classes, |lang, &k| class(k).name(lang)),
        "warn_codes": warn_codes,
        "warning": per_lang(&warn_codes, |lang, &n| warn_code(n).text(lang)),
    });
    serde_json::to_string_pretty(&facts).expect("JSON") + "\n"
}

/// Writes the file at `path` (through a temporary file and a rename, so a
/// reader never sees half of it).
pub fn write(path: &Path) {
    let tmp = path.with_extension("json.tmp");
    fs::write(&tmp, json()).unwrap_or_else(|e| panic!("{}: {e}", tmp.display()));
    fs::rename(&tmp, path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}
