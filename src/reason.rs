//! The Reason header field (RFC 3326, updated by RFC 6432 and RFC 8606):
//! reading a header value into its reason values, and writing a Q.850 or a
//! SIP value with the cause's name or the code's phrase in the reader's
//! language. The `STIR` protocol of RFC 9410 is recognised too.
//!
//! ```
//! use sipstatus::{parse_reasons, Cause, Protocol, Reason, StatusCode};
//!
//! let values = parse_reasons(r#"Q.850 ; cause=16 ; text="Terminated";location=LN"#).unwrap();
//! assert_eq!(values[0].protocol, Protocol::Q850);
//! assert_eq!(values[0].cause, Some(16));
//! assert_eq!(values[0].text.as_deref(), Some("Terminated"));
//! assert_eq!(values[0].location.map(|l| l.token()), Some("LN"));
//!
//! let busy = Reason::q850(Cause::new(17).unwrap(), "de");
//! assert_eq!(busy.to_string(), r#"Q.850;cause=17;text="Teilnehmer besetzt""#);
//!
//! let everywhere = Reason::sip(StatusCode::BUSY_EVERYWHERE, "de").unwrap();
//! assert_eq!(everywhere.to_string(), r#"SIP;cause=600;text="Teilnehmer besetzt""#);
//!
//! let stir = &parse_reasons(r#"STIR;cause=436;text="Bad Identity Info""#).unwrap()[0];
//! assert_eq!((stir.protocol, stir.cause), (Protocol::Stir, Some(436)));
//! assert!(stir.is_known_cause());
//! ```

use crate::code::StatusCode;
use crate::header::{write_quoted, Failure, Parser};
use crate::locale::Lang;
use crate::q850::Cause;
use std::borrow::Cow;
use std::fmt;

/// The protocol of a reason value: the registered ones (IANA "Reason
/// Protocols") that sipstatus reads, or any other token as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Protocol<'a> {
    /// `SIP`: `cause` is a SIP status code (RFC 3326).
    Sip,
    /// `Q.850`: `cause` is a Q.850 cause value, in decimal.
    Q850,
    /// `STIR` (RFC 9410): `cause` is the SIP status code of a STIR/SHAKEN
    /// verification failure, one of [`STIR_CAUSES`].
    Stir,
    /// Any other protocol token, e.g. `preemption` (RFC 4411).
    Other(&'a str),
}

/// The causes of the `STIR` protocol (RFC 9410): the STIR/SHAKEN failure
/// codes 436 Bad Identity Info, 437 Unsupported Credential, 438 Invalid
/// Identity Header and 608 Rejected.
pub const STIR_CAUSES: [StatusCode; 4] = [
    StatusCode::BAD_IDENTITY_INFO,
    StatusCode::UNSUPPORTED_CREDENTIAL,
    StatusCode::INVALID_IDENTITY_HEADER,
    StatusCode::REJECTED,
];

impl<'a> Protocol<'a> {
    /// The protocol a token names: `SIP`, `Q.850` and `STIR` in any letter
    /// case, any other as written.
    pub fn from_token(token: &'a str) -> Protocol<'a> {
        if token.eq_ignore_ascii_case("SIP") {
            Protocol::Sip
        } else if token.eq_ignore_ascii_case("Q.850") {
            Protocol::Q850
        } else if token.eq_ignore_ascii_case("STIR") {
            Protocol::Stir
        } else {
            Protocol::Other(token)
        }
    }
}

impl Protocol<'_> {
    /// The protocol token: `SIP`, `Q.850` and `STIR` in their registered
    /// spelling, any other as written.
    pub fn as_str(&self) -> &str {
        match self {
            Protocol::Sip => "SIP",
            Protocol::Q850 => "Q.850",
            Protocol::Stir => "STIR",
            Protocol::Other(token) => token,
        }
    }

    /// Whether `cause` is one this protocol defines: a SIP status code
    /// sipstatus knows (see [`StatusCode::is_known`]) for `SIP`, a cause
    /// value Q.850 assigns for `Q.850`, one of [`STIR_CAUSES`] for `STIR`;
    /// never for another protocol, whose causes sipstatus does not know.
    pub fn is_known_cause(&self, cause: u32) -> bool {
        let code = || StatusCode::new(i64::from(cause)).ok();
        match self {
            Protocol::Sip => code().is_some_and(StatusCode::is_known),
            Protocol::Q850 => Cause::new(i64::from(cause)).is_some(),
            Protocol::Stir => code().is_some_and(|c| STIR_CAUSES.contains(&c)),
            Protocol::Other(_) => false,
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

    /// The SIP value for a known `code` (RFC 3326 §2), with its reason
    /// phrase in `lang` as the text, e.g. `SIP;cause=600;text="Busy
    /// Everywhere"`; `None` for a code sipstatus does not know (a code of
    /// 100 to 699 outside the table has no phrase of its own).
    pub fn sip(code: StatusCode, lang: impl Into<Lang>) -> Option<Reason<'static>> {
        code.is_known().then(|| Reason {
            protocol: Protocol::Sip,
            cause: Some(code.as_u16().into()),
            text: Some(Cow::Borrowed(code.reason(lang))),
            location: None,
        })
    }
}

impl Reason<'_> {
    /// Whether the value has a cause its protocol defines (see
    /// [`Protocol::is_known_cause`]).
    pub fn is_known_cause(&self) -> bool {
        self.cause
            .is_some_and(|cause| self.protocol.is_known_cause(cause))
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
            f.write_str(";text=")?;
            write_quoted(f, text)?;
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
    let mut p = Parser::new(value);
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
            Some(_) => {
                let problem = "expected ';', ',' or the end of the value";
                return Err(Failure { at: p.pos, problem }.into());
            }
        }
    }
}

/// A parameter's value: `gen-value = token / host / quoted-string`.
enum Value<'a> {
    Token(&'a str),
    Quoted(Cow<'a, str>),
    Host,
}

impl From<Failure> for ReasonError {
    fn from(f: Failure) -> ReasonError {
        ReasonError {
            at: f.at,
            problem: f.problem,
        }
    }
}

impl<'a> Parser<'a> {
    /// `reason-value = protocol *(SEMI reason-params)`
    fn reason_value(&mut self) -> Result<Reason<'a>, Failure> {
        let token = self.token("expected a protocol token")?;
        let protocol = Protocol::from_token(token);
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
            let at = |problem| Failure {
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
    fn value(&mut self) -> Result<Value<'a>, Failure> {
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
    use crate::code::StatusCode;

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
    fn sip_and_stir_protocols_and_their_causes() {
        for (value, protocol) in [
            ("SIP;cause=600", Protocol::Sip),
            ("sip;cause=600", Protocol::Sip),
            ("STIR;cause=436", Protocol::Stir),
            ("stir ; CAUSE=436", Protocol::Stir),
            ("Stir;cause=436", Protocol::Stir),
            ("STIRX;cause=436", Protocol::Other("STIRX")),
        ] {
            assert_eq!(one(value).protocol, protocol, "{value:?}");
        }
        assert_eq!(one("stir;cause=1").protocol.as_str(), "STIR");
        let r = one(r#"STIR;cause=436;text="Bad Identity Info""#);
        assert_eq!(r.cause, Some(436));
        assert_eq!(r.text.as_deref(), Some("Bad Identity Info"));
        assert!(r.is_known_cause());
        // RFC 9410's causes only; SIP's are every known code.
        for cause in [436, 437, 438, 608] {
            assert!(Protocol::Stir.is_known_cause(cause), "{cause}");
        }
        for cause in [0, 403, 428, 439, 486, 600, 607, 609, u32::MAX] {
            assert!(!Protocol::Stir.is_known_cause(cause), "{cause}");
        }
        assert!(Protocol::Sip.is_known_cause(486) && Protocol::Sip.is_known_cause(701));
        assert!(!Protocol::Sip.is_known_cause(499) && !Protocol::Sip.is_known_cause(99));
        assert!(Protocol::Q850.is_known_cause(16) && !Protocol::Q850.is_known_cause(45));
        assert!(!Protocol::Other("x").is_known_cause(16));
        assert!(!one("SIP").is_known_cause());
        assert_eq!(
            STIR_CAUSES.map(StatusCode::as_u16),
            [436, 437, 438, 608],
            "the spec's list"
        );
    }

    #[test]
    fn sip_values_in_every_locale() {
        for lang in Lang::all() {
            for code in StatusCode::known() {
                let r = Reason::sip(code, lang).expect("a known code");
                let written = r.to_string();
                assert!(written.starts_with(&format!("SIP;cause={code};text=\"")));
                let read = one(&written);
                assert_eq!(read.text.as_deref(), Some(code.reason(lang)), "{written}");
                assert_eq!(read, r);
                assert!(read.is_known_cause());
            }
        }
        assert_eq!(
            Reason::sip(StatusCode::BUSY_EVERYWHERE, None)
                .unwrap()
                .to_string(),
            r#"SIP;cause=600;text="Busy Everywhere""#
        );
        assert_eq!(Reason::sip(StatusCode::new(499).unwrap(), None), None);
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
