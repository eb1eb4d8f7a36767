//! Negotiation over a fixed list of locale tags with no allocation and no
//! operation that can panic: the firmware profile's path (no runtime
//! loading), whose lookups must link none of std's panic machinery.
//!
//! It answers what the full path (`unic-langid` parsing, `fluent-langneg`'s
//! lookup strategy with its built-in likely subtags, and the rules of
//! `locale.rs`: POSIX names, one written script for Chinese, legacy and
//! neighbour languages) answers for the same list; `tests` check that over
//! a corpus of tags, so the two cannot drift apart. Compiled in every
//! build for those tests; only the firmware build uses it.
#![cfg_attr(feature = "runtime-load", allow(dead_code))]

/// The subtags of a language tag, as `unic-langid` reads them: language
/// lower case (empty for `und`), script title case, region upper case;
/// variants only counted (the shipped tags have none, so only whether a
/// tag has some can change an answer).
#[derive(Clone, Copy, PartialEq, Eq)]
struct Tag {
    language: Subtag<8>,
    script: Option<Subtag<4>>,
    region: Option<Subtag<3>>,
    variants: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
struct Subtag<const N: usize> {
    bytes: [u8; N],
    len: u8,
}

impl<const N: usize> Subtag<N> {
    const EMPTY: Subtag<N> = Subtag {
        bytes: [0; N],
        len: 0,
    };

    /// `s` with each byte mapped by `case(i, b)`; `None` if it is longer
    /// than `N`.
    fn new(s: &[u8], case: impl Fn(usize, u8) -> u8) -> Option<Subtag<N>> {
        if s.len() > N {
            return None;
        }
        let mut bytes = [0; N];
        for (i, (out, &b)) in bytes.iter_mut().zip(s).enumerate() {
            *out = case(i, b);
        }
        Some(Subtag {
            bytes,
            len: s.len() as u8,
        })
    }

    fn is(&self, s: &[u8]) -> bool {
        self.as_bytes() == s
    }

    fn as_bytes(&self) -> &[u8] {
        self.bytes.get(..usize::from(self.len)).unwrap_or_default()
    }
}

fn all(s: &[u8], f: fn(&u8) -> bool) -> bool {
    s.iter().all(f)
}

fn language(s: &[u8]) -> Option<Subtag<8>> {
    if !(2..=8).contains(&s.len()) || s.len() == 4 || !all(s, u8::is_ascii_alphabetic) {
        return None;
    }
    if s.eq_ignore_ascii_case(b"und") {
        return Some(Subtag::EMPTY);
    }
    Subtag::new(s, |_, b| b.to_ascii_lowercase())
}

fn script(s: &[u8]) -> Option<Subtag<4>> {
    if s.len() != 4 || !all(s, u8::is_ascii_alphabetic) {
        return None;
    }
    Subtag::new(s, |i, b| {
        if i == 0 {
            b.to_ascii_uppercase()
        } else {
            b.to_ascii_lowercase()
        }
    })
}

fn region(s: &[u8]) -> Option<Subtag<3>> {
    match s.len() {
        2 if all(s, u8::is_ascii_alphabetic) => Subtag::new(s, |_, b| b.to_ascii_uppercase()),
        3 if all(s, u8::is_ascii_digit) => Subtag::new(s, |_, b| b),
        _ => None,
    }
}

fn is_variant(s: &[u8]) -> bool {
    match s.len() {
        5..=8 => all(s, u8::is_ascii_alphanumeric),
        // unic-langid's rule, quirk included: a digit first, or letters and
        // digits after the first byte.
        4 => {
            s.is_ascii()
                && (s.first().is_some_and(u8::is_ascii_digit)
                    || s.get(1..)
                        .is_some_and(|rest| all(rest, u8::is_ascii_alphanumeric)))
        }
        _ => false,
    }
}

impl Tag {
    /// Parses a BCP 47 language identifier with `-` or `_` between
    /// subtags, as `unic-langid` does; `None` where it fails.
    fn parse(s: &[u8]) -> Option<Tag> {
        let mut subtags = s.split(|&b| b == b'-' || b == b'_');
        let mut tag = Tag {
            language: language(subtags.next()?)?,
            script: None,
            region: None,
            variants: false,
        };
        // 1: a script, region or variant may come; 2: a region or variant;
        // 3: only variants.
        let mut position = 1;
        for subtag in subtags {
            if position == 1 {
                if let Some(s) = script(subtag) {
                    tag.script = Some(s);
                    position = 2;
                    continue;
                }
            }
            if position <= 2 {
                if let Some(r) = region(subtag) {
                    tag.region = Some(r);
                    position = 3;
                    continue;
                }
            }
            if is_variant(subtag) {
                tag.variants = true;
                position = 3;
                continue;
            }
            // A subtag that fits nowhere: unic-langid rejects the tag.
            return None;
        }
        Some(tag)
    }

    /// `fluent-langneg`'s `LanguageIdentifier::matches`: a side taken as a
    /// range matches anything where it has no subtag.
    fn matches(&self, other: &Tag, self_as_range: bool, other_as_range: bool) -> bool {
        fn one<T: PartialEq>(a: Option<T>, b: Option<T>, a_range: bool, b_range: bool) -> bool {
            (a_range && a.is_none()) || (b_range && b.is_none()) || a == b
        }
        let language = |t: &Tag| (t.language.len > 0).then_some(t.language);
        one(
            language(self),
            language(other),
            self_as_range,
            other_as_range,
        ) && one(self.script, other.script, self_as_range, other_as_range)
            && one(self.region, other.region, self_as_range, other_as_range)
            && one(
                self.variants.then_some(()),
                other.variants.then_some(()),
                self_as_range,
                other_as_range,
            )
    }

    /// `fluent-langneg`'s built-in likely subtags (its `MockLikelySubtags`,
    /// used without the `cldr` feature): `true` when it changed the tag.
    fn maximize(&mut self) -> bool {
        let whole = |language: &[u8], region: Option<&[u8]>| {
            self.language.is(language)
                && self.script.is_none()
                && !self.variants
                && match (self.region, region) {
                    (None, None) => true,
                    (Some(r), Some(want)) => r.is(want),
                    _ => false,
                }
        };
        let extended: Option<(&[u8], &[u8], &[u8])> = if whole(b"en", None) {
            Some((b"en", b"Latn", b"US"))
        } else if whole(b"fr", None) {
            Some((b"fr", b"Latn", b"FR"))
        } else if whole(b"sr", None) {
            Some((b"sr", b"Cyrl", b"SR"))
        } else if whole(b"sr", Some(b"RU")) {
            Some((b"sr", b"Latn", b"SR"))
        } else if whole(b"az", Some(b"IR")) {
            Some((b"az", b"Arab", b"IR"))
        } else if whole(b"zh", Some(b"GB")) {
            Some((b"zh", b"Hant", b"GB"))
        } else if whole(b"zh", Some(b"US")) {
            Some((b"zh", b"Hant", b"US"))
        } else {
            None
        };
        if let Some((language, s, r)) = extended {
            self.language = Subtag::new(language, |_, b| b).unwrap_or(Subtag::EMPTY);
            self.script = script(s);
            self.region = region(r);
            return true;
        }
        const REGION_MATCHING_KEYS: [&[u8]; 15] = [
            b"az", b"bg", b"cs", b"de", b"es", b"fi", b"fr", b"hu", b"it", b"lt", b"lv", b"nl",
            b"pl", b"ro", b"ru",
        ];
        if REGION_MATCHING_KEYS.iter().any(|k| self.language.is(k)) {
            self.region = region(self.language.as_bytes());
            return true;
        }
        false
    }

    /// Chinese in which script: `Some("Hant")` for a `Hant` script or a
    /// Taiwan, Hong Kong or Macao region, `Some("Hans")` for any other
    /// Chinese, `None` for other languages (`locale.rs`'s rule).
    fn written_script(&self) -> Option<&'static [u8]> {
        if !self.language.is(b"zh") {
            return None;
        }
        let traditional = match (self.script, self.region) {
            (Some(script), _) => script.is(b"Hant"),
            (None, Some(region)) => matches!(region.as_bytes(), b"TW" | b"HK" | b"MO"),
            (None, None) => false,
        };
        Some(if traditional { b"Hant" } else { b"Hans" })
    }
}

/// `fluent-langneg`'s `filter_matches` with the lookup strategy, for one
/// requested tag: the index of the first of `available` to match at the
/// first step where any does. `skip(i)` leaves locale `i` out.
fn lookup(mut req: Tag, available: &[Option<Tag>], skip: impl Fn(&Tag) -> bool) -> Option<usize> {
    let first = |req: &Tag, self_as_range: bool, other_as_range: bool| {
        available.iter().position(|a| {
            a.as_ref()
                .is_some_and(|a| !skip(a) && a.matches(req, self_as_range, other_as_range))
        })
    };
    if let Some(i) = first(&req, false, false).or_else(|| first(&req, true, false)) {
        return Some(i);
    }
    if req.language.len == 0 {
        return None;
    }
    if req.maximize() {
        if let Some(i) = first(&req, true, false) {
            return Some(i);
        }
    }
    req.variants = false;
    if let Some(i) = first(&req, true, true) {
        return Some(i);
    }
    req.region = None;
    if req.maximize() {
        if let Some(i) = first(&req, true, false) {
            return Some(i);
        }
    }
    req.region = None;
    first(&req, true, true)
}

/// The language to try when none matches (`locale.rs`'s
/// `language_fallback`, which this must equal: a test compares them).
fn language_fallback(language: &[u8]) -> Option<&'static [u8]> {
    Some(match language {
        b"iw" => b"he",
        b"in" => b"id",
        b"ji" => b"yi",
        b"no" | b"nn" => b"nb",
        _ => return None,
    })
}

/// The most locales [`find`] considers; a firmware build ships far fewer.
pub(crate) const MAX_LOCALES: usize = 64;

/// The index in `tags` of the locale that answers for `tag` (a BCP 47 tag
/// or a POSIX locale name, as `locale::Registry::find` takes it); `None`
/// when none does. Allocates nothing and cannot panic.
pub(crate) fn find<'a>(tags: impl Iterator<Item = &'a str> + Clone, tag: &[u8]) -> Option<usize> {
    if let Some(i) = tags.clone().position(|t| t.as_bytes() == tag) {
        return Some(i);
    }
    // `de_DE.UTF-8@euro` → `de_DE`; the C locale is English by definition.
    let base = tag.split(|&b| b == b'.' || b == b'@').next()?;
    if base.is_empty() || base == b"C" || base == b"POSIX" {
        return None;
    }
    let requested = Tag::parse(base)?;
    let mut available = [None; MAX_LOCALES];
    let mut count = 0;
    for (slot, t) in available.iter_mut().zip(tags) {
        *slot = Tag::parse(t.as_bytes());
        count += 1;
    }
    let available = available.get(..count)?;
    // Never answer in the other script of Chinese.
    let script = requested.written_script();
    let other_script =
        |a: &Tag| script.is_some() && a.written_script().is_some_and(|s| Some(s) != script);
    lookup(requested, available, other_script).or_else(|| {
        let mut instead = requested;
        instead.language =
            Subtag::new(language_fallback(requested.language.as_bytes())?, |_, b| b)?;
        lookup(instead, available, other_script)
    })
}

#[cfg(all(test, feature = "runtime-load"))]
mod tests {
    use super::*;
    use crate::locale::{Lang, Registry};

    /// Tags built from every shipped locale and from languages, scripts,
    /// regions, variants, POSIX suffixes, case and separators that the
    /// rules above treat apart, plus junk.
    fn corpus() -> Vec<String> {
        let mut languages: Vec<String> = Lang::all()
            .map(|l| l.tag().split('-').next().unwrap().to_string())
            .collect();
        languages.extend(
            [
                "iw",
                "in",
                "ji",
                "no",
                "nn",
                "und",
                "xx",
                "en",
                "fr",
                "sr",
                "az",
                "bg",
                "lt",
                "lv",
                "yue",
                "fil",
                "abcde",
                "abcdefgh",
                "abcdefghi",
                "abcd",
                "a",
                "e1",
                "EN",
                "Zh",
                "PT",
                "nB",
            ]
            .map(String::from),
        );
        let scripts = ["", "Hant", "hans", "HANS", "Latn", "Cyrl", "Arab", "Zzzz"];
        let regions = [
            "", "TW", "hk", "MO", "CN", "SG", "BR", "PT", "AT", "DE", "US", "GB", "RU", "IR", "SR",
            "419", "001", "FR", "NO", "IL", "ID", "1", "ABC",
        ];
        let variants = [
            "",
            "valencia",
            "1996",
            "posix",
            "a!cd",
            "1!cd",
            "toolongvariant",
        ];
        let mut out = Vec::new();
        for language in &languages {
            for script in scripts {
                for region in regions {
                    let mut tag = language.clone();
                    for part in [script, region] {
                        if !part.is_empty() {
                            tag.push('-');
                            tag.push_str(part);
                        }
                    }
                    out.push(tag.clone());
                    if script.is_empty() {
                        for variant in variants.iter().filter(|v| !v.is_empty()) {
                            out.push(format!("{tag}-{variant}"));
                        }
                        out.push(tag.replace('-', "_") + ".UTF-8");
                        out.push(tag.replace('-', "_") + "@euro");
                    }
                }
            }
        }
        for lang in Lang::all() {
            out.push(lang.tag().to_string());
            out.push(lang.tag().to_ascii_uppercase());
            out.push(lang.tag().replace('-', "_") + ".UTF-8");
        }
        out.extend(
            [
                "",
                "C",
                "POSIX",
                "C.UTF-8",
                "-",
                "_",
                "@",
                ".",
                "de-",
                "-de",
                "de--AT",
                "de-AT-",
                "ünï",
                "de\u{0}",
                "1234",
                "de-x-private",
                "de-AT-u-ca-buddhist",
                "en-US-POSIX",
                "zh-Hant-TW-x",
                "de_AT.UTF-8@euro",
                "de.UTF-8",
                "@de",
                "zh_TW.Big5",
                "zh-Hans-TW",
                "zh-Hant-CN",
                "zh-HK",
                "zh-SG",
                "zh-MO",
                "sr-RU",
                "az-IR",
                "zh-GB",
                "zh-US",
                "en-basiceng",
                "de-1901-1901",
                "de-1901-1996",
            ]
            .map(String::from),
        );
        out
    }

    #[test]
    fn answers_as_the_full_negotiation_does() {
        let registry = Registry::current();
        let tags: Vec<&str> = Lang::all().map(Lang::tag).collect();
        let corpus = corpus();
        assert!(corpus.len() > 10_000, "{}", corpus.len());
        for tag in &corpus {
            let full = registry.find(tag).map(Lang::id);
            assert_eq!(find(tags.iter().copied(), tag.as_bytes()), full, "{tag:?}");
        }
    }

    #[test]
    fn answers_as_the_full_negotiation_does_for_fewer_locales() {
        // A firmware build ships some locales: the answers must hold for
        // any subset, in the order the build lists them (English first).
        let all: Vec<&str> = Lang::all().map(Lang::tag).collect();
        let subsets: [&[&str]; 4] = [
            &["en", "de"],
            &["en", "pt-BR", "zh-TW"],
            &["en", "zh-CN", "pt", "nb"],
            &["en", "pt-BR", "pt", "he", "id"],
        ];
        for subset in subsets {
            let entries = subset
                .iter()
                .map(|t| {
                    let lang = all.iter().position(|a| a == t).unwrap();
                    let shipped = &crate::catalog::SHIPPED[lang];
                    crate::locale::Entry::new(shipped.tag, shipped.catalog)
                })
                .collect();
            let registry = Registry::with(entries);
            for tag in corpus() {
                let full = registry.find(&tag).map(Lang::id);
                assert_eq!(
                    find(subset.iter().copied(), tag.as_bytes()),
                    full,
                    "{tag:?} in {subset:?}"
                );
            }
        }
    }

    #[test]
    fn the_fallback_languages_are_locale_rs_ones() {
        for language in ["iw", "in", "ji", "no", "nn", "de", "xx"] {
            assert_eq!(
                language_fallback(language.as_bytes()),
                crate::locale::language_fallback(language).map(str::as_bytes),
                "{language}"
            );
        }
    }
}
