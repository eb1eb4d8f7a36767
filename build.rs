//! Compiles the shipped locales into static tables, so that they cost no
//! parsing and no allocation at run time: every `locales/<tag>/*.ftl` file
//! is resolved here through fluent-bundle, and each locale becomes one text
//! (every message NUL-terminated, identical strings stored once) and one
//! array of offsets into it, in the slot order of `catalog::Message`.
//! Adding a language is adding a folder: no Rust to edit.
//!
//! With feature `deflate-cold-text` (default), the cold slots (`is_cold`:
//! descriptions, Q.850 names, warn-code texts) go into a second text,
//! deflated with miniz_oxide into `$OUT_DIR/cold-<id>.deflate`, which the
//! library inflates once per locale on first use (`catalog::ColdText`); the
//! hot ones stay plain static text.
//!
//! The short and ASCII forms are resolved here too, with the rule of
//! `Catalog::check` (which resolves runtime overrides and which the tests
//! compare with these tables): the ASCII form is transliterated with
//! `any_ascii` here, so the library carries the results and not the tables.
//!
//! A broken file does not fail the build: its broken messages fall back to
//! English (with a cargo warning), and the linter and the test suite report
//! it with file and line, for a translator to read.
//!
//! `SIPSTATUS_LOCALES=en,de cargo build` ships only the locales listed
//! (English always): for firmware, which pays for every byte.

#[path = "src/text.rs"]
mod text;

// The library's reading of Fluent files: build.rs uses part of it.
#[allow(dead_code)]
#[path = "src/ftl_index.rs"]
mod ftl_index;

use fluent_bundle::{FluentBundle, FluentResource};
use ftl_index::FtlFile;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

/// The forms of phrases and class names, in slot order after the values.
const FORMS: [&str; 3] = ["short", "ascii", "ascii-short"];

fn main() {
    // Read when the script runs, not baked in when it is compiled: cargo
    // reuses a compiled build script for another copy of the same crate
    // (e.g. a checkout and the crate in a Python sdist, one target folder).
    let manifest_dir = env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = PathBuf::from(manifest_dir).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    println!("cargo:rerun-if-changed=src/text.rs");
    println!("cargo:rerun-if-changed=src/ftl_index.rs");
    println!("cargo:rerun-if-env-changed=SIPSTATUS_LOCALES");

    let mut tags: Vec<String> = fs::read_dir(&root)
        .expect("the locales/ folder is missing")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("sip.ftl").is_file())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    tags.sort();
    assert!(
        tags.iter().any(|t| t == "en"),
        "locales/en/sip.ftl is required"
    );
    if let Ok(wanted) = env::var("SIPSTATUS_LOCALES") {
        let wanted: Vec<&str> = wanted
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .collect();
        for w in &wanted {
            assert!(
                tags.iter().any(|t| t == w),
                "SIPSTATUS_LOCALES names {w:?}, which locales/ does not have (it has {})",
                tags.join(", ")
            );
        }
        tags.retain(|t| t == "en" || wanted.contains(&t.as_str()));
    }
    // English first: it is locale id 0, the fallback of every lookup.
    tags.sort_by_key(|t| t != "en");

    let english = read_locale(&root.join("en"));
    let keys = slot_keys(&english);
    let en = resolve("en", &english, &keys, None);

    let mut out = String::new();
    writeln!(
        out,
        "/// The locales compiled in, English first.\n\
         pub(crate) static SHIPPED: [ShippedLocale; {}] = [",
        tags.len()
    )
    .unwrap();
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let cold_slots: Vec<bool> = keys.iter().map(|k| is_cold(k)).collect();
    // Feature `deflate-cold-text`: the cold slots apart, deflated.
    let deflate = env::var_os("CARGO_FEATURE_DEFLATE_COLD_TEXT").is_some();
    let apart: Vec<bool> = cold_slots.iter().map(|&c| c && deflate).collect();
    let (mut tables, mut colds) = (String::new(), String::new());
    for (id, tag) in tags.iter().enumerate() {
        let resolved = if tag == "en" {
            en.clone()
        } else {
            resolve(tag, &read_locale(&root.join(tag)), &keys, Some(&en))
        };
        let (hot, cold, offsets) = pack(&resolved, &apart);
        let cold_id = if deflate {
            // Raw deflate at miniz_oxide's best level (10): `catalog::inflate`
            // reads it back once per locale, on its first cold text.
            let stream = miniz_oxide::deflate::compress_to_vec(cold.as_bytes(), 10);
            let file = format!("cold-{id}.deflate");
            fs::write(out_dir.join(&file), &stream).unwrap();
            writeln!(
                colds,
                "    ColdText::shipped(include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{file}\")), {}),",
                cold.len()
            )
            .unwrap();
            id.to_string()
        } else {
            "NO_COLD".to_owned()
        };
        writeln!(
            tables,
            "static TABLE_{id}: Table = Table::shipped({offsets:?}, {cold_id});"
        )
        .unwrap();
        writeln!(
            out,
            "    ShippedLocale {{ tag: StaticText::with_nul(\"{tag}\\0\"), catalog: Catalog::shipped({}, &TABLE_{id}) }},",
            literal(&hot)
        )
        .unwrap();
    }
    out.push_str("];\n\n");
    out.push_str(&tables);
    writeln!(
        out,
        "\n/// The cold text of each shipped locale, in `SHIPPED`'s order (none\n\
         /// without feature `deflate-cold-text`: it is in the locale's text).\n\
         pub(crate) static COLD: [ColdText; {}] = [\n{colds}];",
        if deflate { tags.len() } else { 0 }
    )
    .unwrap();
    writeln!(
        out,
        "\n/// Which slots are cold, stored apart and deflated with feature\n\
         /// `deflate-cold-text` (checked against `Message::is_cold` by a test).\n\
         #[cfg(test)]\n\
         pub(crate) static SLOT_IS_COLD: [bool; {}] = {cold_slots:?};\n",
        cold_slots.len()
    )
    .unwrap();
    writeln!(
        out,
        "/// The message key of each slot, as build.rs laid them out from the\n\
         /// English files (checked against `Message::all` by a test).\n\
         #[cfg(test)]\n\
         pub(crate) static SLOT_KEYS: [&str; {}] = {keys:?};\n",
        keys.len()
    )
    .unwrap();
    // The English files themselves: the linter's reference for a folder
    // with no `en` beside it.
    out.push_str("#[cfg(feature = \"runtime-load\")]\npub(crate) static ENGLISH_FILES: &[(&str, &str)] = &[\n");
    for Read { name, path, .. } in &english {
        writeln!(
            out,
            "    ({name:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    fs::write(out_dir.join("shipped_locales.rs"), out).unwrap();

    // ELF: dlclose leaves the shared library loaded (-z nodelete). It keeps
    // its strings for the life of the process, which an unload would leak
    // on every dlopen/dlclose round (tests/c/dlopen_loop.c); kept loaded, a
    // host that reopens it gets the same instance and memory stays flat.
    let os = env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let elf = [
        "linux",
        "android",
        "freebsd",
        "netbsd",
        "openbsd",
        "dragonfly",
        "illumos",
        "solaris",
    ];
    if elf.contains(&os.as_str()) {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-z,nodelete");
    }
}

/// A locale's Fluent file, read and indexed.
struct Read {
    name: String,
    path: PathBuf,
    file: FtlFile,
}

/// Every `.ftl` file of a locale folder, by name.
fn read_locale(dir: &Path) -> Vec<Read> {
    ftl_index::ftl_files(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .into_iter()
        .map(|path| {
            println!("cargo:rerun-if-changed={}", path.display());
            let text = fs::read_to_string(&path).unwrap_or_default();
            Read {
                name: path.file_name().unwrap().to_string_lossy().into_owned(),
                file: FtlFile::parse(&text),
                path,
            }
        })
        .collect()
}

/// Message ids starting with `prefix` (`"sip-"`, ...) defined in `file`,
/// in file order.
fn ids(file: Option<&FtlFile>, prefix: &str) -> Vec<String> {
    file.iter()
        .flat_map(|f| f.messages())
        .map(|m| m.id.clone())
        .filter(|id| id.starts_with(prefix))
        .collect()
}

/// The key of every slot: `Message::all`'s order, from the English files.
fn slot_keys(english: &[Read]) -> Vec<String> {
    let file = |name: &str| english.iter().find(|r| r.name == name).map(|r| &r.file);
    let numbered = |file: Option<&FtlFile>, prefix: &str| {
        let mut n: Vec<u32> = ids(file, prefix)
            .iter()
            .filter_map(|id| id[prefix.len()..].parse().ok())
            .collect();
        n.sort_unstable();
        n.into_iter()
            .map(|n| format!("{prefix}{n}"))
            .collect::<Vec<_>>()
    };
    let codes = numbered(file("sip.ftl"), "sip-");
    let classes = ids(file("sip.ftl"), "class-");
    let causes = numbered(file("q850.ftl"), "q850-");
    let cause_classes = ids(file("q850.ftl"), "q850-class-");
    let mut keys: Vec<String> = codes.clone();
    keys.extend(codes.iter().map(|c| format!("{c}.description")));
    keys.extend(classes.iter().cloned());
    keys.extend(causes);
    keys.extend(cause_classes);
    for form in FORMS {
        keys.extend(codes.iter().map(|c| format!("{c}.{form}")));
    }
    for form in FORMS {
        keys.extend(classes.iter().map(|c| format!("{c}.{form}")));
    }
    keys.extend(numbered(file("warning.ftl"), "warning-"));
    keys
}

/// Every slot's text for one locale. `english` is `None` for English.
fn resolve(
    tag: &str,
    files: &[Read],
    keys: &[String],
    english: Option<&Vec<String>>,
) -> Vec<String> {
    let langid: unic_langid::LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut bundle: FluentBundle<&FluentResource> = FluentBundle::new(vec![langid]);
    bundle.set_use_isolating(false);
    for Read { name, file, .. } in files {
        if !file.errors().is_empty() {
            let w = format!(
                "locales/{tag}/{name}: {} Fluent syntax errors",
                file.errors().len()
            );
            println!("cargo:warning={w}; run sipstatus-lint");
        }
        bundle.add_resource_overriding(file.resource());
    }
    let mut resolved: Vec<String> = Vec::with_capacity(keys.len());
    let mut by_key: HashMap<&str, usize> = HashMap::new();
    for (slot, key) in keys.iter().enumerate() {
        let (id, attr) = match key.split_once('.') {
            Some((id, attr)) => (id, Some(attr)),
            None => (key.as_str(), None),
        };
        let form = attr.filter(|a| FORMS.contains(a));
        let ascii = form.is_some_and(|f| f.starts_with("ascii"));
        let given = bundle.get_message(id).and_then(|m| {
            let pattern = match attr {
                None => m.value()?,
                Some(a) => m.get_attribute(a)?.value(),
            };
            let mut errors = Vec::new();
            let value = bundle.format_pattern(pattern, None, &mut errors);
            (errors.is_empty() && text::issue(&value).is_none()).then(|| value.into_owned())
        });
        let given = given.filter(|v| !ascii || text::is_printable_ascii(v));
        let value = match (given, form) {
            (Some(v), _) => v,
            (None, Some(form)) => {
                // Derived as Catalog::check derives it.
                let from = if form == "ascii-short" {
                    format!("{id}.short")
                } else {
                    id.to_owned()
                };
                let source = &resolved[by_key[from.as_str()]];
                if !ascii || text::is_printable_ascii(source) {
                    source.clone()
                } else if let Some(a) = text::transliterate(source) {
                    a
                } else {
                    english.map_or_else(|| source.clone(), |en| en[slot].clone())
                }
            }
            (None, None) => {
                if english.is_some() || bundle.has_message(id) {
                    println!("cargo:warning=locales/{tag}: {key} is missing or invalid; run sipstatus-lint");
                }
                english.map_or_else(|| key.clone(), |en| en[slot].clone())
            }
        };
        by_key.insert(key, slot);
        resolved.push(value);
    }
    resolved
}

/// Whether the slot of `key` is cold text, deflated with feature
/// `deflate-cold-text`: descriptions, Q.850 cause and class names,
/// warn-code texts. What `sip_reason`,
/// `sip_reason_as` and the SIP class names read (phrases, their forms,
/// class names and theirs) stays hot: plain static text. The same rule as
/// `catalog::Message::is_cold`.
fn is_cold(key: &str) -> bool {
    key.ends_with(".description") || key.starts_with("q850-") || key.starts_with("warning-")
}

/// Two texts, hot and cold, each holding its distinct strings followed by
/// a NUL, and the offset of each slot's string in its text (see
/// `catalog::Catalog`).
fn pack(resolved: &[String], cold_slots: &[bool]) -> (String, String, Vec<u16>) {
    let mut texts = [String::new(), String::new()];
    let mut at: [HashMap<&str, u16>; 2] = [HashMap::new(), HashMap::new()];
    let mut offsets = Vec::with_capacity(resolved.len());
    for (s, &cold) in resolved.iter().zip(cold_slots) {
        assert!(
            s.len() <= text::MAX_VALUE_LEN,
            "a value of {} bytes: at most {} (shorten it): {s:?}",
            s.len(),
            text::MAX_VALUE_LEN
        );
        let text = &mut texts[usize::from(cold)];
        let offset = *at[usize::from(cold)].entry(s).or_insert_with(|| {
            let offset = u16::try_from(text.len()).expect("a locale's text is over 64 KiB");
            text.push_str(s);
            text.push('\0');
            offset
        });
        offsets.push(offset);
    }
    for text in &texts {
        assert!(
            text.len() <= usize::from(u16::MAX),
            "a locale's text is over 64 KiB"
        );
    }
    let [hot, cold] = texts;
    (hot, cold, offsets)
}

/// `s` as a Rust string literal, its NULs written `\x00` (a `\0` before a
/// digit reads like an octal escape to readers and to clippy).
fn literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\0' => out.push_str("\\x00"),
            c => out.extend(c.escape_debug()),
        }
    }
    out.push('"');
    out
}
