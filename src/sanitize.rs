//! Text received from the network, made safe to show: a reason phrase, a
//! warn-text or a Reason header's text is whatever the far end sent. And
//! the check of what may go on a status line (RFC 3261's Reason-Phrase).
//!
//! ```
//! use sipstatus::{is_valid_reason_phrase, sanitize_text};
//!
//! assert_eq!(sanitize_text(b"  Busy\r\n\tHere \xff\xe2\x80\xae!"), "Busy Here \u{FFFD}!");
//! assert!(is_valid_reason_phrase("Besetzt (Nebenstelle 12)"));
//! assert!(!is_valid_reason_phrase("Busy\r\nX-Injected: 1"));
//! ```

use crate::text::{is_bidi_control, is_line_break_or_control};

/// `input` made into one clean line of valid UTF-8, fit for a display or a
/// log:
///
/// - invalid UTF-8 becomes U+FFFD, one per maximal invalid sequence (as
///   [`String::from_utf8_lossy`] and the WHATWG decoder do);
/// - C0 and C1 control characters (NUL, CR, LF, TAB, ESC, DEL, U+0085 ...)
///   and the line and paragraph separators U+2028 and U+2029 become a
///   space;
/// - Unicode's bidi controls (U+061C, U+200E, U+200F, U+202A to U+202E,
///   U+2066 to U+2069: marks, embeddings, overrides, isolates) are removed,
///   so received text cannot reorder what a display shows around it;
/// - runs of spaces become one space, and whitespace (Unicode White_Space)
///   at either end is removed.
///
/// Every other character is kept as it is. The result is empty when
/// nothing printable is left.
pub fn sanitize_text(input: &[u8]) -> String {
    let decoded = String::from_utf8_lossy(input);
    let mut out = String::with_capacity(decoded.len());
    for c in decoded.chars() {
        if is_bidi_control(c) {
            continue;
        }
        let c = if is_line_break_or_control(c) { ' ' } else { c };
        if c == ' ' && out.ends_with(' ') {
            continue;
        }
        out.push(c);
    }
    let trimmed = out.trim();
    if trimmed.len() == out.len() {
        return out;
    }
    trimmed.to_owned()
}

/// Whether `phrase` may be the Reason-Phrase of a SIP status line (RFC 3261
/// §25.1):
///
/// ```text
/// Reason-Phrase = *(reserved / unreserved / escaped
///                   / UTF8-NONASCII / UTF8-CONT / SP / HTAB)
/// ```
///
/// that is: letters, digits, `-_.!~*'()` (unreserved), `;/?:@&=+$,`
/// (reserved), `%` followed by two hex digits (escaped), space, tab, and
/// non-ASCII characters, in valid UTF-8 (RFC 3629: no overlong forms, no
/// surrogates, nothing past U+10FFFF; the grammar's UTF8-CONT does not
/// admit a stray continuation byte). The C1 control characters U+0080 to
/// U+009F are refused: RFC 3261's text allows no control character but the
/// tab. The empty phrase is valid. Refused are CR, LF, every other ASCII
/// control, and `"`, `#`, `<`, `>`, `[`, `\`, `]`, `^`, `` ` ``, `{`, `|`,
/// `}` and a `%` not followed by two hex digits.
pub fn is_valid_reason_phrase(phrase: impl AsRef<[u8]>) -> bool {
    let bytes = phrase.as_ref();
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    let mut i = 0;
    while i < bytes.len() {
        let ok = match bytes[i] {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => true,
            b'-' | b'_' | b'.' | b'!' | b'~' | b'*' | b'\'' | b'(' | b')' => true,
            b';' | b'/' | b'?' | b':' | b'@' | b'&' | b'=' | b'+' | b'$' | b',' => true,
            b' ' | b'\t' => true,
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit));
                i += 2;
                hex
            }
            0x80.. => true, // valid UTF-8, checked above; C1 below
            _ => false,
        };
        if !ok {
            return false;
        }
        i += 1;
    }
    !text.chars().any(|c| ('\u{80}'..='\u{9F}').contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_become_one_space_and_the_ends_are_trimmed() {
        assert_eq!(sanitize_text(b""), "");
        assert_eq!(sanitize_text(b" \t\r\n "), "");
        assert_eq!(sanitize_text(b"Busy Here"), "Busy Here");
        assert_eq!(sanitize_text(b"a\r\nb"), "a b");
        assert_eq!(sanitize_text(b"a\0b\x1bc\x7fd"), "a b c d");
        assert_eq!(
            sanitize_text("a\u{85}b\u{2028}c\u{2029}d".as_bytes()),
            "a b c d"
        );
        assert_eq!(sanitize_text(b"a    b\t\tc"), "a b c");
        assert_eq!(sanitize_text("\u{3000}全角\u{A0}".as_bytes()), "全角");
        // Other whitespace inside is kept.
        assert_eq!(sanitize_text("a\u{A0}b".as_bytes()), "a\u{A0}b");
    }

    #[test]
    fn bidi_controls_are_removed() {
        let evil = "\u{202E}gnp.exe\u{202C} a\u{200F} \u{2066}b\u{2069}\u{061C}";
        assert_eq!(sanitize_text(evil.as_bytes()), "gnp.exe a b");
        assert_eq!(sanitize_text("a \u{200E} b".as_bytes()), "a b");
        // Letters of right-to-left scripts are not controls.
        assert_eq!(sanitize_text("مشغول".as_bytes()), "مشغول");
    }

    #[test]
    fn invalid_utf8_becomes_the_replacement_character() {
        assert_eq!(sanitize_text(b"a\xffb"), "a\u{FFFD}b");
        assert_eq!(sanitize_text(b"\xe2\x80"), "\u{FFFD}");
        assert_eq!(sanitize_text(b"\xed\xa0\x80"), "\u{FFFD}\u{FFFD}\u{FFFD}");
        assert_eq!(sanitize_text(b"\xc0\xaf"), "\u{FFFD}\u{FFFD}");
        assert_eq!(
            sanitize_text(b"ok \xf4\x90\x80\x80"),
            "ok \u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"
        );
    }

    #[test]
    fn the_result_is_one_clean_line() {
        let inputs: [&[u8]; 5] = [
            b"x\r\n\r\n y",
            b"\xef\xbb\xbfBOM",
            "\u{200F}\u{200F}".as_bytes(),
            b"\x80\x81 \x9f",
            "\u{85}\u{85}z\u{2028}".as_bytes(),
        ];
        for input in inputs {
            let s = sanitize_text(input);
            if !s.is_empty() {
                assert_eq!(crate::text::issue(&s), None, "{input:?} gave {s:?}");
            }
        }
    }

    #[test]
    fn reason_phrases() {
        for good in [
            "",
            "OK",
            "Busy Here",
            "Besetzt",
            "l'appel (a; b/c?) x@y & z=1 + $5, ~!*",
            "tab\there",
            "%20 %Ff",
            "Не найдено",
            "未找到",
            "\u{1F4DE}",
        ] {
            assert!(is_valid_reason_phrase(good), "{good:?}");
        }
        let bad: [&[u8]; 20] = [
            b"a\r\nb",
            b"a\rb",
            b"a\nb",
            b"a\0b",
            b"\x1b[31m",
            b"\x7f",
            b"say \"hi\"",
            b"<x>",
            b"a#b",
            b"{x}",
            b"a\\b",
            b"a|b",
            b"50%",
            b"%4",
            b"%zz",
            b"\xff",
            b"\xc0\xaf",
            b"\xed\xa0\x80",
            b"\x80",
            "\u{85}".as_bytes(),
        ];
        for b in bad {
            assert!(!is_valid_reason_phrase(b), "{b:?}");
        }
        assert!(!is_valid_reason_phrase("a[b]"));
        assert!(!is_valid_reason_phrase("^`"));
    }
}
