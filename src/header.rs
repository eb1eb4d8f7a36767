//! The pieces of RFC 3261's header grammar (§25.1) that the Reason and the
//! Warning parsers share: linear whitespace with line folding, tokens, and
//! quoted-strings read and written.

use std::borrow::Cow;
use std::fmt;

/// Where parsing stopped, and why: each parser turns it into its own error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Failure {
    pub(crate) at: usize,
    pub(crate) problem: &'static str,
}

/// A cursor over a header value.
pub(crate) struct Parser<'a> {
    pub(crate) s: &'a str,
    pub(crate) pos: usize,
}

pub(crate) fn is_wsp(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

/// RFC 3261 `token` characters.
pub(crate) fn is_token_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-.!%*_+`'~".contains(&b)
}

/// Whether `s` is an RFC 3261 `token`: one or more token characters.
pub(crate) fn is_token(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(is_token_char)
}

impl<'a> Parser<'a> {
    pub(crate) fn new(s: &'a str) -> Parser<'a> {
        Parser { s, pos: 0 }
    }

    pub(crate) fn peek(&self) -> Option<u8> {
        self.s.as_bytes().get(self.pos).copied()
    }

    pub(crate) fn fail<T>(&self, problem: &'static str) -> Result<T, Failure> {
        Err(Failure {
            at: self.pos,
            problem,
        })
    }

    /// The length of the LWS (`[*WSP CRLF] 1*WSP`) at `at`, if there is
    /// one, and whether it folds a line.
    pub(crate) fn lws_at(&self, at: usize) -> Option<(usize, bool)> {
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
    pub(crate) fn sws(&mut self) {
        if let Some((len, _)) = self.lws_at(self.pos) {
            self.pos += len;
        }
    }

    /// Skips required whitespace (LWS), or fails with `what`.
    pub(crate) fn lws(&mut self, what: &'static str) -> Result<(), Failure> {
        match self.lws_at(self.pos) {
            Some((len, _)) => {
                self.pos += len;
                Ok(())
            }
            None => self.fail(what),
        }
    }

    pub(crate) fn token(&mut self, what: &'static str) -> Result<&'a str, Failure> {
        let start = self.pos;
        while self.peek().is_some_and(is_token_char) {
            self.pos += 1;
        }
        if self.pos == start {
            return self.fail(what);
        }
        Ok(&self.s[start..self.pos])
    }

    /// `quoted-string = DQUOTE *(qdtext / quoted-pair) DQUOTE` (RFC 3261
    /// §25.1), unescaped; the cursor is on the opening quote. Borrows the
    /// input unless an escape or a folded line had to be rewritten.
    pub(crate) fn quoted_string(&mut self) -> Result<Cow<'a, str>, Failure> {
        let b = self.s.as_bytes();
        if b.get(self.pos) != Some(&b'"') {
            return self.fail("expected a quoted string");
        }
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

/// Writes `text` as a quoted-string (RFC 3261 §25.1): `"` and `\` are
/// escaped with `\`, as are control characters other than tab; CR and LF,
/// which a quoted-string cannot hold, are written as spaces. Non-ASCII text
/// is written as UTF-8.
pub(crate) fn write_quoted(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    f.write_str("\"")?;
    for c in text.chars() {
        match c {
            '"' | '\\' => write!(f, "\\{c}")?,
            '\r' | '\n' => f.write_str(" ")?,
            '\t' => f.write_str("\t")?,
            c if c.is_ascii_control() => write!(f, "\\{c}")?,
            c => write!(f, "{c}")?,
        }
    }
    f.write_str("\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Quoted<'a>(&'a str);

    impl fmt::Display for Quoted<'_> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write_quoted(f, self.0)
        }
    }

    #[test]
    fn quoted_strings_round_trip() {
        for text in [
            "",
            "plain",
            "say \"hi\" \\ there",
            "tab\there",
            "ctl \x01\x7f",
            "é 用户",
        ] {
            let written = Quoted(text).to_string();
            let mut p = Parser::new(&written);
            assert_eq!(p.quoted_string().as_deref(), Ok(text), "{written:?}");
            assert_eq!(p.pos, written.len());
        }
        assert_eq!(Quoted("a\r\nb").to_string(), "\"a  b\"");
    }

    #[test]
    fn required_whitespace() {
        let mut p = Parser::new("a \r\n\tb");
        p.pos = 1;
        assert_eq!(p.lws("x"), Ok(()));
        assert_eq!(p.peek(), Some(b'b'));
        let mut p = Parser::new("ab");
        p.pos = 1;
        assert_eq!(p.lws("need space").unwrap_err().problem, "need space");
        assert!(is_token("sip.example.com") && !is_token("") && !is_token("a b"));
    }
}
