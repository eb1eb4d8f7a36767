//! The phrase language a request asks for: RFC 3261 §20.3 lets a SIP
//! request's `Accept-Language` choose the language of the reason phrase in
//! its response. Weights follow RFC 9110 §12.4.2 and §12.5.4.
//!
//! fluent-langneg's `accepted_languages::parse` is not used: it drops the
//! weights and keeps the written order (`fr;q=0.5, de` gives fr first),
//! keeps `q=0` ranges as wanted, keeps ranges whose weight is invalid, and
//! drops `*`. Matching a range to a locale is [`Lang::negotiate`]'s.

use crate::locale::Lang;
use std::cmp::Reverse;

/// The most bytes of an `Accept-Language` value that the C ABI reads
/// (`sip_lang_from_accept_language`): a longer value gives English there,
/// and in the Lua module.
pub const MAX_ACCEPT_LANGUAGE_LEN: usize = 1024;

/// One language range of the value, weight in thousandths (`q=0.5` is 500).
#[derive(Debug, PartialEq, Eq)]
struct Range<'a> {
    /// A language range (`de`, `de-CH`, `es-419`) or `*`.
    tag: &'a str,
    q: u16,
}

/// The available locale that best matches an `Accept-Language` header value
/// such as `da, en-gb;q=0.8, en;q=0.7`.
///
/// - Ranges are tried by weight, highest first (`q` is 1 when absent); at
///   equal weight in written order, except that a named language goes before
///   `*`. A range matches as in [`Lang::negotiate`] (`de-CH` gives `de`).
/// - `*` means any language: English, the default, or when `en;q=0`
///   refuses it the first locale in [`Lang::all`] order not refused.
/// - `q=0` refuses: no locale that the range covers (`de;q=0` covers `de`
///   and `de-AT`) is chosen, not even by fallback from `de-CH`.
/// - A malformed part (not a language range, a weight that is not a
///   `qvalue`, two weights, a bad parameter name, a U+FFFD anywhere in it)
///   is skipped, the rest still counts. U+FFFD is what invalid UTF-8 becomes
///   when a C caller's bytes are read (`sip_lang_from_accept_language`), so
///   a part with invalid UTF-8, even in the value of another parameter, is
///   skipped as the header says. Whitespace around `,`, `;` and `=` and other parameters (SIP's
///   `generic-param`) are allowed; `q` is matched in any case.
/// - English when nothing acceptable matches, and for an empty value.
pub fn lang_from_accept_language(value: &str) -> Lang {
    let all: Vec<Lang> = Lang::all().collect();
    let mut refused = vec![false; all.len()];
    let mut wanted = Vec::new();
    for range in value.split(',').filter_map(parse_range) {
        if range.q > 0 {
            wanted.push(range);
        } else if range.tag != "*" {
            for (lang, no) in all.iter().zip(&mut refused) {
                *no |= covers(range.tag, lang.tag());
            }
        }
    }
    // Stable: equal weights keep their written order.
    wanted.sort_by_key(|r| (Reverse(r.q), r.tag == "*"));
    let acceptable = |lang: &Lang| !refused.get(lang.id()).copied().unwrap_or(false);
    wanted
        .iter()
        .find_map(|r| match r.tag {
            "*" => all.iter().copied().find(acceptable),
            tag => Lang::find(tag).filter(acceptable),
        })
        .unwrap_or(Lang::ENGLISH)
}

/// Optional whitespace: SIP's SWS, with line folding already undone or not.
fn is_ows(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n')
}

/// `language-range [;q=qvalue] *(;generic-param)`; `None` when malformed.
fn parse_range(part: &str) -> Option<Range<'_>> {
    if part.contains(char::REPLACEMENT_CHARACTER) {
        return None;
    }
    let mut params = part.split(';');
    let tag = params.next()?.trim_matches(is_ows);
    if !is_language_range(tag) {
        return None;
    }
    let mut q = None;
    for param in params {
        let (name, value) = match param.split_once('=') {
            Some((name, value)) => (name.trim_matches(is_ows), Some(value.trim_matches(is_ows))),
            None => (param.trim_matches(is_ows), None),
        };
        if name.eq_ignore_ascii_case("q") {
            if q.is_some() {
                return None;
            }
            q = Some(parse_qvalue(value?)?);
        } else if !is_token(name) {
            return None;
        }
    }
    Some(Range {
        tag,
        q: q.unwrap_or(1000),
    })
}

/// RFC 4647 §2.1: `(1*8ALPHA *("-" 1*8alphanum)) / "*"`.
fn is_language_range(s: &str) -> bool {
    let subtag =
        |t: &str, ok: fn(&u8) -> bool| (1..=8).contains(&t.len()) && t.bytes().all(|b| ok(&b));
    let mut subtags = s.split('-');
    s == "*"
        || subtags
            .next()
            .is_some_and(|t| subtag(t, u8::is_ascii_alphabetic))
            && subtags.all(|t| subtag(t, u8::is_ascii_alphanumeric))
}

/// RFC 3261 §25.1 `token`, for the name of a parameter that is not `q`.
fn is_token(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-.!%*_+`'~".contains(&b))
}

/// `qvalue = ("0" ["." 0*3DIGIT]) / ("1" ["." 0*3("0")])`, in thousandths.
fn parse_qvalue(s: &str) -> Option<u16> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = (0..3).fold(0, |n, i| {
        n * 10 + frac.as_bytes().get(i).map_or(0, |d| u16::from(d - b'0'))
    });
    match int {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// RFC 4647 §3.3.1 basic filtering: `de` covers `de` and `de-AT`, not `den`.
fn covers(range: &str, tag: &str) -> bool {
    let (range, tag) = (range.as_bytes(), tag.as_bytes());
    tag.len() >= range.len()
        && tag[..range.len()].eq_ignore_ascii_case(range)
        && (tag.len() == range.len() || tag[range.len()] == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(value: &str) -> &'static str {
        lang_from_accept_language(value).tag()
    }

    #[test]
    fn weights_order_the_ranges_not_their_position() {
        assert_eq!(pick("de-CH, fr;q=0.5"), "de");
        assert_eq!(pick("fr;q=0.5, de"), "de");
        assert_eq!(pick("fr;q=0.5, de;q=0.501"), "de");
        assert_eq!(pick("fr;q=0.5, de;q=0.5"), "fr");
        assert_eq!(pick("qaa, en-gb;q=0.8, en;q=0.7"), "en");
        assert_eq!(pick("qaa, xx;q=0.9, it;q=0.1"), "it");
        assert_eq!(pick("pt-PT;q=0.2, pt-BR;q=0.3"), "pt-BR");
        assert_eq!(pick("pt-PT"), "pt");
    }

    #[test]
    fn q_zero_refuses_what_the_range_covers() {
        assert_eq!(pick("de;q=0"), "en");
        assert_eq!(pick("de;q=0, fr;q=0.1"), "fr");
        assert_eq!(pick("de-AT, de;q=0, fr;q=0.5"), "fr");
        assert_eq!(pick("de, de;q=0.000"), "en");
        // A more specific refusal leaves the wider locale acceptable.
        assert_eq!(pick("de-CH;q=0, de"), "de");
        assert_eq!(pick("d;q=0, de"), "de");
        assert_eq!(pick("*;q=0, de;q=0.1"), "de");
        assert_eq!(pick("*;q=0"), "en");
    }

    #[test]
    fn star_is_english_unless_something_more_specific_matches() {
        assert_eq!(pick("*"), "en");
        assert_eq!(pick("*, de"), "de");
        assert_eq!(pick("de, *"), "de");
        assert_eq!(pick("*;q=0.5, de;q=0.4"), "en");
        assert_eq!(pick("xx, *;q=0.1"), "en");
        // English refused: any other locale will do; the first one is taken.
        let second = Lang::all().nth(1).unwrap();
        assert_eq!(lang_from_accept_language("*, en;q=0"), second);
        assert_eq!(pick("en;q=0"), "en", "nothing acceptable: the default");
    }

    #[test]
    fn whitespace_case_and_other_parameters() {
        assert_eq!(pick(" de ; q = 0.5 ,\tfr;q=0.6 "), "fr");
        assert_eq!(pick("de;Q=0.5, fr;q=0.4"), "de");
        assert_eq!(pick("DE-ch"), "de");
        assert_eq!(pick("de;level=1;q=0.9, fr;q=0.8"), "de");
        assert_eq!(pick("de;flag, fr;q=0.8"), "de");
        assert_eq!(pick("fr;q=0.1,\r\n ja"), "ja");
        assert_eq!(pick(",, ,fr,"), "fr");
    }

    #[test]
    fn malformed_parts_are_skipped() {
        for bad in [
            "de;q=abc",
            "de;q=",
            "de;q",
            "de;q=1.5",
            "de;q=1.001",
            "de;q=2",
            "de;q=0.0001",
            "de;q=.5",
            "de;q=-0",
            "de;q=0.5;q=0.6",
            "de;",
            "de;=1",
            "de;a b=1",
            "d e",
            "de_DE",
            "de-",
            "-de",
            "de--CH",
            "1de",
            "toolongtag",
            "de-toolongtag",
            "ünïcödé",
            "de\0",
            "\"de\"",
            "de;x=\u{FFFD}",
            "de;level=\"a\u{FFFD}\"",
        ] {
            assert_eq!(parse_range(bad), None, "{bad:?}");
            assert_eq!(pick(&format!("{bad}, fr;q=0.1")), "fr", "{bad:?}");
        }
        for nothing in ["", " ", ",", ";", ";q=1", "*;", "xx", "C", "POSIX"] {
            assert_eq!(pick(nothing), "en", "{nothing:?}");
        }
    }

    #[test]
    fn every_locale_is_reachable_by_its_tag() {
        for lang in Lang::all() {
            assert_eq!(lang_from_accept_language(lang.tag()), lang);
            let lower = lang.tag().to_ascii_lowercase();
            assert_eq!(
                lang_from_accept_language(&format!("xx, {lower};q=0.9")),
                lang
            );
        }
    }

    #[test]
    fn qvalues() {
        for (text, q) in [
            ("0", 0),
            ("0.", 0),
            ("0.5", 500),
            ("0.05", 50),
            ("0.123", 123),
            ("0.999", 999),
            ("1", 1000),
            ("1.", 1000),
            ("1.000", 1000),
        ] {
            assert_eq!(parse_qvalue(text), Some(q), "{text}");
        }
        for text in [
            "", ".", "00", "01", "0.1234", "1.1", "2", "0,5", "0.5x", "+1", "q",
        ] {
            assert_eq!(parse_qvalue(text), None, "{text}");
        }
    }

    #[test]
    fn a_long_value_is_fine() {
        let long = "xx;q=0.9, ".repeat(10_000) + "ja;q=0.1, de;q=0";
        assert_eq!(pick(&long), "ja");
    }
}
