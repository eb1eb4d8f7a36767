//! The available locales, language negotiation, and runtime overrides.
//!
//! The set of locales is a [`Registry`] reached through one atomic pointer;
//! a reload builds a new registry and swaps it in. Its locales never change;
//! its caches (each locale's reason phrases, negotiated tags, see
//! `hot.rs`) are write-once slots that the first use fills, so that lookups
//! after that only load: they never lock nor write anything shared. Registries and
//! catalogs are never freed: strings handed out before a reload stay valid
//! for the life of the process, which is what a C caller holding a
//! `const char *` needs. Each reload costs the memory of what it loaded.

use crate::catalog::{Catalog, Message, Problem, Reasons, Source, Text};
use crate::hot::{RawTag, TagCache};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use std::path::Path;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::{Mutex, OnceLock};
use std::{fmt, fs, io};
use unic_langid::LanguageIdentifier;

pub(crate) struct EmbeddedLocale {
    tag: &'static str,
    /// `(file name, contents)` of every `.ftl` file of the locale.
    files: &'static [(&'static str, &'static str)],
    /// `text<TAB>ascii` lines: the ASCII forms build.rs transliterated.
    ascii: &'static str,
}

/// The ASCII form of `text` in a table of `text<TAB>ascii` lines.
fn transliterated(table: &str, text: &str) -> Option<String> {
    table
        .lines()
        .find_map(|l| l.split_once('\t').filter(|(t, _)| *t == text))
        .map(|(_, ascii)| ascii.to_owned())
}

include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));

/// The built-in English files, `(file name, contents)`: the linter's
/// reference when the folder it checks has no `en` beside it.
pub(crate) fn embedded_english() -> &'static [(&'static str, &'static str)] {
    EMBEDDED[0].files
}

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
    #[inline]
    pub fn negotiate(tag: &str) -> Lang {
        match RawTag::from_bytes(tag.as_bytes()) {
            Some(raw) => raw.lang(),
            // Longer than C can pass, or with a NUL inside: not cached.
            None => Registry::current().negotiate(tag),
        }
    }

    /// The available locale that `tag` matches, if any: [`Lang::negotiate`]
    /// without the English fallback.
    pub(crate) fn find(tag: &str) -> Option<Lang> {
        Registry::current().find(tag)
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

    /// This locale's reason phrases, by code.
    #[inline]
    pub(crate) fn reasons(self) -> &'static Reasons {
        Lang::reasons_by_id(self.0)
    }

    /// The reason phrases of locale `id`, or of English when `id` names no
    /// locale.
    #[inline]
    pub(crate) fn reasons_by_id(id: usize) -> &'static Reasons {
        Lang::hot_reasons(id).unwrap_or_else(|| reasons_slow(id))
    }

    /// The hot path of `sip_reason_by_id`: the reason phrases of locale `id`
    /// once it has been used, else `None`. Never panics.
    #[inline]
    pub(crate) fn hot_reasons(id: usize) -> Option<&'static Reasons> {
        Registry::hot().hot_reasons(id)
    }
}

#[cold]
#[inline(never)]
fn reasons_slow(id: usize) -> &'static Reasons {
    let registry = Registry::current();
    let lang = if id < registry.locales.len() {
        Lang(id)
    } else {
        Lang::ENGLISH
    };
    registry.reasons(lang)
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// Lets the safe API take a tag (`"de_AT.UTF-8"`), `None` for English, or a
/// [`Lang`] already negotiated.
impl From<&str> for Lang {
    #[inline]
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
    /// The shipped locale's transliterations (see [`EmbeddedLocale`]).
    ascii: &'static str,
    /// Built on first use, then read without locks.
    catalog: &'static OnceLock<Catalog>,
    /// The catalog's reason phrases by code, built with it.
    reasons: &'static OnceLock<Box<Reasons>>,
}

/// How many locales a lookup by id reaches in one load; locales past them
/// (added by reloads) take the slower path.
const HOT: usize = 64;

pub(crate) struct Registry {
    locales: Vec<Entry>,
    langids: Vec<LanguageIdentifier>,
    /// The registry this one replaced: kept, never read, so that every
    /// registry stays reachable (leak checkers see memory kept on purpose,
    /// not lost).
    #[allow(dead_code)]
    previous: Option<&'static Registry>,
    /// `hot[id]` is null until locale `id` is first used, then its reason
    /// phrases: written once each, read by every lookup.
    hot: [AtomicPtr<Reasons>; HOT],
    /// Negotiation results by raw tag.
    pub(crate) tags: TagCache,
}

#[allow(clippy::declare_interior_mutable_const)] // only copied into arrays
const NO_REASONS: AtomicPtr<Reasons> = AtomicPtr::new(ptr::null_mut());

/// What `CURRENT` points to before first use: no locales, so every lookup
/// misses, takes the slow path, and that builds [`INITIAL`].
static EMPTY: Registry = Registry {
    locales: Vec::new(),
    langids: Vec::new(),
    hot: [NO_REASONS; HOT],
    tags: TagCache::new(),
    previous: None,
};
static INITIAL: OnceLock<Registry> = OnceLock::new();
/// The registry in force: `EMPTY`, then `INITIAL`, then what reloads made.
/// Never null, so the hot path loads it without a test.
static CURRENT: AtomicPtr<Registry> = AtomicPtr::new(ptr::addr_of!(EMPTY).cast_mut());
/// Serializes reloads; readers never take it.
static RELOAD: Mutex<()> = Mutex::new(());

impl Registry {
    /// The registry in force, built on first use.
    pub(crate) fn current() -> &'static Registry {
        let registry = Registry::hot();
        if registry.locales.is_empty() {
            Registry::first_use()
        } else {
            registry
        }
    }

    /// What `CURRENT` holds, possibly still `EMPTY`: for hot paths, which
    /// fall back to the slow path (and so to [`Registry::current`]) on a miss.
    #[inline]
    pub(crate) fn hot() -> &'static Registry {
        // SAFETY: CURRENT only ever holds `&EMPTY`, `&INITIAL`'s value, or
        // pointers from `Box::leak`; none is ever freed.
        unsafe { &*CURRENT.load(Ordering::Acquire) }
    }

    #[cold]
    fn first_use() -> &'static Registry {
        let initial = INITIAL.get_or_init(Registry::embedded);
        // Fails only when a reload got in first; its registry wins.
        let _ = CURRENT.compare_exchange(
            ptr::addr_of!(EMPTY).cast_mut(),
            ptr::from_ref(initial).cast_mut(),
            Ordering::AcqRel,
            Ordering::Acquire,
        );
        Registry::hot()
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
                Entry::new(e.tag, sources, e.ascii, OnceLock::new())
            })
            .collect();
        Registry::with(locales)
    }

    fn with(locales: Vec<Entry>) -> Registry {
        let langids = locales.iter().map(|e| e.langid.clone()).collect();
        let registry = Registry {
            locales,
            langids,
            hot: [NO_REASONS; HOT],
            tags: TagCache::new(),
            previous: None,
        };
        // The locales' own tags first, so that no stream of other tags can
        // crowd them out of the cache.
        for (i, e) in registry.locales.iter().enumerate() {
            if let Some(tag) = RawTag::from_bytes(e.tag.as_str().as_bytes()) {
                registry.tags.insert(tag, Lang(i));
            }
        }
        registry
    }

    /// The reason phrases of `lang`, built on first use and then kept in
    /// `hot` for the next lookups.
    pub(crate) fn reasons(&'static self, lang: Lang) -> &'static Reasons {
        let entry = self.entry(lang);
        let reasons: &'static Reasons = entry
            .reasons
            .get_or_init(|| Box::new(Reasons::new(self.catalog(lang))));
        if let Some(slot) = self.hot.get(lang.0) {
            slot.store(ptr::from_ref(reasons).cast_mut(), Ordering::Release);
        }
        reasons
    }

    #[inline]
    fn hot_reasons(&self, id: usize) -> Option<&'static Reasons> {
        let p = self.hot.get(id)?.load(Ordering::Acquire);
        // SAFETY: `hot` holds null or pointers stored from `&'static Reasons`.
        unsafe { p.cast_const().as_ref() }
    }

    fn entry(&self, lang: Lang) -> &Entry {
        self.locales.get(lang.0).unwrap_or(&self.locales[0])
    }

    fn catalog(&'static self, lang: Lang) -> &'static Catalog {
        let entry = self.entry(lang);
        entry.catalog.get_or_init(|| {
            crate::fault::point("catalog");
            let fallback = (lang.0 != 0).then(|| self.catalog(Lang::ENGLISH));
            let ascii = |text: &str| transliterated(entry.ascii, text);
            Catalog::build(&entry.langid, &entry.sources, fallback, &ascii).0
        })
    }

    /// Negotiation itself, uncached (see [`RawTag::lang`] for the cache).
    pub(crate) fn negotiate(&self, tag: &str) -> Lang {
        crate::fault::point("negotiate");
        self.find(tag).unwrap_or(Lang::ENGLISH)
    }

    /// The locale `tag` matches, `None` when it matches none (English is
    /// `Some` only when asked for).
    fn find(&self, tag: &str) -> Option<Lang> {
        if let Some(i) = self.locales.iter().position(|e| e.tag.as_str() == tag) {
            return Some(Lang(i));
        }
        let requested = parse_tag(tag)?;
        // Never answer in the other script of a language (CLDR: zh-Hant's
        // parent is root, not zh); fluent-langneg alone gives zh-TW zh-CN.
        let script = written_script(&requested);
        let candidates: Vec<&LanguageIdentifier> = self
            .langids
            .iter()
            .filter(|l| script.is_none() || written_script(l).is_none_or(|s| Some(s) == script))
            .collect();
        let mut best = negotiate_languages(
            &[&requested],
            &candidates,
            None,
            NegotiationStrategy::Lookup,
        );
        if best.is_empty() {
            // A legacy code, or a language whose readers read another one
            // better than English: Norwegian Nynorsk and the macrolanguage
            // `no` are answered in Bokmål.
            let mut instead = requested.clone();
            instead.language = language_fallback(requested.language.as_str())?
                .parse()
                .ok()?;
            best = negotiate_languages(&[instead], &candidates, None, NegotiationStrategy::Lookup);
        }
        let found = best.first()?;
        self.langids
            .iter()
            .position(|l| std::ptr::eq(l, **found))
            .map(Lang)
    }
}

impl Entry {
    /// A locale with `catalog` (empty to build on first use).
    fn new(
        tag: &str,
        sources: Vec<Source<'static>>,
        ascii: &'static str,
        catalog: OnceLock<Catalog>,
    ) -> Entry {
        let langid: LanguageIdentifier = tag.parse().unwrap_or_default();
        Entry {
            tag: Box::leak(Box::new(Text::new(&langid.to_string()))),
            langid,
            sources,
            ascii,
            catalog: Box::leak(Box::new(catalog)),
            reasons: Box::leak(Box::new(OnceLock::new())),
        }
    }
}

/// The script a locale of a language written in two scripts is written
/// in: explicit (`zh-Hant`), else the one its region uses (CLDR likely
/// subtags: zh-TW, zh-HK and zh-MO are Traditional, other zh Simplified).
/// `None` for the languages sipstatus ships in one script only.
fn written_script(l: &LanguageIdentifier) -> Option<&'static str> {
    if l.language.as_str() != "zh" {
        return None;
    }
    let traditional = match (l.script, l.region) {
        (Some(script), _) => script.as_str().eq_ignore_ascii_case("Hant"),
        (None, Some(region)) => matches!(region.as_str(), "TW" | "HK" | "MO"),
        (None, None) => false,
    };
    Some(if traditional { "Hant" } else { "Hans" })
}

/// The language to try when no locale matches `language`: the current code
/// of a legacy one (ISO 639 `iw`, `in`, `ji`), or a language its readers
/// read well (`no`, `nn` → `nb`).
fn language_fallback(language: &str) -> Option<&'static str> {
    Some(match language {
        "iw" => "he",
        "in" => "id",
        "ji" => "yi",
        "no" | "nn" => "nb",
        _ => return None,
    })
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
/// successful load keeps the memory of what it loaded for the process's life
/// (a refused one keeps nothing). Returns the tags of the locales loaded.
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

    let mut problems = Vec::new();
    // Folders that name the same locale (`de`, `DE`) are loaded as one.
    let mut by_lang: Vec<(LanguageIdentifier, Vec<(String, String)>)> = Vec::new();
    for (dir_tag, files) in found {
        let Some(langid) = parse_tag(&dir_tag) else {
            problems.push(Problem {
                file: files[0].0.clone(),
                line: 0,
                message: format!("folder name {dir_tag:?} is not a language tag"),
            });
            continue;
        };
        match by_lang.iter_mut().find(|(l, _)| *l == langid) {
            Some((_, all)) => all.extend(files),
            None => by_lang.push((langid, files)),
        }
    }

    let _guard = RELOAD.lock().unwrap_or_else(|e| e.into_inner());
    crate::fault::point("load");
    let old = Registry::current();
    // Everything is built from the files as read and checked first; only a
    // load that is accepted is kept for the life of the process, so a
    // refused one costs no memory.
    let mut built = Vec::new();
    for (langid, files) in by_lang {
        let i = old.locales.iter().position(|e| e.langid == langid);
        let mut sources = i.map_or_else(Vec::new, |i| old.locales[i].sources.clone());
        sources.extend(files.iter().map(|(name, text)| Source { name, text }));
        let fallback = (i != Some(0)).then(|| old.catalog(Lang::ENGLISH));
        let table = i.map_or("", |i| old.locales[i].ascii);
        let ascii = |text: &str| transliterated(table, text);
        let (catalog, found) = Catalog::build(&langid, &sources, fallback, &ascii);
        problems.extend(
            found
                .into_iter()
                .filter(|p| files.iter().any(|(name, _)| *name == p.file)),
        );
        built.push((i, langid, files, catalog));
    }
    if !problems.is_empty() {
        return Err(LoadError::Invalid(problems));
    }
    if built.is_empty() {
        return Ok(Vec::new());
    }

    let mut locales: Vec<Entry> = old.locales.iter().map(Entry::share).collect();
    let mut loaded = Vec::new();
    for (i, langid, files, catalog) in built {
        let added = files.into_iter().map(|(name, text)| Source {
            name: leak(name),
            text: leak(text),
        });
        let catalog = OnceLock::from(catalog);
        let entry = match i {
            None => Entry::new(&langid.to_string(), added.collect(), "", catalog),
            // New cells: the old ones stay with the old registry.
            Some(i) => Entry {
                sources: locales[i].sources.iter().copied().chain(added).collect(),
                catalog: Box::leak(Box::new(catalog)),
                reasons: Box::leak(Box::new(OnceLock::new())),
                ..locales[i].share()
            },
        };
        loaded.push(entry.tag.as_str().to_owned());
        match i {
            None => locales.push(entry),
            Some(i) => locales[i] = entry,
        }
    }
    let next = Registry {
        previous: Some(old),
        ..Registry::with(locales)
    };
    CURRENT.store(Box::leak(Box::new(next)), Ordering::Release);
    Ok(loaded)
}

impl Entry {
    /// The same locale in a new registry, sharing its built catalog.
    fn share(&self) -> Entry {
        Entry {
            tag: self.tag,
            langid: self.langid.clone(),
            sources: self.sources.clone(),
            ascii: self.ascii,
            catalog: self.catalog,
            reasons: self.reasons,
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
            let ascii = |text: &str| transliterated(e.ascii, text);
            let (_, problems) = Catalog::build(&langid, &sources, None, &ascii);
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
