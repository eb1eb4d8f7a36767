//! Properties of every string and of negotiation: every phrase,
//! description, class name and Q.850 name of every locale fits an RFC 3261
//! status line, and no `lang` (arbitrary text or bytes) panics or selects a
//! locale that does not exist.

use proptest::prelude::*;
use sipstatus::ffi::*;
use sipstatus::{negotiate, Cause, CauseClass, Class, Lang, StatusCode};
use std::ffi::{c_char, CStr};

/// RFC 3261 §25.1: `Reason-Phrase = *(reserved / unreserved / escaped /
/// UTF8-NONASCII / UTF8-CONT / SP / HTAB)`, without HTAB and the C1
/// controls the grammar would let through: no control character at all.
/// `Err` names the first offending character.
fn reason_phrase(s: &str) -> Result<(), String> {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let ok = match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => true,
            // mark, then reserved, then SP
            b'-' | b'_' | b'.' | b'!' | b'~' | b'*' | b'\'' | b'(' | b')' => true,
            b';' | b'/' | b'?' | b':' | b'@' | b'&' | b'=' | b'+' | b'$' | b',' => true,
            b' ' => true,
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit));
                i += if hex { 2 } else { 0 };
                hex
            }
            0x80.. => true, // UTF8-NONASCII / UTF8-CONT; controls are checked below
            _ => false,
        };
        if !ok {
            return Err(format!("byte {b:#04x} ({:?}) at {i} in {s:?}", b as char));
        }
        i += 1;
    }
    match s.chars().find(|c| c.is_control()) {
        Some(c) => Err(format!("control character {c:?} in {s:?}")),
        None => Ok(()),
    }
}

/// Bytes the C ABI returned: NUL-terminated UTF-8.
fn c_text(p: *const c_char) -> &'static str {
    assert!(!p.is_null());
    let bytes = unsafe { CStr::from_ptr(p) }.to_bytes();
    std::str::from_utf8(bytes).expect("UTF-8")
}

fn c_tag(lang: Lang) -> String {
    format!("{}\0", lang.tag())
}

#[test]
fn every_string_of_every_locale_is_a_reason_phrase() {
    let mut checked = 0;
    let mut bad = Vec::new();
    let mut check = |what: String, s: &str| {
        checked += 1;
        if s.is_empty() {
            bad.push(format!("{what}: empty"));
        }
        if let Err(e) = reason_phrase(s) {
            bad.push(format!("{what}: {e}"));
        }
    };
    for lang in Lang::all() {
        let tag = c_tag(lang);
        let p = tag.as_ptr().cast::<c_char>();
        for code in StatusCode::known() {
            let n = code.as_u16().into();
            check(
                format!("{lang} reason {code}"),
                c_text(unsafe { sip_reason(n, p) }),
            );
            check(
                format!("{lang} description {code}"),
                c_text(unsafe { sip_description(n, p) }),
            );
        }
        for class in Class::ALL {
            let name = c_text(unsafe { sip_class_name(class.number().into(), p) });
            check(format!("{lang} class {class:?}"), name);
        }
        for cause in Cause::all() {
            check(format!("{lang} Q.850 cause {cause}"), cause.name(lang));
        }
        for class in CauseClass::ALL {
            check(format!("{lang} Q.850 class {class:?}"), class.name(lang));
        }
    }
    assert!(
        bad.is_empty(),
        "{} of {checked} strings break RFC 3261's Reason-Phrase:\n{}",
        bad.len(),
        bad.join("\n")
    );
    assert!(checked > 100 * Lang::all().len());
}

#[test]
fn the_grammar_check_rejects_what_it_must() {
    for bad in [
        "a\r\nb",
        "tab\there",
        "\u{85}",
        "say \"hi\"",
        "<x>",
        "50%",
        "%4",
        "a#b",
        "{x}",
        "a\\b",
    ] {
        assert!(reason_phrase(bad).is_err(), "{bad:?}");
    }
    for good in [
        "Busy Here",
        "Anfragefehler",
        "%20ok",
        "Не найдено",
        "未找到",
        "l'appel (a; b/c?)",
    ] {
        assert_eq!(reason_phrase(good), Ok(()), "{good:?}");
    }
}

/// Tags as people write them: BCP 47 in any case with `-` or `_`, POSIX
/// names with a codeset and a modifier.
fn tag_like() -> impl Strategy<Value = String> {
    "[a-zA-Z]{1,8}([-_][a-zA-Z0-9]{1,8}){0,4}(\\.[A-Za-z0-9-]{1,10})?(@[a-z]{1,8})?"
}

proptest! {
    #[test]
    fn negotiating_any_text_gives_an_available_locale(tag in prop_oneof![tag_like(), any::<String>()]) {
        let lang = negotiate(&tag);
        prop_assert!(Lang::all().any(|l| l == lang));
        prop_assert_eq!(Lang::from_id(lang.id()), Some(lang));
        // The tag it answers with selects it again.
        prop_assert_eq!(negotiate(lang.tag()), lang);
    }

    #[test]
    fn any_lang_bytes_through_c_give_an_available_locale(bytes in proptest::collection::vec(any::<u8>(), 0..100)) {
        let mut buf = bytes.clone();
        buf.push(0);
        let tag = c_text(unsafe { sip_negotiated_lang(buf.as_ptr().cast()) });
        let available: Vec<&str> = (0..sip_lang_count()).map(|i| c_text(sip_lang_at(i))).collect();
        prop_assert!(available.contains(&tag), "{} not in {:?}", tag, available);
    }

    #[test]
    fn any_code_in_any_lang_is_a_reason_phrase_or_nothing(code in any::<i32>(), tag in tag_like()) {
        let lang = negotiate(&tag);
        match StatusCode::new(code.into()) {
            Ok(status) => prop_assert_eq!(reason_phrase(status.reason(lang)), Ok(())),
            Err(_) => prop_assert!(!(100..=699).contains(&code)),
        }
    }
}
