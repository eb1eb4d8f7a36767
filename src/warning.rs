//! The Warning header field (RFC 3261 §20.43): the table of registered
//! warn-codes (the IANA "Warning Codes" registry), their text in the
//! reader's language (`warning-NNN` in `locales/<lang>/warning.ftl`), and
//! reading and writing header values.
//!
//! RFC 3261 asks for the warn-text "in a natural language that is most
//! likely to be intelligible to the human user receiving the response":
//!
//! ```
//! use sipstatus::{parse_warnings, WarnCode, Warning};
//!
//! let code = WarnCode::new(307).unwrap();
//! assert_eq!(code.registered_text(), "Session description parameter not understood");
//! let w = Warning::new(code, "sip.example.com:5060", "de").unwrap();
//! assert_eq!(w.to_string(), format!("307 sip.example.com:5060 \"{}\"", code.text("de")));
//!
//! let read = parse_warnings(r#"370 [2001:db8::1] "Insufficient bandwidth", 399 gw1 "Odd""#).unwrap();
//! assert_eq!((read[0].code, read[0].agent), (370, "[2001:db8::1]"));
//! assert_eq!(read[1].text, "Odd");
//! ```

use crate::catalog::{Message, StaticText};
use crate::header::{is_token, write_quoted, Failure, Parser};
use crate::locale::Lang;
use std::borrow::Cow;
use std::fmt;
use std::net::Ipv6Addr;

/// One row of the warn-code table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WarnEntry {
    pub code: u16,
    /// The text the IANA registry gives the code, in English: what
    /// `locales/en/warning.ftl` says too.
    pub text: &'static str,
    /// The RFC that defines the code.
    pub rfc: u16,
}

const fn w(code: u16, text: &'static str, rfc: u16) -> WarnEntry {
    WarnEntry { code, text, rfc }
}

/// Every registered warn-code (IANA "SIP Parameters", "Warning Codes"), in
/// ascending order: RFC 3261 §20.43, RFC 5630 §5.3 (380, 381) and RFC 8373
/// (308).
pub const WARN_CODES: &[WarnEntry] = &[
    w(300, "Incompatible network protocol", 3261),
    w(301, "Incompatible network address formats", 3261),
    w(302, "Incompatible transport protocol", 3261),
    w(303, "Incompatible bandwidth units", 3261),
    w(304, "Media type not available", 3261),
    w(305, "Incompatible media format", 3261),
    w(306, "Attribute not understood", 3261),
    w(307, "Session description parameter not understood", 3261),
    w(308, "Incompatible language specification", 8373),
    w(330, "Multicast not available", 3261),
    w(331, "Unicast not available", 3261),
    w(370, "Insufficient bandwidth", 3261),
    w(380, "SIPS Not Allowed", 5630),
    w(381, "SIPS Required", 5630),
    w(399, "Miscellaneous warning", 3261),
];

// Sorted and unique, checked at build time: `row` searches it.
const _: () = {
    let mut i = 1;
    while i < WARN_CODES.len() {
        assert!(WARN_CODES[i - 1].code < WARN_CODES[i].code);
        i += 1;
    }
};

/// A registered warn-code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WarnCode(u16);

impl WarnCode {
    /// The warn-code `n`, if it is registered.
    pub fn new(n: i64) -> Option<WarnCode> {
        let n = u16::try_from(n).ok()?;
        row_of(n).map(|_| WarnCode(n))
    }

    pub const fn value(self) -> u16 {
        self.0
    }

    /// The code's row of [`WARN_CODES`].
    pub fn entry(self) -> &'static WarnEntry {
        &WARN_CODES[self.row()]
    }

    /// The registered English text, e.g. "Insufficient bandwidth".
    pub fn registered_text(self) -> &'static str {
        self.entry().text
    }

    /// The RFC that defines the code.
    pub fn rfc(self) -> u16 {
        self.entry().rfc
    }

    /// The code's text in `lang`, e.g. "Unzureichende Bandbreite" for 370
    /// in German; English gives the registered text.
    pub fn text(self, lang: impl Into<Lang>) -> &'static str {
        self.text_in(lang.into()).as_str()
    }

    pub(crate) fn text_in(self, lang: Lang) -> StaticText {
        lang.text(Message::Warning(self.row()))
    }

    pub(crate) fn row(self) -> usize {
        row_of(self.0).unwrap_or_default()
    }

    /// Every registered warn-code, ascending.
    pub fn all() -> impl ExactSizeIterator<Item = WarnCode> {
        WARN_CODES.iter().map(|e| WarnCode(e.code))
    }
}

impl fmt::Display for WarnCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

fn row_of(code: u16) -> Option<usize> {
    WARN_CODES.binary_search_by_key(&code, |e| e.code).ok()
}

/// One value of a Warning header: `warn-code SP warn-agent SP warn-text`,
/// e.g. `307 sip.example.com "Session description parameter not
/// understood"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning<'a> {
    /// The warn-code, 0 to 999 (three digits as written), registered or not
    /// (see [`Warning::known`]).
    pub code: u16,
    /// The warn-agent: the host (and port) or pseudonym of the server that
    /// added the value, as written (see [`is_valid_warn_agent`]).
    pub agent: &'a str,
    /// The warn-text, unescaped (a `\"` reads as `"`; a folded line reads
    /// as one space). It holds no CR or LF, but may hold other control
    /// characters and bidi marks the sender wrote: see
    /// [`sanitize_text`](crate::sanitize_text) before showing it.
    pub text: Cow<'a, str>,
}

/// A warn-agent that is neither a hostport nor a token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidAgent(pub String);

impl fmt::Display for InvalidAgent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?} is not a warn-agent: give a host[:port] or a token",
            self.0
        )
    }
}

impl std::error::Error for InvalidAgent {}

impl<'a> Warning<'a> {
    /// The value for registered `code` added by `agent`, with the code's
    /// text in `lang`: what a server puts in a response's Warning header.
    /// `agent` must be a hostport (`sip.example.com`, `192.0.2.1:5060`,
    /// `[2001:db8::1]:5061`) or a pseudonym (an RFC 3261 token).
    pub fn new(
        code: WarnCode,
        agent: &'a str,
        lang: impl Into<Lang>,
    ) -> Result<Warning<'a>, InvalidAgent> {
        if !is_valid_warn_agent(agent) {
            return Err(InvalidAgent(agent.to_owned()));
        }
        Ok(Warning {
            code: code.value(),
            agent,
            text: Cow::Borrowed(code.text(lang)),
        })
    }

    /// The registered warn-code, if `code` is one.
    pub fn known(&self) -> Option<WarnCode> {
        WarnCode::new(self.code.into())
    }
}

/// The value as a header writes it: the code as three digits, the agent,
/// and the text as a quoted-string (RFC 3261 §25.1: `"` and `\` escaped
/// with `\`, as are control characters other than tab; CR and LF written as
/// spaces; non-ASCII text as UTF-8).
impl fmt::Display for Warning<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:03} {} ", self.code, self.agent)?;
        write_quoted(f, &self.text)
    }
}

/// Whether `agent` is a warn-agent (RFC 3261 §25.1: `hostport /
/// pseudonym`): a token (`gw1`, `sip.example.com`, `192.0.2.1`), or a host
/// with a port (`sip.example.com:5060`, `192.0.2.1:5060`), or an IPv6
/// reference with or without a port (`[2001:db8::1]`, `[::1]:5061`).
pub fn is_valid_warn_agent(agent: &str) -> bool {
    is_token(agent) || is_hostport(agent)
}

/// `hostport = host [ ":" port ]`, `port = 1*DIGIT`.
fn is_hostport(s: &str) -> bool {
    let is_port = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    if let Some(rest) = s.strip_prefix('[') {
        let Some((address, after)) = rest.split_once(']') else {
            return false;
        };
        // Ipv6Addr takes exactly RFC 4291's text forms (with an IPv4 tail),
        // and no zone index, as IPv6reference does.
        return address.parse::<Ipv6Addr>().is_ok()
            && (after.is_empty() || after.strip_prefix(':').is_some_and(is_port));
    }
    let (host, port) = match s.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (s, None),
    };
    (is_hostname(host) || is_ipv4(host)) && port.is_none_or(is_port)
}

/// `hostname = *( domainlabel "." ) toplabel [ "." ]`: labels of letters,
/// digits and inner hyphens; the last one starts with a letter.
fn is_hostname(s: &str) -> bool {
    let s = s.strip_suffix('.').unwrap_or(s);
    let labels: Vec<&str> = s.split('.').collect();
    let label_ok = |l: &str| {
        let b = l.as_bytes();
        !b.is_empty()
            && b.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'-')
            && b[0] != b'-'
            && b[b.len() - 1] != b'-'
    };
    labels.iter().all(|l| label_ok(l))
        && labels
            .last()
            .is_some_and(|top| top.as_bytes()[0].is_ascii_alphabetic())
}

/// `IPv4address = 1*3DIGIT "." 1*3DIGIT "." 1*3DIGIT "." 1*3DIGIT`.
fn is_ipv4(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() == 4
        && parts
            .iter()
            .all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Why a Warning header value is malformed, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WarningError {
    /// The byte offset in the value where parsing stopped.
    pub at: usize,
    pub problem: &'static str,
}

impl fmt::Display for WarningError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "malformed Warning value at byte {}: {}",
            self.at, self.problem
        )
    }
}

impl std::error::Error for WarningError {}

impl From<Failure> for WarningError {
    fn from(f: Failure) -> WarningError {
        WarningError {
            at: f.at,
            problem: f.problem,
        }
    }
}

/// Reads a Warning header value (what follows `Warning:`) per RFC 3261
/// §25.1: one or more comma-separated `warn-code SP warn-agent SP
/// warn-text` values, in order.
///
/// - `warn-code` is exactly three digits, registered or not.
/// - `warn-agent` is a hostport or a token (see [`is_valid_warn_agent`]).
/// - `warn-text` is a quoted-string: escapes `\x` are undone, a folded line
///   reads as one space, UTF-8 is allowed.
/// - Where the grammar has one space, any linear whitespace (spaces, tabs,
///   folded lines) is accepted; whitespace is allowed around `,` and before
///   and after the whole value.
///
/// Anything else (an empty value or list element, a code of two or four
/// digits, a missing agent or text, an unquoted or unterminated text, a
/// bare CR or LF, a control character outside an escape, anything after the
/// text but `,`) is an error.
pub fn parse_warnings(value: &str) -> Result<Vec<Warning<'_>>, WarningError> {
    let mut p = Parser::new(value);
    let mut values = Vec::new();
    p.sws();
    loop {
        values.push(p.warning_value()?);
        p.sws();
        match p.peek() {
            None => return Ok(values),
            Some(b',') => {
                p.pos += 1;
                p.sws();
            }
            Some(_) => {
                let problem = "expected ',' or the end of the value";
                return Err(Failure { at: p.pos, problem }.into());
            }
        }
    }
}

/// Characters a warn-agent may hold: a token's, and `:`, `[`, `]` of a
/// hostport.
fn is_agent_char(b: u8) -> bool {
    crate::header::is_token_char(b) || matches!(b, b':' | b'[' | b']')
}

impl<'a> Parser<'a> {
    /// `warning-value = warn-code SP warn-agent SP warn-text`
    fn warning_value(&mut self) -> Result<Warning<'a>, Failure> {
        let start = self.pos;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.pos += 1;
        }
        if self.pos - start != 3 {
            self.pos = start;
            return self.fail("expected a warn-code of three digits");
        }
        let code = self.s[start..self.pos].parse().unwrap_or_default();
        self.lws("expected whitespace after the warn-code")?;
        let agent_at = self.pos;
        while self.peek().is_some_and(is_agent_char) {
            self.pos += 1;
        }
        let agent = &self.s[agent_at..self.pos];
        if agent.is_empty() {
            return self.fail("expected a warn-agent");
        }
        if !is_valid_warn_agent(agent) {
            return Err(Failure {
                at: agent_at,
                problem: "the warn-agent is neither a host[:port] nor a token",
            });
        }
        self.lws("expected whitespace after the warn-agent")?;
        let text = self.quoted_string()?;
        Ok(Warning { code, agent, text })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(value: &str) -> Warning<'_> {
        let mut values = parse_warnings(value).unwrap_or_else(|e| panic!("{value:?}: {e}"));
        assert_eq!(values.len(), 1, "{value:?}");
        values.remove(0)
    }

    #[test]
    fn the_table_is_the_registry() {
        assert_eq!(WARN_CODES.len(), 15);
        assert_eq!(WarnCode::all().len(), 15);
        for e in WARN_CODES {
            let code = WarnCode::new(e.code.into()).unwrap();
            assert_eq!(code.entry(), e);
            assert_eq!(code.value(), e.code);
            assert!(matches!(e.rfc, 3261 | 5630 | 8373), "{}", e.code);
        }
        assert_eq!(WarnCode::new(308).map(WarnCode::rfc), Some(8373));
        assert_eq!(WarnCode::new(381).map(WarnCode::rfc), Some(5630));
        for n in [i64::MIN, -1, 0, 299, 309, 382, 383, 390, 400, 999, 1000] {
            assert_eq!(WarnCode::new(n), None, "{n}");
        }
    }

    #[test]
    fn english_gives_the_registered_text_in_every_locale_some_text() {
        for code in WarnCode::all() {
            assert_eq!(code.text(None), code.registered_text());
            for lang in Lang::all() {
                assert_eq!(crate::text::issue(code.text(lang)), None, "{lang} {code}");
            }
        }
        let de = WarnCode::new(370).unwrap().text("de");
        assert_ne!(de, "Insufficient bandwidth");
    }

    #[test]
    fn agents() {
        for good in [
            "sip.example.com",
            "sip.example.com.",
            "sip.example.com:5060",
            "192.0.2.1",
            "192.0.2.1:5060",
            "[2001:db8::1]",
            "[2001:db8::1]:5061",
            "[::ffff:192.0.2.1]",
            "gw1",
            "-",
            "pseudo~nym",
            "1.2.3",
            "a-b.c:0",
            "x:99999999",
        ] {
            assert!(is_valid_warn_agent(good), "{good:?}");
        }
        for bad in [
            "",
            "a b",
            "a@b",
            "host:",
            "host:5a",
            ":5060",
            "[2001:db8::1",
            "[2001:db8::zz]",
            "[fe80::1%eth0]",
            "[::1]5060",
            "[::1]:",
            "-bad.com:5060",
            "bad-.com:5060",
            "1.2.3:5060",
            "1.2.3.4444:5060",
            "a..b:1",
            "host:1:2",
            "é",
            "\"q\"",
        ] {
            assert!(!is_valid_warn_agent(bad), "{bad:?}");
        }
    }

    #[test]
    fn the_rfc_examples() {
        // RFC 3261 §20.43
        let w = one(r#"307 isi.edu "Session parameter 'foo' not understood""#);
        assert_eq!(w.code, 307);
        assert_eq!(w.agent, "isi.edu");
        assert_eq!(w.text, "Session parameter 'foo' not understood");
        assert_eq!(w.known(), WarnCode::new(307));
        let values = parse_warnings(
            r#"301 isi.edu "Incompatible network address type 'E.164'""#
                .to_owned()
                .as_str(),
        )
        .unwrap()
        .len();
        assert_eq!(values, 1);
    }

    #[test]
    fn several_values_whitespace_escapes_utf8() {
        let values = parse_warnings(
            " 370 gw1:5060 \"Insufficient bandwidth\" ,\t399\r\n [::1] \"say \\\"hi\\\" \\\\\",380 x \"Запрещено\" ",
        )
        .unwrap();
        assert_eq!(values.len(), 3);
        assert_eq!((values[0].code, values[0].agent), (370, "gw1:5060"));
        assert_eq!((values[1].code, values[1].agent), (399, "[::1]"));
        assert_eq!(values[1].text, r#"say "hi" \"#);
        assert_eq!(values[2].text, "Запрещено");
        // Unregistered codes are read; leading zeros are digits like any.
        let w = one("099 x \"\"");
        assert_eq!((w.code, w.known(), w.text.as_ref()), (99, None, ""));
        assert_eq!(w.to_string(), "099 x \"\"");
        assert_eq!(one("301  a\t\t\"b\"").agent, "a");
        assert_eq!(one("301 a \"x\r\n y\"").text, "x y");
    }

    #[test]
    fn malformed_values_are_rejected() {
        for value in [
            "",
            " ",
            "30 a \"b\"",
            "3000 a \"b\"",
            "30a a \"b\"",
            "307",
            "307 ",
            "307 a",
            "307 a ",
            "307 \"b\"",
            "307 a b",
            "307a \"b\"",
            "307 a\"b\"",
            "307 a \"b",
            "307 a \"b\\",
            "307 a \"b\" c",
            "307 a \"b\";x=1",
            "307 a \"b\",",
            ",307 a \"b\"",
            "307 a \"b\",,307 a \"b\"",
            "307 a@b \"c\"",
            "307 [::zz] \"c\"",
            "307 host: \"c\"",
            "307 a \"b\rc\"",
            "307 a \"b\nc\"",
            "307 a \"b\x01\"",
            "307 a \"b\x7f\"",
            "307\r\na \"b\"",
            "307 a \"b\"\r\n",
            "Warning: 307 a \"b\"",
            "-307 a \"b\"",
        ] {
            let result = parse_warnings(value);
            assert!(result.is_err(), "{value:?} gave {result:?}");
            assert!(result.unwrap_err().at <= value.len(), "{value:?}");
        }
    }

    #[test]
    fn formatting_round_trips_in_every_locale() {
        for lang in Lang::all() {
            for code in WarnCode::all() {
                let w = Warning::new(code, "sip.example.com:5060", lang).unwrap();
                let written = w.to_string();
                assert!(written.starts_with(&format!("{code} sip.example.com:5060 \"")));
                assert_eq!(one(&written), w, "{written}");
            }
        }
        let code = WarnCode::new(399).unwrap();
        assert_eq!(
            Warning::new(code, "a b", None),
            Err(InvalidAgent("a b".into()))
        );
        let w = Warning {
            code: 399,
            agent: "x",
            text: "a \"q\" \\ \x01 \r\n".into(),
        };
        assert_eq!(w.to_string(), "399 x \"a \\\"q\\\" \\\\ \\\x01   \"");
    }
}
