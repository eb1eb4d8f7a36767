//! Embeds every `locales/<tag>/*.ftl` file, so that adding a language is
//! adding a folder: no Rust to edit. The files are checked by the tests and
//! the locale lint, not here, so a broken file fails the test suite with a
//! report a translator can read rather than a build error.
//!
//! It also transliterates each locale's phrases and short forms to ASCII
//! (`SIP_FORM_ASCII`) with `any_ascii`, here rather than at run time, so the
//! library carries the results and not the transliteration tables.

#[path = "src/translit.rs"]
mod translit;

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    println!("cargo:rerun-if-changed=src/translit.rs");

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
    // English first: it is locale id 0, the fallback of every lookup.
    tags.sort_by_key(|t| t != "en");

    let mut out = String::from("pub(crate) static EMBEDDED: &[EmbeddedLocale] = &[\n");
    for tag in &tags {
        let dir = root.join(tag);
        let mut files: Vec<String> = fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| n.ends_with(".ftl"))
            .collect();
        files.sort();
        writeln!(out, "    EmbeddedLocale {{ tag: {tag:?}, files: &[").unwrap();
        let mut ascii = String::new();
        for f in files {
            let path = dir.join(&f);
            println!("cargo:rerun-if-changed={}", path.display());
            writeln!(
                out,
                "        ({f:?}, include_str!({:?})),",
                path.display().to_string()
            )
            .unwrap();
            if f == "sip.ftl" {
                ascii = transliterations(&fs::read_to_string(&path).unwrap_or_default());
            }
        }
        writeln!(out, "    ], ascii: {ascii:?} }},").unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("embedded_locales.rs");
    fs::write(dest, out).unwrap();

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

/// `text<TAB>ascii` lines, one for each phrase and short form (values and
/// `.short` attributes of `sip-*` and `class-*` messages) that is not ASCII
/// and is written in a script that transliterates well (Latin, Greek,
/// Cyrillic). Other scripts fall back to English's ASCII form at run time.
fn transliterations(ftl: &str) -> String {
    let resource = match fluent_syntax::parser::parse(ftl) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut lines = String::new();
    for entry in resource.body {
        let fluent_syntax::ast::Entry::Message(m) = entry else {
            continue;
        };
        if !(m.id.name.starts_with("sip-") || m.id.name.starts_with("class-")) {
            continue;
        }
        let shown = m.attributes.iter().filter(|a| a.id.name == "short");
        let patterns = m.value.iter().chain(shown.map(|a| &a.value));
        for pattern in patterns {
            let Some(text) = plain_text(pattern) else {
                continue;
            };
            if text.contains(['\t', '\n']) {
                continue;
            }
            if let Some(ascii) = translit::transliterate(&text) {
                writeln!(lines, "{text}\t{ascii}").unwrap();
            }
        }
    }
    lines
}

/// The text of a pattern that is only text (what every phrase is).
fn plain_text(pattern: &fluent_syntax::ast::Pattern<&str>) -> Option<String> {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            fluent_syntax::ast::PatternElement::TextElement { value } => text.push_str(value),
            fluent_syntax::ast::PatternElement::Placeable { .. } => return None,
        }
    }
    Some(text.trim().to_owned())
}
