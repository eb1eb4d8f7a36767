//! Lookup: the available locales, language negotiation, and the paths from
//! a `lang` argument to a phrase.
//!
//! The set of locales is a [`Registry`] reached through one atomic pointer;
//! a runtime load (`loader.rs`) builds a new registry and swaps it in. A
//! registry never changes but for its negotiation cache (`tag_cache.rs`),
//! whose write-once slots the first use of a tag fills, so that lookups
//! after that only load: they never lock nor write anything shared.
//! Registries and tables are never freed: strings handed out before a load
//! stay valid for the life of the process, which is what a C caller holding
//! a `const char *` needs.
//!
//! The entry points: [`Lang::negotiate`] (and [`Lang::from_c`] for a C
//! string), [`Lang::catalog`], and [`hot_catalog`] for the hot path of
//! `sip_reason`, which `ffi.rs` uses.

use crate::catalog::{Catalog, Message, StaticText, SHIPPED};
use crate::tag_cache::RawTag;
#[cfg(feature = "runtime-load")]
use crate::tag_cache::{Hot, TagCache};
#[cfg(feature = "runtime-load")]
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use std::fmt;
#[cfg(feature = "runtime-load")]
use std::ptr;
#[cfg(feature = "runtime-load")]
use std::sync::atomic::{AtomicPtr, Ordering};
#[cfg(feature = "runtime-load")]
use unic_langid::LanguageIdentifier;

pub use crate::tag_cache::MAX_LANG_LEN;

/// A locale, as an index into the registry. Ids only grow (a load can add
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
            Some(raw) => Lang::of_raw(&raw),
            // Longer than C can pass, or with a NUL inside: not cached.
            None => Registry::current().negotiate(tag),
        }
    }

    /// The locale of a tag read from C: cached, or negotiated and then
    /// cached.
    #[inline]
    pub(crate) fn of_raw(tag: &RawTag) -> Lang {
        lang_of_raw(tag)
    }

    /// The available locale that `tag` matches, if any: [`Lang::negotiate`]
    /// without the English fallback.
    pub(crate) fn find(tag: &str) -> Option<Lang> {
        Registry::current().find(tag)
    }

    /// The locale with this id, if there is one.
    pub fn from_id(id: usize) -> Option<Lang> {
        (id < Registry::current().len()).then_some(Lang(id))
    }

    pub fn id(self) -> usize {
        self.0
    }

    /// The locale's canonical tag, e.g. `pt-BR`.
    pub fn tag(self) -> &'static str {
        self.tag_text().as_str()
    }

    pub(crate) fn tag_text(self) -> StaticText {
        Registry::current().tag(self)
    }

    /// Every available locale, English first, in id order.
    pub fn all() -> impl ExactSizeIterator<Item = Lang> {
        (0..Registry::current().len()).map(Lang)
    }

    /// This locale's table (English's for an id that names none).
    pub(crate) fn catalog(self) -> Catalog {
        Registry::current().catalog(self)
    }

    /// The text of `message` in this locale.
    pub(crate) fn text(self, message: Message) -> StaticText {
        self.catalog().get(message)
    }
}

/// What [`hot_catalog`] found.
pub(crate) enum HotCatalog {
    Found(Catalog),
    /// A tag of 8 bytes or more: go on with [`hot_catalog_long`].
    #[cfg_attr(not(feature = "runtime-load"), allow(dead_code))]
    Longer(crate::tag_cache::TagStart),
    /// Not cached: take [`catalog_of_raw`].
    Miss,
}

#[cfg(feature = "runtime-load")]
mod cached {
    //! Lookups through the registry in force and its negotiation cache.
    use super::*;

    /// The hot path of `sip_reason`: the table for a C `lang` argument read
    /// byte by byte with `byte_at`, when its tag is short (under 8 bytes) and
    /// cached. Makes no call, so it inlines into a function with no stack
    /// frame; never panics.
    #[inline(always)]
    pub(crate) fn hot_catalog(byte_at: impl FnMut(usize) -> u8) -> HotCatalog {
        match RawTag::hot(&Registry::hot().tags, byte_at) {
            Hot::Found(e) => HotCatalog::Found(e.catalog),
            Hot::Longer(start) => HotCatalog::Longer(start),
            Hot::Miss => HotCatalog::Miss,
        }
    }

    /// The rest of [`hot_catalog`] for a tag of 8 to 16 bytes, once
    /// [`TagStart::key`](crate::tag_cache::TagStart::key) read it; `None` when
    /// not cached. Never panics.
    #[inline(always)]
    pub(crate) fn hot_catalog_long(key: crate::tag_cache::LongKey) -> Option<&'static Catalog> {
        // By reference: an `Option<Catalog>` would be tested for its niche
        // again after the cache's own test (3 instructions a call).
        Registry::hot().tags.get_key(key).map(|e| &e.catalog)
    }

    /// The table of locale `id` when the registry is in place (the hot path of
    /// `sip_reason_by_id`); `None` for an id that names no locale, or before
    /// first use. Never panics.
    #[inline(always)]
    pub(crate) fn hot_catalog_by_id(id: usize) -> Option<Catalog> {
        *Registry::hot().by_id.get(id)?
    }

    /// English's table when the registry is in place (the hot path of
    /// `sip_reason` with NULL): one load. Never panics.
    #[inline(always)]
    pub(crate) fn hot_english() -> Option<Catalog> {
        Registry::hot().english
    }

    /// The table of locale `id`, English's when `id` names none.
    pub(crate) fn catalog_by_id(id: usize) -> Catalog {
        let registry = Registry::current();
        registry
            .locales
            .get(id)
            .unwrap_or(&registry.locales[0])
            .catalog
    }

    /// The table of a tag read from C: cached, or negotiated and then cached.
    pub(crate) fn catalog_of_raw(tag: &RawTag) -> Catalog {
        found(tag).catalog
    }

    pub(super) fn lang_of_raw(tag: &RawTag) -> Lang {
        Lang(found(tag).lang)
    }

    /// What `tag` gives: from the cache of the registry in force, or
    /// negotiated and then cached.
    #[inline]
    fn found(tag: &RawTag) -> Found {
        match Registry::hot().tags.get(tag) {
            Some(e) => Found {
                lang: e.lang,
                catalog: e.catalog,
            },
            None => cache_slow(tag),
        }
    }

    /// Negotiates `tag` in the current registry and caches the answer.
    #[cold]
    #[inline(never)]
    fn cache_slow(tag: &RawTag) -> Found {
        let registry = Registry::current();
        // The registry in force may be new (a first use, a load): its own cache.
        if let Some(e) = registry.tags.get(tag) {
            return Found {
                lang: e.lang,
                catalog: e.catalog,
            };
        }
        let (bytes, len) = tag.bytes();
        let lang =
            std::str::from_utf8(&bytes[..len]).map_or(Lang::ENGLISH, |s| registry.negotiate(s));
        let catalog = registry.entry(lang).catalog;
        registry.tags.insert(*tag, lang.0, catalog);
        Found {
            lang: lang.0,
            catalog,
        }
    }

    struct Found {
        lang: usize,
        catalog: Catalog,
    }
}
#[cfg(feature = "runtime-load")]
pub(crate) use cached::*;

#[cfg(not(feature = "runtime-load"))]
mod fixed {
    //! Lookups of the firmware build: the shipped locales are all there
    //! is, so every answer comes from `SHIPPED` and
    //! [`static_negotiation`](crate::static_negotiation), with no registry,
    //! no cache, no allocation and nothing that can panic (a test checks
    //! the linked program for std's panic code).
    use super::*;

    /// The hot path of `sip_reason`: the table for a C `lang` argument read
    /// byte by byte with `byte_at`, negotiated on every call (this build
    /// keeps no cache). Never answers `Longer` or `Miss`.
    #[inline]
    pub(crate) fn hot_catalog(byte_at: impl FnMut(usize) -> u8) -> HotCatalog {
        HotCatalog::Found(match RawTag::read(byte_at) {
            Some(tag) => catalog_of_raw(&tag),
            None => english(),
        })
    }

    /// Never reached: [`hot_catalog`] answers every tag itself.
    #[inline(always)]
    pub(crate) fn hot_catalog_long(_key: crate::tag_cache::LongKey) -> Option<&'static Catalog> {
        None
    }

    #[inline(always)]
    pub(crate) fn hot_catalog_by_id(id: usize) -> Option<Catalog> {
        SHIPPED.get(id).map(|s| s.catalog)
    }

    #[inline(always)]
    pub(crate) fn hot_english() -> Option<Catalog> {
        Some(english())
    }

    fn english() -> Catalog {
        let [english, ..] = &SHIPPED;
        english.catalog
    }

    /// The table of locale `id`, English's when `id` names none.
    pub(crate) fn catalog_by_id(id: usize) -> Catalog {
        hot_catalog_by_id(id).unwrap_or_else(english)
    }

    /// The table of a tag read from C.
    pub(crate) fn catalog_of_raw(tag: &RawTag) -> Catalog {
        catalog_by_id(lang_of_raw(tag).0)
    }

    pub(super) fn lang_of_raw(tag: &RawTag) -> Lang {
        let (bytes, len) = tag.bytes();
        Registry
            .find_bytes(bytes.get(..len).unwrap_or_default())
            .unwrap_or(Lang::ENGLISH)
    }

    /// The shipped locales, fixed at build time: what the runtime-load
    /// build's registry is before any load.
    pub(crate) struct Registry;

    impl Registry {
        pub(crate) fn current() -> &'static Registry {
            &Registry
        }

        pub(crate) fn len(&self) -> usize {
            SHIPPED.len()
        }

        pub(crate) fn tag(&self, lang: Lang) -> StaticText {
            let [english, ..] = &SHIPPED;
            SHIPPED.get(lang.0).unwrap_or(english).tag
        }

        pub(crate) fn catalog(&self, lang: Lang) -> Catalog {
            catalog_by_id(lang.0)
        }

        pub(crate) fn negotiate(&self, tag: &str) -> Lang {
            self.find(tag).unwrap_or(Lang::ENGLISH)
        }

        pub(crate) fn find(&self, tag: &str) -> Option<Lang> {
            self.find_bytes(tag.as_bytes())
        }

        fn find_bytes(&self, tag: &[u8]) -> Option<Lang> {
            let tags = SHIPPED.iter().map(|s| s.tag.as_str());
            crate::static_negotiation::find(tags, tag).map(Lang)
        }
    }
}
#[cfg(not(feature = "runtime-load"))]
pub(crate) use fixed::*;

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

#[cfg(feature = "runtime-load")]
/// One locale of a registry.
pub(crate) struct Entry {
    /// The canonical tag, NUL-terminated for C.
    pub(crate) tag: StaticText,
    pub(crate) langid: LanguageIdentifier,
    pub(crate) catalog: Catalog,
}

#[cfg(feature = "runtime-load")]
pub(crate) struct Registry {
    pub(crate) locales: Vec<Entry>,
    /// `locales[0].catalog`, where the hot path finds it in one load.
    english: Option<Catalog>,
    /// The tables of the first `HOT` locales by id, inline, for the hot
    /// path of `sip_reason_by_id` (locales past them take the slow path).
    by_id: [Option<Catalog>; HOT],
    langids: Vec<LanguageIdentifier>,
    /// Negotiation results by raw tag.
    pub(crate) tags: TagCache,
}

#[cfg(feature = "runtime-load")]
/// What `CURRENT` points to before first use: no locales, so every lookup
/// misses, takes the slow path, and that builds the shipped registry.
/// How many locales a lookup by id reaches in one load.
const HOT: usize = 64;

#[cfg(feature = "runtime-load")]
static EMPTY: Registry = Registry {
    locales: Vec::new(),
    english: None,
    by_id: [None; HOT],
    langids: Vec::new(),
    tags: TagCache::new(),
};
#[cfg(feature = "runtime-load")]
/// The registry in force: `EMPTY`, then the shipped one, then what loads
/// made. Never null, so the hot path loads it without a test.
static CURRENT: AtomicPtr<Registry> = AtomicPtr::new(ptr::addr_of!(EMPTY).cast_mut());

#[cfg(feature = "runtime-load")]
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
    #[inline(always)]
    pub(crate) fn hot() -> &'static Registry {
        // SAFETY: CURRENT only ever holds `&EMPTY` or pointers from
        // `Box::into_raw`/`Box::leak` that are never freed once stored.
        unsafe { &*CURRENT.load(Ordering::Acquire) }
    }

    /// Builds the shipped registry and puts it in place, unless another
    /// thread (or a load) got there first. Nothing here waits on another
    /// thread, so a child forked at any moment can still get here.
    #[cold]
    fn first_use() -> &'static Registry {
        crate::fault::point("registry");
        let locales = SHIPPED
            .iter()
            .map(|s| Entry::new(s.tag, s.catalog))
            .collect();
        let mine = Box::into_raw(Box::new(Registry::with(locales)));
        if CURRENT
            .compare_exchange(
                ptr::addr_of!(EMPTY).cast_mut(),
                mine,
                Ordering::AcqRel,
                Ordering::Acquire,
            )
            .is_err()
        {
            // SAFETY: `mine` lost the race and was never shared.
            drop(unsafe { Box::from_raw(mine) });
        }
        Registry::hot()
    }

    pub(crate) fn with(locales: Vec<Entry>) -> Registry {
        let langids = locales.iter().map(|e| e.langid.clone()).collect();
        let mut by_id = [None; HOT];
        for (slot, e) in by_id.iter_mut().zip(&locales) {
            *slot = Some(e.catalog);
        }
        let registry = Registry {
            english: locales.first().map(|e| e.catalog),
            by_id,
            locales,
            langids,
            tags: TagCache::new(),
        };
        // The locales' own tags first, so that no stream of other tags can
        // crowd them out of the cache.
        for (i, e) in registry.locales.iter().enumerate() {
            if let Some(tag) = RawTag::from_bytes(e.tag.as_str().as_bytes()) {
                registry.tags.insert(tag, i, e.catalog);
            }
        }
        registry
    }

    /// Puts `next` in force (for a load, which keeps every registry it
    /// replaces reachable: strings handed out from them stay valid).
    #[cfg_attr(not(feature = "runtime-load"), allow(dead_code))]
    pub(crate) fn put(next: &'static Registry) {
        CURRENT.store(ptr::from_ref(next).cast_mut(), Ordering::Release);
    }

    pub(crate) fn entry(&self, lang: Lang) -> &Entry {
        self.locales.get(lang.0).unwrap_or(&self.locales[0])
    }

    pub(crate) fn len(&self) -> usize {
        self.locales.len()
    }

    pub(crate) fn tag(&self, lang: Lang) -> StaticText {
        self.entry(lang).tag
    }

    pub(crate) fn catalog(&self, lang: Lang) -> Catalog {
        self.entry(lang).catalog
    }

    /// Negotiation itself, uncached (see [`Lang::of_raw`] for the cache).
    pub(crate) fn negotiate(&self, tag: &str) -> Lang {
        crate::fault::point("negotiate");
        self.find(tag).unwrap_or(Lang::ENGLISH)
    }

    /// The locale `tag` matches, `None` when it matches none (English is
    /// `Some` only when asked for).
    pub(crate) fn find(&self, tag: &str) -> Option<Lang> {
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

#[cfg(feature = "runtime-load")]
impl Entry {
    pub(crate) fn new(tag: StaticText, catalog: Catalog) -> Entry {
        Entry {
            tag,
            langid: tag.as_str().parse().unwrap_or_default(),
            catalog,
        }
    }
}

#[cfg(feature = "runtime-load")]
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

#[cfg(feature = "runtime-load")]
/// The language to try when no locale matches `language`: the current code
/// of a legacy one (ISO 639 `iw`, `in`, `ji`), or a language its readers
/// read well (`no`, `nn` → `nb`).
pub(crate) fn language_fallback(language: &str) -> Option<&'static str> {
    Some(match language {
        "iw" => "he",
        "in" => "id",
        "ji" => "yi",
        "no" | "nn" => "nb",
        _ => return None,
    })
}

#[cfg(feature = "runtime-load")]
/// `de_AT.UTF-8` → `de-AT`; `None` for English-by-definition and garbage.
pub(crate) fn parse_tag(tag: &str) -> Option<LanguageIdentifier> {
    let base = tag.split(['.', '@']).next().unwrap_or_default();
    if base.is_empty() || base == "C" || base == "POSIX" {
        return None;
    }
    base.replace('_', "-").parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::StatusCode;

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

    #[test]
    fn cached_answers_are_the_negotiated_ones() {
        let registry = Registry::current();
        let tags = [
            "de",
            "DE",
            "de_AT.UTF-8",
            "de-Latn-DE",
            "pt-BR",
            "pt_br",
            "pt",
            "pt_PT.UTF-8",
            "zh-CN",
            "zh",
            "zh_TW",
            "en",
            "en_US.UTF-8",
            "xx",
            "",
            "C",
            "POSIX",
            "C.UTF-8",
            "de@@@@@@@@@@@@@@@@@@",
            "fr_FR@euro",
            "ja_JP.eucJP",
            "ünï",
            "-",
            "ru-RU-x-y",
        ];
        for round in 0..3 {
            for tag in tags {
                assert_eq!(
                    Lang::negotiate(tag),
                    registry.negotiate(tag),
                    "{tag} {round}"
                );
            }
        }
    }

    #[test]
    fn every_locale_tag_is_seeded_in_the_cache() {
        let registry = Registry::current();
        for lang in Lang::all() {
            let tag = crate::tag_cache::RawTag::from_bytes(lang.tag().as_bytes()).unwrap();
            let cached = registry.tags.get(&tag);
            assert_eq!(cached.map(|e| e.lang), Some(lang.id()), "{lang}");
        }
    }
}
