//! The Reason header field (RFC 3326, updated by RFC 6432 and RFC 8606):
//! reading a header value into its reason values, and writing a Q.850 value
//! with the cause's name in the reader's language.
//!
//! ```
//! use sipstatus::{parse_reasons, Cause, Protocol, Reason};
//!
//! let values = parse_reasons(r#"Q.850 ; cause=16 ; text="Terminated";location=LN"#).unwrap();
//! assert_eq!(values[0].protocol, Protocol::Q850);
//! assert_eq!(values[0].cause, Some(16));
//! assert_eq!(values[0].text.as_deref(), Some("Terminated"));
//! assert_eq!(values[0].location.map(|l| l.token()), Some("LN"));
//!
//! let busy = Reason::q850(Cause::new(17).unwrap(), "de");
//! assert_eq!(busy.to_string(), r#"Q.850;cause=17;text="Teilnehmer besetzt""#);
//! ```

use crate::locale::Lang;
use crate::q850::Cause;
use std::borrow::Cow;
use std::fmt;

/// The protocol of a reason value: the registered ones (IANA "Reason
/// Protocols") that sipstatus reads, or any other token as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Protocol<'a> {
    /// `SIP`: `cause` is a SIP status code.
    Sip,
    /// `Q.850`: `cause` is a Q.850 cause value, in decimal.
    Q850,
    /// Any other protocol token, e.g. `preemption` (RFC 4411).
    Other(&'a str),
}

impl Protocol<'_> {
    /// The protocol token: `SIP` and `Q.850` in their registered spelling,
    /// any other as written.
    pub fn as_str(&self) -> &str {
        match self {
            Protocol::Sip => "SIP",
            Protocol::Q850 => "Q.850",
            Protocol::Other(token) => token,
        }
    }
}

/// Where a Q.850 cause was generated: the 4-bit location of Q.850, written
/// as a token in the `location` parameter (RFC 8606 §3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Location(u8);

impl Location {
    /// The RFC 8606 token of each location value, 0 to 15.
    pub const TOKENS: [&'static str; 16] = [
        "U", "LPN", "LN", "TN", "RLN", "RPN", "LOC-6", "INTL", "LOC-8", "LOC-9", "BI", "LOC-11",
        "LOC-12", "LOC-13", "LOC-14", "LOC-15",
    ];

    /// The location with Q.850 value `value` (0 to 15).
    pub fn new(value: u8) -> Option<Location> {
        (usize::from(value) < Location::TOKENS.len()).then_some(Location(value))
    }

    /// The location a token names, in any letter case (ABNF strings are
    /// case-insensitive), e.g. `LN` or `ln`.
    pub fn from_token(token: &str) -> Option<Location> {
        let i = Location::TOKENS
            .iter()
            .position(|t| t.eq_ignore_ascii_case(token))?;
        Some(Location(i as u8))
    }

    /// The Q.850 location value, 0 to 15.
    pub const fn value(self) -> u8 {
        self.0
    }

    /// The RFC 8606 token, e.g. `LN` for 2.
    pub const fn token(self) -> &'static str {
        Location::TOKENS[self.0 as usize]
    }
}

/// One reason value of a Reason header, e.g.
/// `Q.850;cause=16;text="Normal call clearing";location=LN`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason<'a> {
    pub protocol: Protocol<'a>,
    /// The `cause` parameter: a Q.850 cause, a SIP status code, or the
    /// protocol's own number. Not range-checked (`Q.850;cause=900` reads as
    /// 900); never more than [`MAX_CAUSE`], so that it fits a C `int`.
    pub cause: Option<u32>,
    /// The `text` parameter, unescaped (a `\"` reads as `"`; a folded line
    /// reads as one space). It holds no CR or LF, but may hold other control
    /// characters the sender wrote.
    pub text: Option<Cow<'a, str>>,
    /// The `location` parameter (RFC 8606): only for Q.850 values, and only
    /// when it is one of the sixteen tokens; otherwise ignored, as the RFC
    /// says of it for other protocols.
    pub location: Option<Location>,
}

/// The largest `cause` read: larger numbers are rejected as malformed.
pub const MAX_CAUSE: u32 = i32::MAX as u32;

impl Reason<'static> {
    /// The Q.850 value for `cause`, with its name in `lang` as the text:
    /// what a gateway puts in the Reason header of a response (RFC 6432).
    pub fn q850(cause: Cause, lang: impl Into<Lang>) -> Reason<'static> {
        Reason {
            protocol: Protocol::Q850,
            cause: Some(cause.value().into()),
            text: Some(Cow::Borrowed(cause.name(lang))),
            location: None,
        }
    }
}

/// The reason value as a header writes it: `protocol;cause=N;text="..."`
/// and, for Q.850, `;location=TOKEN`, each only when present. The text is
/// a quoted-string (RFC 3261 §25.1): `"` and `\` are escaped with `\`, as
/// are control characters other than tab; CR and LF, which a quoted-string
/// cannot hold, are written as spaces. Non-ASCII text is written as UTF-8.
impl fmt::Display for Reason<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.protocol.as_str())?;
        if let Some(cause) = self.cause {
            write!(f, ";cause={cause}")?;
        }
        if let Some(text) = &self.text {
            f.write_str(";text=\"")?;
            for c in text.chars() {
                match c {
                    '"' | '\\' => write!(f, "\\{c}")?,
                    '\r' | '\n' => f.write_str(" ")?,
                    '\t' => f.write_str("\t")?,
                    c if c.is_ascii_control() => write!(f, "\\{c}")?,
                    c => write!(f, "{c}")?,
                }
            }
            f.write_str("\"")?;
        }
        if let (Protocol::Q850, Some(location)) = (self.protocol, self.location) {
            write!(f, ";location={}", location.token())?;
        }
        Ok(())
    }
}

/// Why a Reason header value is malformed, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReasonError {
    /// The byte offset in the value where parsing stopped.
    pub at: usize,
    pub problem: &'static str,
}

impl fmt::Display for ReasonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "malformed Reason value at byte {}: {}",
            self.at, self.problem
        )
    }
}

impl std::error::Error for ReasonError {}

/// Reads a Reason header value (what follows `Reason:`) per the ABNF of
/// RFC 3326 §2 with the `location` parameter of RFC 8606: one or more
/// comma-separated `protocol *(;param)` values, in order.
///
/// - Protocol tokens and parameter names match in any letter case.
/// - Whitespace, and line folding (CRLF followed by whitespace), is allowed
///   around `;`, `=` and `,`, and before and after the whole value.
/// - `cause` is 1*DIGIT (leading zeros allowed, at most [`MAX_CAUSE`]);
///   `text` is a quoted-string (escapes `\x` are undone; UTF-8 allowed);
///   any other parameter must be a well-formed generic-param
///   (`name[=token|quoted-string|[IPv6]]`) and is skipped.
/// - `cause`, `text` or `location` given twice in one value is an error:
///   which one counts would be a guess.
/// - Several values with the same protocol are all returned: RFC 3326 asked
///   for one per protocol, RFC 9366 allows more where a protocol says so.
///
/// Anything else (an empty value, an empty list element, an unterminated
/// quoted-string, a bare CR or LF, a control character outside an escape,
/// ...) is an error.
pub fn parse_reasons(value: &str) -> Result<Vec<Reason<'_>>, ReasonError> {
    let mut p = Parser { s: value, pos: 0 };
    let mut values = Vec::new();
    p.sws();
    loop {
        values.push(p.reason_value()?);
        p.sws();
        match p.peek() {
            None => return Ok(values),
            Some(b',') => {
                p.pos += 1;
                p.sws();
            }
            Some(_) => return p.fail("expected ';', ',' or the end of the value"),
        }
    }
}

/// A parameter's value: `gen-value = token / host / quoted-string`.
enum Value<'a> {
    Token(&'a str),
    Quoted(Cow<'a, str>),
    Host,
}

struct Parser<'a> {
    s: &'a str,
    pos: usize,
}

fn is_wsp(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

/// RFC 3261 `token` characters.
fn is_token_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-.!%*_+`'~".contains(&b)
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u8> {
        self.s.as_bytes().get(self.pos).copied()
    }

    fn fail<T>(&self, problem: &'static str) -> Result<T, ReasonError> {
        Err(ReasonError {
            at: self.pos,
            problem,
        })
    }

    /// The length of the LWS (`[*WSP CRLF] 1*WSP`) at `at`, if there is
    /// one, and whether it folds a line.
    fn lws_at(&self, at: usize) -> Option<(usize, bool)> {
        let b = self.s.as_bytes();
        let skip_wsp = |mut i: usize| {
            while b.get(i).copied().is_some_and(is_wsp) {
                i += 1;
            }
            i
        };
        let i = skip_wsp(at);
        if b[i..].starts_with(b"\r\n") && b.get(i + 2).copied().is_some_and(is_wsp) {
            return Some((skip_wsp(i + 2) - at, true));
        }
        (i > at).then_some((i - at, false))
    }

    /// Skips optional whitespace (SWS).
    fn sws(&mut self) {
        if let Some((len, _)) = self.lws_at(self.pos) {
            self.pos += len;
        }
    }

    fn token(&mut self, what: &'static str) -> Result<&'a str, ReasonError> {
        let start = self.pos;
        while self.peek().is_some_and(is_token_char) {
            self.pos += 1;
        }
        if self.pos == start {
            return self.fail(what);
        }
        Ok(&self.s[start..self.pos])
    }

    /// `reason-value = protocol *(SEMI reason-params)`
    fn reason_value(&mut self) -> Result<Reason<'a>, ReasonError> {
        let token = self.token("expected a protocol token")?;
        let protocol = if token.eq_ignore_ascii_case("SIP") {
            Protocol::Sip
        } else if token.eq_ignore_ascii_case("Q.850") {
            Protocol::Q850
        } else {
            Protocol::Other(token)
        };
        let mut reason = Reason {
            protocol,
            cause: None,
            text: None,
            location: None,
        };
        let (mut seen_cause, mut seen_text, mut seen_location) = (false, false, false);
        loop {
            let before = self.pos;
            self.sws();
            if self.peek() != Some(b';') {
                self.pos = before;
                return Ok(reason);
            }
            self.pos += 1;
            self.sws();
            let name_at = self.pos;
            let name = self.token("expected a parameter name")?;
            let after_name = self.pos;
            self.sws();
            let value = if self.peek() == Some(b'=') {
                self.pos += 1;
                self.sws();
                Some(self.value()?)
            } else {
                self.pos = after_name;
                None
            };
            let at = |problem| ReasonError {
                at: name_at,
                problem,
            };
            if name.eq_ignore_ascii_case("cause") {
                if std::mem::replace(&mut seen_cause, true) {
                    return Err(at("cause is given twice"));
                }
                let Some(Value::Token(digits)) = value else {
                    return Err(at("cause must be =DIGITS"));
                };
                reason.cause = Some(parse_cause(digits).map_err(at)?);
            } else if name.eq_ignore_ascii_case("text") {
                if std::mem::replace(&mut seen_text, true) {
                    return Err(at("text is given twice"));
                }
                let Some(Value::Quoted(text)) = value else {
                    return Err(at("text must be a quoted string"));
                };
                reason.text = Some(text);
            } else if name.eq_ignore_ascii_case("location") {
                if std::mem::replace(&mut seen_location, true) {
                    return Err(at("location is given twice"));
                }
                if let (Protocol::Q850, Some(Value::Token(token))) = (protocol, &value) {
                    reason.location = Location::from_token(token);
                }
            }
        }
    }

    /// `gen-value = token / host / quoted-string`; a host is a token or an
    /// IPv6 reference.
    fn value(&mut self) -> Result<Value<'a>, ReasonError> {
        match self.peek() {
            Some(b'"') => self.quoted_string().map(Value::Quoted),
            Some(b'[') => {
                let start = self.pos;
                self.pos += 1;
                while self
                    .peek()
                    .is_some_and(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
                {
                    self.pos += 1;
                }
                if self.peek() != Some(b']') || self.pos == start + 1 {
                    return self.fail("malformed IPv6 reference");
                }
                self.pos += 1;
                Ok(Value::Host)
            }
            _ => self.token("expected a parameter value").map(Value::Token),
        }
    }

    /// `quoted-string = DQUOTE *(qdtext / quoted-pair) DQUOTE` (RFC 3261
    /// §25.1), unescaped. Borrows the input unless an escape or a folded
    /// line had to be rewritten.
    fn quoted_string(&mut self) -> Result<Cow<'a, str>, ReasonError> {
        let b = self.s.as_bytes();
        self.pos += 1; // the opening quote
        let start = self.pos;
        let mut owned: Option<String> = None;
        loop {
            let Some(&c) = b.get(self.pos) else {
                return self.fail("unterminated quoted string");
            };
            match c {
                b'"' => {
                    let text = match owned {
                        Some(s) => Cow::Owned(s),
                        None => Cow::Borrowed(&self.s[start..self.pos]),
                    };
                    self.pos += 1;
                    return Ok(text);
                }
                // quoted-pair = "\" (%x00-09 / %x0B-0C / %x0E-7F)
                b'\\' => match b.get(self.pos + 1) {
                    Some(&e) if e.is_ascii() && e != b'\r' && e != b'\n' => {
                        let s = owned.get_or_insert_with(|| self.s[start..self.pos].to_owned());
                        s.push(char::from(e));
                        self.pos += 2;
                    }
                    _ => return self.fail("invalid escape in quoted string"),
                },
                b' ' | b'\t' | b'\r' => match self.lws_at(self.pos) {
                    Some((len, true)) => {
                        let s = owned.get_or_insert_with(|| self.s[start..self.pos].to_owned());
                        s.push(' ');
                        self.pos += len;
                    }
                    Some((len, false)) => {
                        if let Some(s) = &mut owned {
                            s.push_str(&self.s[self.pos..self.pos + len]);
                        }
                        self.pos += len;
                    }
                    None => return self.fail("CR not followed by LF and whitespace"),
                },
                0x21..=0x7e => {
                    if let Some(s) = &mut owned {
                        s.push(char::from(c));
                    }
                    self.pos += 1;
                }
                0x80.. => {
                    // UTF8-NONASCII: the input is a str, so a whole char.
                    let ch = self.s[self.pos..].chars().next().unwrap_or_default();
                    if let Some(s) = &mut owned {
                        s.push(ch);
                    }
                    self.pos += ch.len_utf8();
                }
                _ => return self.fail("control character in quoted string"),
            }
        }
    }
}

/// `cause = 1*DIGIT`, at most [`MAX_CAUSE`].
fn parse_cause(digits: &str) -> Result<u32, &'static str> {
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err("cause must be decimal digits");
    }
    let trimmed = digits.trim_start_matches('0');
    if trimmed.is_empty() {
        return Ok(0);
    }
    match trimmed.parse::<u32>() {
        Ok(n) if n <= MAX_CAUSE => Ok(n),
        _ => Err("cause is larger than 2147483647"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(value: &str) -> Reason<'_> {
        let mut values = parse_reasons(value).unwrap_or_else(|e| panic!("{value:?}: {e}"));
        assert_eq!(values.len(), 1, "{value:?}");
        values.remove(0)
    }

    fn q850(cause: u32, text: Option<&str>, location: Option<&str>) -> Reason<'static> {
        Reason {
            protocol: Protocol::Q850,
            cause: Some(cause),
            text: text.map(|t| Cow::Owned(t.to_owned())),
            location: location.and_then(Location::from_token),
        }
    }

    #[test]
    fn the_rfc_examples() {
        // RFC 3326 §2
        assert_eq!(
            one(r#"SIP ;cause=200 ;text="Call completed elsewhere""#),
            Reason {
                protocol: Protocol::Sip,
                cause: Some(200),
                text: Some("Call completed elsewhere".into()),
                location: None,
            }
        );
        assert_eq!(
            one(r#"Q.850 ;cause=16 ;text="Terminated""#),
            q850(16, Some("Terminated"), None)
        );
        // RFC 8606 §5
        assert_eq!(
            one(r#"Q.850;cause=1;text="Unallocated (unassigned) number";location=LN"#),
            q850(1, Some("Unallocated (unassigned) number"), Some("LN"))
        );
        assert_eq!(
            one(r#"Q.850;cause=16;text="Normal call clearing";location=LN"#),
            q850(16, Some("Normal call clearing"), Some("LN"))
        );
    }

    #[test]
    fn several_values_in_order() {
        let values = parse_reasons(
            "SIP;cause=200;text=\"Call completed elsewhere\" ,\tQ.850;cause=16;text=\"Terminated\"",
        )
        .unwrap();
        assert_eq!(values.len(), 2);
        assert_eq!(
            (values[0].protocol, values[0].cause),
            (Protocol::Sip, Some(200))
        );
        assert_eq!(values[1], q850(16, Some("Terminated"), None));
        let values =
            parse_reasons("preemption;cause=1;text=\"UA Preemption\",Q.850;cause=8").unwrap();
        assert_eq!(values[0].protocol, Protocol::Other("preemption"));
        assert_eq!(values[1], q850(8, None, None));
    }

    #[test]
    fn whitespace_case_and_folding() {
        let want = q850(17, Some("User busy"), Some("RLN"));
        for value in [
            r#"Q.850;cause=17;text="User busy";location=RLN"#,
            r#"  q.850 ; CAUSE = 17 ; Text= "User busy" ;LOCATION =rln  "#,
            "Q.850\t;\tcause\t=\t17;text=\"User busy\";location=RLN\t",
            "Q.850\r\n ;cause=\r\n\t17;text=\"User busy\";location=RLN",
            "Q.850;cause=017;text=\"User busy\";location=RLN",
            "Q.850;text=\"User busy\";location=RLN;cause=17",
        ] {
            assert_eq!(one(value), want, "{value:?}");
        }
        // A folded line inside the text reads as one space; plain
        // whitespace is kept as it is.
        assert_eq!(one("SIP;text=\"a\r\n  b\"").text.as_deref(), Some("a b"));
        assert_eq!(
            one("SIP;text=\" a \t b \"").text.as_deref(),
            Some(" a \t b ")
        );
    }

    #[test]
    fn escapes_and_utf8() {
        let r = one(r#"Q.850;cause=17;text="say \"busy\" \\ \o""#);
        assert_eq!(r.text.as_deref(), Some(r#"say "busy" \ o"#));
        assert!(matches!(r.text, Some(Cow::Owned(_))));
        let r = one(r#"Q.850;cause=17;text="Teilnehmer besetzt""#);
        assert!(matches!(r.text, Some(Cow::Borrowed(_))));
        assert_eq!(
            one("Q.850;cause=17;text=\"用户忙\"").text.as_deref(),
            Some("用户忙")
        );
        assert_eq!(one("SIP;text=\"\"").text.as_deref(), Some(""));
        assert_eq!(one("SIP;text=\"\\\t\"").text.as_deref(), Some("\t"));
    }

    #[test]
    fn other_parameters_are_skipped_and_location_is_for_q850_only() {
        let r = one(r#"Q.850;cause=16;foo;bar=baz;x="y;z";h=[2001:db8::1];location=ln"#);
        assert_eq!(r, q850(16, None, Some("LN")));
        assert_eq!(one("SIP;cause=487;location=LN").location, None);
        assert_eq!(one("Q.850;cause=16;location=XX").location, None);
        assert_eq!(one("Q.850;cause=16;location=\"LN\"").location, None);
        assert_eq!(one("Q.850;cause=16;location").location, None);
        for (i, token) in Location::TOKENS.iter().enumerate() {
            let value = format!("Q.850;cause=16;location={token}");
            assert_eq!(one(&value).location.map(Location::value), Some(i as u8));
        }
        assert_eq!(one("X").cause, None);
    }

    #[test]
    fn cause_bounds() {
        assert_eq!(one("Q.850;cause=0").cause, Some(0));
        assert_eq!(one("Q.850;cause=000").cause, Some(0));
        assert_eq!(one("Q.850;cause=2147483647").cause, Some(MAX_CAUSE));
        assert_eq!(
            one("Q.850;cause=00000000000000000000000000000017").cause,
            Some(17)
        );
        assert!(parse_reasons("Q.850;cause=2147483648").is_err());
        assert!(parse_reasons("Q.850;cause=99999999999999999999999").is_err());
    }

    #[test]
    fn malformed_values_are_rejected() {
        for value in [
            "",
            "   ",
            ";cause=16",
            "Q.850;",
            "Q.850;;cause=16",
            "Q.850;cause",
            "Q.850;cause=",
            "Q.850;cause=-1",
            "Q.850;cause=1a",
            "Q.850;cause=+1",
            "Q.850;cause=\"16\"",
            "Q.850;cause=16;cause=16",
            "Q.850;text=abc",
            "Q.850;text=\"abc",
            "Q.850;text=\"abc\\",
            "Q.850;text=\"a\";text=\"b\"",
            "Q.850;location=LN;location=LN",
            "Q.850;text=\"a\rb\"",
            "Q.850;text=\"a\nb\"",
            "Q.850;text=\"a\r\nb\"",
            "Q.850;text=\"a\\\rb\"",
            "Q.850;text=\"a\\\nb\"",
            "Q.850;text=\"a\\é\"",
            "Q.850;text=\"a\x01b\"",
            "Q.850;text=\"a\x7fb\"",
            "Q.850;text=\"a\0b\"",
            "Q.850;cause=16,",
            ",Q.850;cause=16",
            "SIP,,Q.850",
            "Q.850 cause=16",
            "Q.850;cause=16 x",
            "Q.850;cause=16\r\n",
            "Q.850\r\n;cause=16",
            "Q.850;cause=16\n",
            "Q.850;cause=16;h=[]",
            "Q.850;cause=16;h=[::1",
            "Q.850;text=\"x\"\"",
            "Q 850",
            "Q.850;cause=16;=x",
            "Q.850;cause=16;x=",
            "Q.8(50",
            "Reason: Q.850;cause=16",
        ] {
            let result = parse_reasons(value);
            assert!(result.is_err(), "{value:?} gave {result:?}");
            let at = result.unwrap_err().at;
            assert!(at <= value.len(), "{value:?}: error at {at}");
        }
    }

    #[test]
    fn formatting_escapes_and_round_trips() {
        let r = Reason {
            protocol: Protocol::Other("x-proto"),
            cause: Some(3),
            text: Some(r#"a "q" \ b	c"#.into()),
            location: Some(Location(2)),
        };
        // location is written for Q.850 only.
        assert_eq!(
            r.to_string(),
            "x-proto;cause=3;text=\"a \\\"q\\\" \\\\ b\tc\""
        );
        assert_eq!(
            one(&r.to_string()),
            Reason {
                location: None,
                ..r
            }
        );
        let r = q850(16, Some("ctl \x01 nul \0 del \x7f"), Some("BI"));
        assert_eq!(
            r.to_string(),
            "Q.850;cause=16;text=\"ctl \\\x01 nul \\\0 del \\\x7f\";location=BI"
        );
        assert_eq!(one(&r.to_string()), r);
        let r = Reason {
            text: Some("two\r\nlines\n".into()),
            ..q850(1, None, None)
        };
        assert_eq!(r.to_string(), "Q.850;cause=1;text=\"two  lines \"");
    }

    #[test]
    fn q850_values_in_every_locale() {
        for lang in Lang::all() {
            for cause in Cause::all() {
                let r = Reason::q850(cause, lang);
                let written = r.to_string();
                assert!(written.starts_with(&format!("Q.850;cause={cause};text=\"")));
                let read = one(&written);
                assert_eq!(read.text.as_deref(), Some(cause.name(lang)), "{written}");
                assert_eq!(read, r);
            }
        }
    }

    #[test]
    fn locations() {
        assert_eq!(Location::new(2).map(Location::token), Some("LN"));
        assert_eq!(Location::new(16), None);
        assert_eq!(Location::from_token("intl").map(Location::value), Some(7));
        assert_eq!(Location::from_token("LOC-16"), None);
        assert_eq!(Location::from_token(""), None);
    }
}
