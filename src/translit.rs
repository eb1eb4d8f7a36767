//! The ASCII form of a phrase (`SIP_FORM_ASCII`), for displays whose font
//! has only ASCII. Shared by `build.rs`, which transliterates the shipped
//! locales once, and the linter, which checks what a translator edits.

/// Whether `s` is printable ASCII (0x20 to 0x7E) only: what an ASCII form
/// must be.
pub fn is_printable_ascii(s: &str) -> bool {
    s.bytes().all(|b| (0x20..=0x7E).contains(&b))
}

/// `text` transliterated to ASCII with `any_ascii` (é→e, ß→ss, Cyrillic and
/// Greek romanized), when it is written in a script that transliterates
/// into readable text: Latin, Greek or Cyrillic. `None` for other scripts
/// (CJK, Hangul, Arabic, Hebrew, Georgian, ...), whose ASCII form is
/// English's, and for text that is ASCII already.
pub fn transliterate(text: &str) -> Option<String> {
    if text.is_ascii() || !text.chars().all(transliterates) {
        return None;
    }
    Some(any_ascii::any_ascii(text)).filter(|a| is_printable_ascii(a))
}

/// Whether `c` is ASCII, a letter or mark of the Latin, Greek or Cyrillic
/// blocks, or common punctuation.
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
