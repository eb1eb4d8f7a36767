//! The one rule for text that leaves the library, shipped or loaded at run
//! time: one clean line, fit for a SIP status line, a header, a display and
//! a log. Shared with `build.rs`, which applies it to the shipped locales.

/// The longest value a locale may give, in bytes: far more than any phrase
/// or description needs, and a bound on what a loaded file can make the
/// library hand out.
pub const MAX_VALUE_LEN: usize = 1023;

/// What is wrong with a value, if anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextIssue {
    Empty,
    /// A C0 or C1 control (CR, LF, tab, ...) or a Unicode line or paragraph
    /// separator (U+2028, U+2029): anything that could end a header line.
    ControlChar,
    /// A Unicode bidi or isolation mark (see [`is_bidi_control`]).
    Bidi,
    /// Leading or trailing whitespace.
    Whitespace,
    /// Longer than [`MAX_VALUE_LEN`] bytes.
    TooLong,
}

/// What is wrong with `value` (see [`TextIssue`]), `None` when it is clean.
pub fn issue(value: &str) -> Option<TextIssue> {
    if value.is_empty() {
        Some(TextIssue::Empty)
    } else if value.len() > MAX_VALUE_LEN {
        Some(TextIssue::TooLong)
    } else if value.chars().any(is_line_break_or_control) {
        Some(TextIssue::ControlChar)
    } else if value.chars().any(is_bidi_control) {
        Some(TextIssue::Bidi)
    } else if value.trim() != value {
        Some(TextIssue::Whitespace)
    } else {
        None
    }
}

/// C0 and C1 controls and Unicode's line and paragraph separators.
pub fn is_line_break_or_control(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}')
}

/// Unicode's explicit directional formatting characters (UAX #9, 2.1-2.6).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether `s` is printable ASCII (0x20 to 0x7E) only: what an ASCII form
/// must be.
pub fn is_printable_ascii(s: &str) -> bool {
    s.bytes().all(|b| (0x20..=0x7E).contains(&b))
}

/// `text` transliterated to ASCII with `any_ascii` (é→e, ß→ss, Cyrillic and
/// Greek romanized), when it is written in a script that transliterates
/// into readable text: Latin, Greek or Cyrillic. `None` for other scripts
/// (CJK, Hangul, Arabic, Hebrew, Georgian, ...), whose ASCII form is
/// English's, and for text that is ASCII already. Only the build and the
/// linter transliterate: the library carries the results, not the tables.
#[cfg_attr(not(feature = "runtime-load"), allow(dead_code))]
pub fn transliterate(text: &str) -> Option<String> {
    if text.is_ascii() || !text.chars().all(transliterates) {
        return None;
    }
    Some(any_ascii::any_ascii(text)).filter(|a| is_printable_ascii(a))
}

/// Whether `c` is ASCII, a letter or mark of the Latin, Greek or Cyrillic
/// blocks, or common punctuation.
#[cfg_attr(not(feature = "runtime-load"), allow(dead_code))]
fn transliterates(c: char) -> bool {
    matches!(c,
        '\u{0020}'..='\u{007E}'
        | '\u{00A0}'..='\u{024F}' // Latin-1 Supplement to Latin Extended-B
        | '\u{0300}'..='\u{036F}' // combining diacritical marks
        | '\u{0370}'..='\u{03FF}' // Greek and Coptic
        | '\u{0400}'..='\u{052F}' // Cyrillic and its supplement
        | '\u{1E00}'..='\u{1FFF}' // Latin Extended Additional (Vietnamese), Greek Extended
        | '\u{2010}'..='\u{2027}') // dashes, quotes, ellipsis
}
