//! The available locales, language negotiation, and runtime overrides.
//!
//! The set of locales is an immutable [`Registry`] reached through one
//! atomic pointer. Readers load the pointer and never write anything
//! shared; a reload builds a new registry and swaps it in. Registries and
//! catalogs are never freed: strings handed out before a reload stay valid
//! for the life of the process, which is what a C caller holding a
//! `const char *` needs. Each reload costs the memory of what it loaded.

use crate::catalog::{Catalog, Message, Problem, Source, Text};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use std::path::Path;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::{Mutex, OnceLock};
use std::{fmt, fs, io};
use unic_langid::LanguageIdentifier;

pub(crate) struct EmbeddedLocale {
    tag: &'static str,
    /// `(file name, contents)` of every `.ftl` file of the locale.
    files: &'static [(&'static str, &'static str)],
}

include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));

/// The most bytes of a `lang` argument that are ever read.
pub const MAX_LANG_LEN: usize = 64;

/// A locale, as an index into the registry. Ids only grow (a reload can add
/// locales, never remove or renumber them), so an id is valid for the life
/// of the process once handed out. Id 0 is English.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Lang(usize);

impl Lang {
    /// English: the reference locale and every fallback.
    pub const ENGLISH: Lang = Lang(0);

    /// The available locale that best matches `tag` (see [`negotiate`]).
    pub fn negotiate(tag: &str) -> Lang {
        Registry::current().negotiate(tag)
    }

    /// The locale with this id, if there is one.
    pub fn from_id(id: usize) -> Option<Lang> {
        (id < Registry::current().locales.len()).then_some(Lang(id))
    }

    pub fn id(self) -> usize {
        self.0
    }

    /// The locale's canonical tag, e.g. `pt-BR`.
    pub fn tag(self) -> &'static str {
        self.tag_text().as_str()
    }

    pub(crate) fn tag_text(self) -> &'static Text {
        Registry::current().entry(self).tag
    }

    /// Every available locale, English first, in id order.
    pub fn all() -> impl ExactSizeIterator<Item = Lang> {
        (0..Registry::current().locales.len()).map(Lang)
    }

    /// The resolved text of `message` in this locale.
    pub(crate) fn text(self, message: Message) -> &'static Text {
        Registry::current().catalog(self).get(message)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// Lets the safe API take a tag (`"de_AT.UTF-8"`), `None` for English, or a
/// [`Lang`] already negotiated.
impl From<&str> for Lang {
    fn from(tag: &str) -> Lang {
        Lang::negotiate(tag)
    }
}

impl From<Option<&str>> for Lang {
    fn from(tag: Option<&str>) -> Lang {
        tag.map_or(Lang::ENGLISH, Lang::negotiate)
    }
}

/// The locale that answers for `tag`: a BCP 47 tag in any case with `-` or
/// `_` (`de`, `DE`, `de_at`), or a POSIX locale name (`de_DE.UTF-8`,
/// `de_CH@euro`). `""`, `C`, `POSIX`, anything unparsable or unmatched gives
/// English; `de-AT` falls back to `de` (fluent-langneg's lookup).
pub fn negotiate(tag: &str) -> Lang {
    Lang::negotiate(tag)
}

struct Entry {
    /// Leaked so that every registry hands out the same pointer for it.
    tag: &'static Text,
    langid: LanguageIdentifier,
    /// Every Fluent file of the locale, shipped first, overrides after.
    sources: Vec<Source<'static>>,
    /// Built on first use, then read without locks.
    catalog: &'static OnceLock<Catalog>,
}

pub(crate) struct Registry {
    locales: Vec<Entry>,
    langids: Vec<LanguageIdentifier>,
    /// The registry this one replaced: kept reachable so that leak checkers
    /// (valgrind, LeakSanitizer) report only real leaks, not memory kept on
    /// purpose for strings handed out before a reload.
    _previous: Option<&'static Registry>,
}

static INITIAL: OnceLock<Registry> = OnceLock::new();
/// The registry in force once a reload happened; null before.
static CURRENT: AtomicPtr<Registry> = AtomicPtr::new(std::ptr::null_mut());
/// Serializes reloads; readers never take it.
static RELOAD: Mutex<()> = Mutex::new(());

impl Registry {
    pub(crate) fn current() -> &'static Registry {
        let p = CURRENT.load(Ordering::Acquire);
        if p.is_null() {
            INITIAL.get_or_init(Registry::embedded)
        } else {
            // SAFETY: CURRENT only ever holds pointers from `Box::leak`,
            // which are never freed.
            unsafe { &*p }
        }
    }

    fn embedded() -> Registry {
        let locales = EMBEDDED
            .iter()
            .map(|e| {
                let sources = e
                    .files
                    .iter()
                    .map(|&(name, text)| Source { name, text })
                    .collect();
                Entry::new(e.tag, sources, OnceLock::new())
            })
            .collect();
        Registry::with(locales)
    }

    fn with(locales: Vec<Entry>) -> Registry {
        let langids = locales.iter().map(|e| e.langid.clone()).collect();
        Registry {
            locales,
            langids,
            _previous: None,
        }
    }

    fn entry(&self, lang: Lang) -> &Entry {
        self.locales.get(lang.0).unwrap_or(&self.locales[0])
    }

    fn catalog(&'static self, lang: Lang) -> &'static Catalog {
        let entry = self.entry(lang);
        entry.catalog.get_or_init(|| {
            crate::fault::point("catalog");
            let fallback = (lang.0 != 0).then(|| self.catalog(Lang::ENGLISH));
            Catalog::build(&entry.langid, &entry.sources, fallback).0
        })
    }

    fn negotiate(&self, tag: &str) -> Lang {
        crate::fault::point("negotiate");
        if let Some(i) = self.locales.iter().position(|e| e.tag.as_str() == tag) {
            return Lang(i);
        }
        let Some(requested) = parse_tag(tag) else {
            return Lang::ENGLISH;
        };
        let best = negotiate_languages(
            &[requested],
            &self.langids,
            Some(&self.langids[0]),
            NegotiationStrategy::Lookup,
        );
        let found = best
            .first()
            .and_then(|b| self.langids.iter().position(|l| std::ptr::eq(l, *b)));
        found.map_or(Lang::ENGLISH, Lang)
    }
}

impl Entry {
    fn new(tag: &str, sources: Vec<Source<'static>>, catalog: OnceLock<Catalog>) -> Entry {
        let langid: LanguageIdentifier = tag.parse().unwrap_or_default();
        Entry {
            tag: Box::leak(Box::new(Text::new(&langid.to_string()))),
            langid,
            sources,
            catalog: Box::leak(Box::new(catalog)),
        }
    }
}

/// `de_AT.UTF-8` → `de-AT`; `None` for English-by-definition and garbage.
fn parse_tag(tag: &str) -> Option<LanguageIdentifier> {
    let base = tag.split(['.', '@']).next().unwrap_or_default();
    if base.is_empty() || base == "C" || base == "POSIX" {
        return None;
    }
    base.replace('_', "-").parse().ok()
}

/// Why a locale directory was refused.
#[derive(Debug)]
pub enum LoadError {
    Io {
        path: String,
        error: io::Error,
    },
    /// The files' problems, each with file and line. Nothing was loaded.
    Invalid(Vec<Problem>),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Io { path, error } => write!(f, "{path}: {error}"),
            LoadError::Invalid(problems) => {
                let mut sep = "";
                for p in problems {
                    write!(f, "{sep}{p}")?;
                    sep = "\n";
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for LoadError {}

/// Loads `<dir>/<lang>/*.ftl` at run time: a new `<lang>` adds a locale, a
/// shipped one gets the loaded messages in place of its own (a message the
/// files leave out keeps its current text). All or nothing: if any file has
/// a problem, nothing changes and the error names file and line.
///
/// Lookups never wait for this. Strings returned before it stay valid; each
/// successful load keeps the memory of what it loaded for the process's life.
/// Returns the tags of the locales loaded.
pub fn load_locale_dir(dir: &Path) -> Result<Vec<String>, LoadError> {
    let io_err = |path: &Path| {
        let path = path.display().to_string();
        move |error| LoadError::Io { path, error }
    };
    let mut found: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for dirent in fs::read_dir(dir).map_err(io_err(dir))? {
        let lang_dir = dirent.map_err(io_err(dir))?.path();
        if !lang_dir.is_dir() {
            continue;
        }
        let mut files = Vec::new();
        for f in fs::read_dir(&lang_dir).map_err(io_err(&lang_dir))? {
            let path = f.map_err(io_err(&lang_dir))?.path();
            if path.extension().is_some_and(|e| e == "ftl") && path.is_file() {
                let text = fs::read_to_string(&path).map_err(io_err(&path))?;
                files.push((path.display().to_string(), text));
            }
        }
        if !files.is_empty() {
            files.sort();
            let tag = lang_dir
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            found.push((tag, files));
        }
    }
    found.sort();

    let _guard = RELOAD.lock().unwrap_or_else(|e| e.into_inner());
    crate::fault::point("load");
    let old = Registry::current();
    // Everything is checked before any memory is kept for good: a refused
    // load must cost nothing, since a host may retry a broken folder forever.
    let mut problems = Vec::new();
    let mut groups: Vec<(LanguageIdentifier, Vec<(String, String)>)> = Vec::new();
    for (dir_tag, files) in found {
        let Some(langid) = parse_tag(&dir_tag) else {
            problems.push(Problem {
                file: files[0].0.clone(),
                line: 0,
                message: format!("folder name {dir_tag:?} is not a language tag"),
            });
            continue;
        };
        // `pt_BR` and `pt-BR` are one locale.
        match groups.iter_mut().find(|(l, _)| *l == langid) {
            Some((_, group)) => group.extend(files),
            None => groups.push((langid, files)),
        }
    }
    let mut built = Vec::with_capacity(groups.len());
    for (langid, files) in &groups {
        let i = old.locales.iter().position(|e| e.langid == *langid);
        let mut sources: Vec<Source<'_>> =
            i.map_or_else(Vec::new, |i| old.locales[i].sources.clone());
        sources.extend(files.iter().map(|(name, text)| Source { name, text }));
        let fallback = (i != Some(0)).then(|| old.catalog(Lang::ENGLISH));
        let (catalog, found) = Catalog::build(langid, &sources, fallback);
        problems.extend(
            found
                .into_iter()
                .filter(|p| files.iter().any(|(name, _)| *name == p.file)),
        );
        built.push((i, catalog));
    }
    if !problems.is_empty() {
        return Err(LoadError::Invalid(problems));
    }
    if groups.is_empty() {
        return Ok(Vec::new());
    }

    let mut locales: Vec<Entry> = old.locales.iter().map(Entry::share).collect();
    let mut loaded = Vec::with_capacity(groups.len());
    for ((langid, files), (i, catalog)) in groups.into_iter().zip(built) {
        let added = files.into_iter().map(|(name, text)| Source {
            name: leak(name),
            text: leak(text),
        });
        let catalog = OnceLock::from(catalog);
        let entry = match i {
            Some(i) => Entry {
                sources: locales[i].sources.iter().copied().chain(added).collect(),
                catalog: Box::leak(Box::new(catalog)),
                ..locales[i].share()
            },
            None => Entry::new(&langid.to_string(), added.collect(), catalog),
        };
        loaded.push(entry.tag.as_str().to_owned());
        match i {
            Some(i) => locales[i] = entry,
            None => locales.push(entry),
        }
    }
    let next = Box::leak(Box::new(Registry {
        _previous: Some(old),
        ..Registry::with(locales)
    }));
    CURRENT.store(next, Ordering::Release);
    Ok(loaded)
}

impl Entry {
    /// The same locale in a new registry, sharing its built catalog.
    fn share(&self) -> Entry {
        Entry {
            tag: self.tag,
            langid: self.langid.clone(),
            sources: self.sources.clone(),
            catalog: self.catalog,
        }
    }
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::StatusCode;

    #[test]
    fn every_shipped_locale_is_complete_and_clean() {
        for e in EMBEDDED {
            let sources: Vec<Source> = e
                .files
                .iter()
                .map(|&(name, text)| Source { name, text })
                .collect();
            let langid = e.tag.parse().expect("folder name is a language tag");
            let (_, problems) = Catalog::build(&langid, &sources, None);
            assert!(problems.is_empty(), "locales/{}: {problems:#?}", e.tag);
        }
    }

    #[test]
    fn english_is_id_zero() {
        assert_eq!(Lang::ENGLISH.tag(), "en");
        assert_eq!(Lang::all().next(), Some(Lang::ENGLISH));
    }

    #[test]
    fn negotiation_accepts_tags_and_posix_names() {
        for tag in [
            "de",
            "DE",
            "de-AT",
            "de_at",
            "de_DE.UTF-8",
            "de_CH@euro",
            "de-Latn-DE",
        ] {
            assert_eq!(negotiate(tag).tag(), "de", "{tag}");
        }
        for tag in [
            "",
            "C",
            "POSIX",
            "C.UTF-8",
            "xx-unknown",
            "en_US.UTF-8",
            "-",
            "@",
            "ünïcödé",
            "1234",
        ] {
            assert_eq!(negotiate(tag), Lang::ENGLISH, "{tag:?}");
        }
    }

    #[test]
    fn the_same_lookup_gives_the_same_string() {
        let a = StatusCode::BUSY_HERE.reason("de");
        let b = StatusCode::BUSY_HERE.reason("de_DE.UTF-8");
        assert_eq!(a, "Besetzt");
        assert!(std::ptr::eq(a, b));
    }
}
