//! The Reason header parser and formatter under 100,000 generated inputs
//! from a fixed seed (so a failure replays): nothing panics, and every
//! result keeps the contract, through the Rust API and through the C ABI.
//! Half the inputs are random bytes, half are random sequences of grammar
//! fragments, which reach the parser's deeper states far more often.
//! (A cargo-fuzz target over the same contract belongs in `fuzz/`.)

use sipstatus::ffi::{
    sip_format_reason, sip_parse_reason, sip_parse_reason_values, sip_parse_reasons, SipReason,
    SipReasonProtocol, SipReasonValue, SIP_REASON_MAX_LEN, SIP_REASON_PROTOCOL_STIR,
};
use sipstatus::{parse_reasons, Lang, Location, Protocol, Reason, MAX_CAUSE};
use std::ffi::{c_char, CStr};

/// xorshift64*: small, fast, and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
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

fn pick<'a>(rng: &mut Rng, from: &[&'a str]) -> &'a str {
    from[rng.below(from.len())]
}

/// A Reason value built by the grammar, with random whitespace, case and
/// parameters; a third of them then get one to three random edits.
fn structured(rng: &mut Rng) -> Vec<u8> {
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
    let mut s = String::new();
    for v in 0..1 + rng.below(3) {
        if v > 0 {
            s += pick(rng, WS);
            s += ",";
            s += pick(rng, WS);
        }
        s += pick(
            rng,
            &[
                "Q.850",
                "SIP",
                "sip",
                "q.850",
                "preemption",
                "X-1",
                "STIR",
                "stir",
            ],
        );
        for _ in 0..rng.below(4) {
            s += pick(rng, WS);
            s += ";";
            s += pick(rng, WS);
            match rng.below(4) {
                0 => {
                    s += pick(rng, &["cause", "CAUSE"]);
                    s += pick(rng, WS);
                    s += "=";
                    s += pick(rng, WS);
                    s += &(rng.next() % 10u64.pow(1 + rng.below(12) as u32)).to_string();
                }
                1 => {
                    s += "text=\"";
                    for _ in 0..rng.below(60) {
                        s += pick(rng, TEXT);
                    }
                    s += "\"";
                }
                2 => {
                    s += "location=";
                    s += pick(rng, &Location::TOKENS);
                }
                _ => s += pick(rng, &["foo", "foo=bar", "h=[2001:db8::1]", "q=\"x,y\""]),
            }
        }
    }
    let mut bytes = s.into_bytes();
    if rng.below(3) == 0 {
        for _ in 0..1 + rng.below(3) {
            let at = rng.below(bytes.len() + 1);
            match rng.below(3) {
                0 => drop(bytes.splice(at..at, pick(rng, FRAGMENTS).bytes())),
                1 if at < bytes.len() => drop(bytes.remove(at)),
                _ => bytes.insert(at, rng.next() as u8),
            }
        }
    }
    bytes
}

fn random_input(rng: &mut Rng) -> Vec<u8> {
    match rng.below(3) {
        0 => {
            let len = rng.below(48);
            (0..len).map(|_| rng.next() as u8).collect()
        }
        1 => {
            let mut s = Vec::new();
            for _ in 0..rng.below(16) {
                s.extend_from_slice(pick(rng, FRAGMENTS).as_bytes());
            }
            s
        }
        _ => structured(rng),
    }
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
    let mut rng = Rng(0x5150_3835_3000_0001);
    let mut accepted = 0;
    let mut truncated = 0;
    for _ in 0..100_000 {
        let input = random_input(&mut rng);
        let values = rust_values(&input);
        accepted += usize::from(values.is_some());
        let c_view = &input[..input.iter().position(|&b| b == 0).unwrap_or(input.len())];
        let c_values = rust_values(c_view);
        truncated += check_c_matches(c_view, c_values.as_deref());
    }
    // The fragments must reach well-formed values, not only errors.
    assert!(accepted > 15_000, "only {accepted} accepted");
    // And some that are long enough to cut the C text field.
    assert!(truncated > 500, "only {truncated} texts cut");
    println!("{accepted} of 100000 accepted, {truncated} C texts cut");
}

#[test]
fn random_format_calls_keep_the_contract() {
    let mut rng = Rng(0x5150_3835_3000_0002);
    let langs: Vec<Lang> = Lang::all().collect();
    for _ in 0..20_000 {
        let cause = match rng.below(3) {
            0 => rng.below(130) as i32 - 1,
            1 => rng.next() as i32,
            _ => 17,
        };
        let lang = langs[rng.below(langs.len())];
        let tag = format!("{}\0", lang.tag());
        let len = rng.below(100);
        let mut buf = vec![0x55u8; len + 8];
        let needed =
            unsafe { sip_format_reason(cause, tag.as_ptr().cast(), buf.as_mut_ptr().cast(), len) };
        let full =
            unsafe { sip_format_reason(cause, tag.as_ptr().cast(), std::ptr::null_mut(), 0) };
        assert_eq!(needed, full);
        assert!(buf[len..].iter().all(|&b| b == 0x55), "wrote past len");
        let cause_is_assigned = sipstatus::Cause::new(cause.into());
        assert_eq!(needed == 0, cause_is_assigned.is_none());
        if len > 0 {
            let written = CStr::from_bytes_until_nul(&buf[..len])
                .unwrap()
                .to_str()
                .unwrap();
            let whole =
                cause_is_assigned.map_or(String::new(), |c| Reason::q850(c, lang).to_string());
            assert_eq!(needed, whole.len());
            assert!(whole.starts_with(written));
            assert!(written.len() == whole.len() || written.len() + 4 >= len);
        }
    }
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
