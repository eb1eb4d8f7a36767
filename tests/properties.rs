//! Properties of every string and of negotiation: every phrase,
//! description, class name, Q.850 name and warn-code text of every locale
//! fits an RFC 3261 status line, and no `lang` (arbitrary text or bytes)
//! panics or selects a locale that does not exist. And the header values:
//! a Warning or SIP Reason value formatted in any locale, through Rust or
//! C, parses back to what was formatted; received text, once sanitized, is
//! one clean line; `is_valid_reason_phrase` is RFC 3261's grammar.

use proptest::prelude::*;
use sipstatus::ffi::*;
use sipstatus::{
    is_bidi_control, is_line_break_or_control, is_valid_reason_phrase, is_valid_warn_agent,
    negotiate, parse_reasons, parse_warnings, sanitize_text, Cause, CauseClass, Class, Lang,
    Protocol, Reason, StatusCode, WarnCode, Warning,
};
use std::borrow::Cow;
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
        for code in WarnCode::all() {
            check(format!("{lang} warn-code {code}"), code.text(lang));
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

/// Warn-agents of every shape: host names, IPv4 and IPv6 references, each
/// with or without a port, and pseudonyms (tokens).
fn agent() -> impl Strategy<Value = String> {
    let regex = |r: &str| proptest::string::string_regex(r).expect("a valid regex");
    let label = "[a-zA-Z0-9]([a-zA-Z0-9-]{0,8}[a-zA-Z0-9])?";
    let host = format!("({label}\\.){{0,3}}[a-zA-Z]([a-zA-Z0-9-]{{0,6}}[a-zA-Z0-9])?\\.?");
    let ipv4 = "[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}";
    let port = "(:[0-9]{1,5})?";
    prop_oneof![
        regex(&format!("{host}{port}")),
        regex(&format!("{ipv4}{port}")),
        (any::<[u16; 8]>(), regex(port)).prop_map(|(a, p)| {
            let ip = std::net::Ipv6Addr::from(a);
            format!("[{ip}]{p}")
        }),
        regex("[-.!%*_+`'~a-zA-Z0-9]{1,20}"),
    ]
}

fn lang_of(i: usize) -> Lang {
    Lang::from_id(i % Lang::all().len()).expect("a locale")
}

fn warn_code_of(i: usize) -> WarnCode {
    WarnCode::all()
        .nth(i % WarnCode::all().len())
        .expect("a code")
}

proptest! {
    #[test]
    fn every_generated_agent_is_one(agent in agent()) {
        prop_assert!(is_valid_warn_agent(&agent), "{:?}", agent);
    }

    #[test]
    fn warnings_format_and_parse_back_in_every_locale(i in any::<usize>(), l in any::<usize>(), agent in agent()) {
        let (code, lang) = (warn_code_of(i), lang_of(l));
        let w = Warning::new(code, &agent, lang).expect("a valid agent");
        let written = w.to_string();
        let read = parse_warnings(&written).expect("parses");
        prop_assert_eq!(&read, &vec![w.clone()]);
        prop_assert_eq!(read[0].known(), Some(code));
        // The same through C, into the plain struct.
        let tag = format!("{}\0", lang.tag());
        let c_agent = format!("{agent}\0");
        let mut buf = vec![0u8; written.len() + 1];
        let n = unsafe {
            sip_format_warning(code.value().into(), c_agent.as_ptr().cast(), tag.as_ptr().cast(), buf.as_mut_ptr().cast(), buf.len())
        };
        prop_assert_eq!(n, written.len());
        prop_assert_eq!(c_text(buf.as_ptr().cast()), written.as_str());
        let mut out = std::mem::MaybeUninit::<SipWarning>::zeroed();
        let ok = unsafe { sip_parse_warning(buf.as_ptr().cast(), out.as_mut_ptr()) };
        prop_assert!(ok);
        let out = unsafe { out.assume_init() };
        prop_assert_eq!(out.code, i32::from(code.value()));
        prop_assert!(out.known);
        prop_assert_eq!(c_text(out.agent.as_ptr()), agent.as_str());
        prop_assert_eq!(c_text(out.text.as_ptr()), code.text(lang));
    }

    /// Any code, agent and text (but CR and LF, which a quoted-string
    /// cannot hold and the writer turns into spaces) reads back as written.
    #[test]
    fn any_warning_value_round_trips(code in 0u16..1000, agent in agent(), text in "[^\r\n]{0,40}") {
        let w = Warning { code, agent: &agent, text: Cow::Borrowed(&text) };
        let written = w.to_string();
        prop_assert_eq!(parse_warnings(&written), Ok(vec![w]));
    }

    #[test]
    fn sip_reason_values_format_and_parse_back_in_every_locale(i in any::<usize>(), l in any::<usize>()) {
        let code = StatusCode::known().nth(i % StatusCode::known().len()).expect("a code");
        let lang = lang_of(l);
        let r = Reason::sip(code, lang).expect("known");
        let written = r.to_string();
        prop_assert_eq!(parse_reasons(&written), Ok(vec![r.clone()]));
        let tag = format!("{}\0", lang.tag());
        let mut buf = vec![0u8; written.len() + 1];
        let n = unsafe {
            sip_format_reason_sip(code.as_u16().into(), tag.as_ptr().cast(), buf.as_mut_ptr().cast(), buf.len())
        };
        prop_assert_eq!(n, written.len());
        prop_assert_eq!(c_text(buf.as_ptr().cast()), written.as_str());
        let mut v = std::mem::MaybeUninit::<SipReasonValue>::zeroed();
        let ok = unsafe { sip_parse_reason_value(buf.as_ptr().cast(), v.as_mut_ptr()) };
        prop_assert!(ok);
        let v = unsafe { v.assume_init() };
        prop_assert_eq!(v.protocol, SipReasonProtocol::SIP_REASON_PROTOCOL_SIP as i32);
        prop_assert_eq!(v.cause, i32::from(code.as_u16()));
        prop_assert!(v.cause_known && v.has_text);
        prop_assert_eq!(c_text(v.text.as_ptr()), code.reason(lang));
    }

    #[test]
    fn stir_values_are_told_apart(cause in prop_oneof![Just(436u32), Just(437), Just(438), Just(608), any::<u32>()], case in "(STIR|stir|Stir|sTiR)") {
        let cause = cause.min(i32::MAX as u32);
        let value = format!("{case};cause={cause}");
        let read = parse_reasons(&value).expect("parses");
        prop_assert_eq!(read[0].protocol, Protocol::Stir);
        prop_assert_eq!(read[0].is_known_cause(), [436, 437, 438, 608].contains(&cause));
    }

    #[test]
    fn sanitized_text_is_one_clean_line(bytes in proptest::collection::vec(any::<u8>(), 0..200), text in any::<String>()) {
        for input in [bytes.as_slice(), text.as_bytes()] {
            let clean = sanitize_text(input);
            prop_assert!(!clean.chars().any(|c| is_line_break_or_control(c) || is_bidi_control(c)), "{:?}", clean);
            prop_assert!(!clean.contains("  ") && clean.trim() == clean, "{:?}", clean);
            prop_assert_eq!(sanitize_text(clean.as_bytes()), clean.clone());
            // Through C, with any buffer: the same text, or a prefix of it.
            let mut buf = vec![0u8; clean.len() + 1];
            let n = unsafe { sip_sanitize_text(input.as_ptr().cast(), input.len(), buf.as_mut_ptr().cast(), buf.len()) };
            prop_assert_eq!(n, clean.len());
            prop_assert_eq!(c_text(buf.as_ptr().cast()), clean.as_str());
        }
    }

    /// `is_valid_reason_phrase` is the grammar `reason_phrase` checks above,
    /// which refuses the tab the grammar allows.
    #[test]
    fn reason_phrase_check_is_the_grammar(text in any::<String>(), ascii in "[ -~\t\r\n%]{0,30}") {
        for s in [text.as_str(), ascii.as_str()] {
            let without_tabs = s.replace('\t', " ");
            prop_assert_eq!(is_valid_reason_phrase(s), reason_phrase(&without_tabs).is_ok(), "{:?}", s);
        }
    }
}
