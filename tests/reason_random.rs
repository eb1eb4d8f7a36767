//! The Reason header parser and formatter under generated inputs
//! (proptest, a fixed seed so a failure replays): nothing panics, and every
//! result keeps the contract, through the Rust API and through the C ABI.
//! A third of the inputs are random bytes, a third random sequences of
//! grammar fragments, a third values built by the grammar and then edited,
//! which reach the parser's deeper states far more often. (A cargo-fuzz
//! target over the same contract is in `fuzz/`.)

use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::{Config, TestRunner};
use sipstatus::ffi::{
    sip_format_reason, sip_parse_reason, sip_parse_reason_values, sip_parse_reasons, SipReason,
    SipReasonProtocol, SipReasonValue, SIP_REASON_MAX_LEN, SIP_REASON_PROTOCOL_STIR,
};
use sipstatus::{parse_reasons, Lang, Location, Protocol, Reason, MAX_CAUSE};
use std::cell::Cell;
use std::ffi::{c_char, CStr};

/// A runner with a fixed seed and `cases` cases.
fn runner(cases: u32) -> TestRunner {
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    TestRunner::new_with_rng(
        config,
        proptest::test_runner::TestRng::deterministic_rng(
            proptest::test_runner::RngAlgorithm::ChaCha,
        ),
    )
}

const FRAGMENTS: &[&str] = &[
    "Q.850",
    "SIP",
    "q.850",
    "sip",
    "preemption",
    "STIR",
    "X-",
    ";",
    ";",
    "=",
    ",",
    " ",
    "\t",
    "\r\n ",
    "\r\n",
    "\r",
    "\n",
    "cause",
    "CAUSE",
    "text",
    "Text",
    "location",
    "LN",
    "ln",
    "BI",
    "LOC-15",
    "LOC-16",
    "=16",
    "=200",
    "=0",
    "=2147483647",
    "=2147483648",
    "=0017",
    "\"",
    "\"\"",
    "\\",
    "\\\"",
    "\\\\",
    "\"Normal call clearing\"",
    "\"a\\\"b\"",
    "é",
    "用户忙",
    "\u{1F4DE}",
    "[::1]",
    "[",
    "]",
    "x",
    "1",
    "9",
    "\0",
    "\x01",
    "\x7f",
    "Reason:",
    "foo=bar",
    "\"unterminated",
];

const WS: &[&str] = &["", "", " ", "\t", "\r\n ", "  "];
const TEXT: &[&str] = &[
    "a",
    "Busy",
    " ",
    "\\\"",
    "\\\\",
    "\\x",
    "é",
    "用户忙",
    "\r\n\t",
    ";,=",
];

/// One `;name=value` parameter, with random whitespace around its `;`.
fn parameter() -> impl Strategy<Value = String> {
    let cause = (
        select(&["cause", "CAUSE"][..]),
        select(WS),
        select(WS),
        1..=12u32,
        any::<u64>(),
    )
        .prop_map(|(name, a, b, digits, n)| format!("{name}{a}={b}{}", n % 10u64.pow(digits)));
    let text = proptest::collection::vec(select(TEXT), 0..60)
        .prop_map(|parts| format!("text=\"{}\"", parts.concat()));
    let location = select(&Location::TOKENS[..]).prop_map(|t| format!("location={t}"));
    let other =
        select(&["foo", "foo=bar", "h=[2001:db8::1]", "q=\"x,y\""][..]).prop_map(String::from);
    (
        select(WS),
        select(WS),
        prop_oneof![cause, text, location, other],
    )
        .prop_map(|(a, b, p)| format!("{a};{b}{p}"))
}

/// One value: a protocol and up to three parameters.
fn value() -> impl Strategy<Value = String> {
    let protocol = select(
        &[
            "Q.850",
            "SIP",
            "sip",
            "q.850",
            "preemption",
            "X-1",
            "STIR",
            "stir",
        ][..],
    );
    (protocol, proptest::collection::vec(parameter(), 0..4))
        .prop_map(|(p, params)| format!("{p}{}", params.concat()))
}

/// An edit of a value's bytes: insert a fragment, remove a byte, insert a
/// random byte, at a position given as a fraction of the length.
#[derive(Clone, Debug)]
enum Edit {
    Fragment(f64, &'static str),
    Remove(f64),
    Byte(f64, u8),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0.0..=1.0f64, select(FRAGMENTS)).prop_map(|(at, f)| Edit::Fragment(at, f)),
        (0.0..=1.0f64).prop_map(Edit::Remove),
        (0.0..=1.0f64, any::<u8>()).prop_map(|(at, b)| Edit::Byte(at, b)),
    ]
}

/// A Reason header built by the grammar, with random whitespace, case and
/// parameters; a third of them then get one to three random edits.
fn structured() -> impl Strategy<Value = Vec<u8>> {
    let values = (
        proptest::collection::vec(value(), 1..=3),
        select(WS),
        select(WS),
    )
        .prop_map(|(values, a, b)| values.join(&format!("{a},{b}")));
    let edits = prop_oneof![
        2 => Just(Vec::new()),
        1 => proptest::collection::vec(edit(), 1..=3),
    ];
    (values, edits).prop_map(|(s, edits)| {
        let mut bytes = s.into_bytes();
        for e in edits {
            let at = |f: f64| ((bytes.len() as f64) * f) as usize;
            match e {
                Edit::Fragment(f, text) => {
                    let i = at(f).min(bytes.len());
                    drop(bytes.splice(i..i, text.bytes()));
                }
                Edit::Remove(f) if !bytes.is_empty() => {
                    let i = at(f).min(bytes.len() - 1);
                    bytes.remove(i);
                }
                Edit::Remove(_) => {}
                Edit::Byte(f, b) => {
                    let i = at(f).min(bytes.len());
                    bytes.insert(i, b);
                }
            }
        }
        bytes
    })
}

fn random_input() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..48),
        proptest::collection::vec(select(FRAGMENTS), 0..16).prop_map(|f| f.concat().into_bytes()),
        structured(),
    ]
}

fn zeroed() -> SipReason {
    // SAFETY: every field of SipReason is valid as all zero bytes.
    unsafe { std::mem::zeroed() }
}

fn zeroed_value() -> SipReasonValue {
    // SAFETY: every field of SipReasonValue is valid as all zero bytes.
    unsafe { std::mem::zeroed() }
}

/// A char array of SipReason as a str: it must hold a NUL and UTF-8.
fn c_field(field: &[c_char]) -> &str {
    let bytes = unsafe { std::slice::from_raw_parts(field.as_ptr().cast::<u8>(), field.len()) };
    let s = CStr::from_bytes_until_nul(bytes).expect("NUL-terminated");
    s.to_str().expect("valid UTF-8")
}

fn is_zero(r: &SipReason) -> bool {
    let bytes = unsafe {
        std::slice::from_raw_parts(
            (r as *const SipReason).cast::<u8>(),
            std::mem::size_of::<SipReason>(),
        )
    };
    bytes.iter().all(|&b| b == 0)
}

/// What the Rust API says of `input`: its values, or `None` if rejected.
fn rust_values(input: &[u8]) -> Option<Vec<Reason<'_>>> {
    let values = parse_reasons(std::str::from_utf8(input).ok()?).ok()?;
    assert!(!values.is_empty());
    for v in &values {
        assert!(v.cause.is_none_or(|c| c <= MAX_CAUSE));
        assert!(v.location.is_none() || v.protocol == Protocol::Q850);
        assert!(!v.text.as_deref().unwrap_or("").contains(['\r', '\n']));
    }
    // What is read, written back, reads the same.
    let written: Vec<String> = values.iter().map(Reason::to_string).collect();
    let joined = written.join(", ");
    assert_eq!(parse_reasons(&joined).as_ref(), Ok(&values), "{joined:?}");
    Some(values)
}

/// Checks the C ABI against the Rust API; returns how many texts C cut.
fn check_c_matches(input: &[u8], values: Option<&[Reason<'_>]>) -> usize {
    let mut c_string = input.to_vec();
    c_string.push(0);
    let ptr = c_string.as_ptr().cast::<c_char>();
    // As C sees it, the value ends at its first NUL.
    let mut out = [zeroed(); 3];
    let count = unsafe { sip_parse_reasons(ptr, out.as_mut_ptr(), out.len()) };
    let mut first = zeroed();
    let ok = unsafe { sip_parse_reason(ptr, &mut first) };
    assert_eq!(ok, count > 0);
    assert_eq!(
        unsafe { sip_parse_reasons(ptr, std::ptr::null_mut(), 5) },
        count
    );
    match values {
        None => {
            assert_eq!(count, 0, "{input:?}");
            assert!(out.iter().all(is_zero) && is_zero(&first));
            let mut new = [zeroed_value(); 2];
            new[1].cause = 5;
            assert_eq!(
                unsafe { sip_parse_reason_values(ptr, new.as_mut_ptr(), 2) },
                0
            );
            assert!(new.iter().all(|v| v.protocol == 0 && v.cause == 0));
            0
        }
        Some(values) => {
            assert_eq!(count, values.len(), "{input:?}");
            for (c, r) in out.iter().zip(values) {
                let protocol = match r.protocol {
                    Protocol::Sip => SipReasonProtocol::SIP_REASON_PROTOCOL_SIP,
                    Protocol::Q850 => SipReasonProtocol::SIP_REASON_PROTOCOL_Q850,
                    // The old struct's enum has no STIR.
                    Protocol::Stir | Protocol::Other(_) => {
                        SipReasonProtocol::SIP_REASON_PROTOCOL_OTHER
                    }
                };
                assert_eq!(c.protocol, protocol);
                assert_eq!(c.cause, r.cause.map_or(-1, |n| n as i32));
                assert_eq!(c.location, r.location.map_or(-1, |l| l.value().into()));
                assert!(r.protocol.as_str().starts_with(c_field(&c.protocol_name)));
                let text = r.text.as_deref().unwrap_or("");
                let c_text = c_field(&c.text);
                assert_eq!(c.has_text, r.text.is_some());
                assert!(text.starts_with(c_text) && c_text.len() < 128);
                assert_eq!(c.text_truncated, c_text.len() < text.len());
                assert!(!c.text_truncated || c_text.len() + 4 > 127);
            }
            assert_eq!(first.cause, out[0].cause);
            assert_eq!(c_field(&first.text), c_field(&out[0].text));
            // sip_parse_reason_values: the same, STIR told apart, and
            // whether the cause is the protocol's.
            let mut new = [zeroed_value(); 3];
            let n = unsafe { sip_parse_reason_values(ptr, new.as_mut_ptr(), new.len()) };
            assert_eq!(n, count);
            for ((v, c), r) in new.iter().zip(&out).zip(values) {
                let want = match r.protocol {
                    Protocol::Stir => SIP_REASON_PROTOCOL_STIR,
                    _ => c.protocol as i32,
                };
                assert_eq!(v.protocol, want);
                assert_eq!((v.cause, v.location), (c.cause, c.location));
                assert_eq!(v.cause_known, r.is_known_cause());
                assert_eq!(
                    (v.has_text, v.text_truncated),
                    (c.has_text, c.text_truncated)
                );
                assert_eq!(c_field(&v.text), c_field(&c.text));
                assert_eq!(c_field(&v.protocol_name), c_field(&c.protocol_name));
            }
            out.iter().take(count).filter(|c| c.text_truncated).count()
        }
    }
}

#[test]
fn random_headers_keep_the_contract() {
    let (accepted, truncated, total) = (Cell::new(0), Cell::new(0), Cell::new(0));
    runner(30_000)
        .run(&random_input(), |input| {
            let values = rust_values(&input);
            accepted.set(accepted.get() + usize::from(values.is_some()));
            let c_view = &input[..input.iter().position(|&b| b == 0).unwrap_or(input.len())];
            let c_values = rust_values(c_view);
            truncated.set(truncated.get() + check_c_matches(c_view, c_values.as_deref()));
            total.set(total.get() + 1);
            Ok(())
        })
        .unwrap();
    let (accepted, truncated, total) = (accepted.get(), truncated.get(), total.get());
    // The fragments must reach well-formed values, not only errors.
    assert!(accepted > total / 8, "only {accepted} of {total} accepted");
    // And some that are long enough to cut the C text field.
    assert!(truncated > total / 200, "only {truncated} texts cut");
    println!("{accepted} of {total} accepted, {truncated} C texts cut");
}

#[test]
fn random_format_calls_keep_the_contract() {
    let langs: Vec<Lang> = Lang::all().collect();
    let cause = prop_oneof![-1..129i32, any::<i32>(), Just(17)];
    let strategy = (cause, 0..langs.len(), 0..100usize);
    runner(20_000)
        .run(&strategy, |(cause, lang, len)| {
            let lang = langs[lang];
            let tag = format!("{}\0", lang.tag());
            let mut buf = vec![0x55u8; len + 8];
            let needed = unsafe {
                sip_format_reason(cause, tag.as_ptr().cast(), buf.as_mut_ptr().cast(), len)
            };
            let full =
                unsafe { sip_format_reason(cause, tag.as_ptr().cast(), std::ptr::null_mut(), 0) };
            prop_assert_eq!(needed, full);
            prop_assert!(buf[len..].iter().all(|&b| b == 0x55), "wrote past len");
            let cause_is_assigned = sipstatus::Cause::new(cause.into());
            prop_assert_eq!(needed == 0, cause_is_assigned.is_none());
            if len > 0 {
                let written = CStr::from_bytes_until_nul(&buf[..len])
                    .unwrap()
                    .to_str()
                    .unwrap();
                let whole =
                    cause_is_assigned.map_or(String::new(), |c| Reason::q850(c, lang).to_string());
                prop_assert_eq!(needed, whole.len());
                prop_assert!(whole.starts_with(written));
                prop_assert!(written.len() == whole.len() || written.len() + 4 >= len);
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn at_most_1024_bytes_are_read() {
    // 1023 bytes and a NUL: read. 1024 bytes before the NUL: rejected.
    let head = "Q.850;cause=16;text=\"";
    for (len, ok) in [(SIP_REASON_MAX_LEN - 1, true), (SIP_REASON_MAX_LEN, false)] {
        let mut value = head.to_owned();
        value.push_str(&"x".repeat(len - head.len() - 1));
        value.push('"');
        assert_eq!(value.len(), len);
        value.push('\0');
        let mut out = zeroed();
        assert_eq!(
            unsafe { sip_parse_reason(value.as_ptr().cast(), &mut out) },
            ok
        );
        assert_eq!(out.text_truncated, ok);
        assert_eq!(c_field(&out.text).len(), if ok { 127 } else { 0 });
    }
    let mut out = zeroed();
    assert!(!unsafe { sip_parse_reason(std::ptr::null(), &mut out) });
    assert!(is_zero(&out));
}
