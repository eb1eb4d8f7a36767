//! Arabic and Hebrew in a right-to-left context, checked with the Unicode
//! Bidirectional Algorithm (UAX #9, the `unicode-bidi` crate): the strings
//! carry no bidi control characters, so that a status line or an LTR log
//! stays clean, and they need none:
//!
//! - shown alone (a display that takes the direction from the text, UAX #9
//!   rules P2 and P3), every text is a right-to-left paragraph;
//! - inside an LTR status line (`SIP/2.0 486 <phrase>`), the phrase is one
//!   right-to-left run after the code, which stays where it is.

use sipstatus::{Cause, CauseClass, Class, Form, Lang, StatusCode};
use unicode_bidi::{BidiInfo, Level};

fn rtl_locales() -> Vec<Lang> {
    let langs: Vec<Lang> = ["ar", "he"].iter().map(|t| Lang::negotiate(t)).collect();
    for (lang, tag) in langs.iter().zip(["ar", "he"]) {
        assert_eq!(lang.tag(), tag, "{tag} is shipped");
    }
    langs
}

/// Every text a locale shows: phrases in every form, class names,
/// descriptions, Q.850 names.
fn texts(lang: Lang) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    for code in StatusCode::known() {
        for form in [Form::FULL, Form::SHORT] {
            out.push((format!("{code} {form:?}"), code.reason_as(lang, form)));
        }
        out.push((
            format!("{code} description"),
            code.description(lang).unwrap(),
        ));
    }
    for class in Class::ALL {
        for form in [Form::FULL, Form::SHORT] {
            out.push((
                format!("class {class:?} {form:?}"),
                class.name_as(lang, form),
            ));
        }
    }
    for cause in Cause::all() {
        out.push((format!("q850 {cause}"), cause.name(lang)));
    }
    for class in CauseClass::ALL {
        out.push((format!("q850 class {class:?}"), class.name(lang)));
    }
    out
}

#[test]
fn rtl_texts_hold_no_bidi_controls() {
    for lang in rtl_locales() {
        for (what, text) in texts(lang) {
            assert!(
                !text.chars().any(sipstatus::is_bidi_control),
                "{lang} {what}: {text:?}"
            );
        }
    }
}

#[test]
fn rtl_texts_alone_are_right_to_left_paragraphs() {
    for lang in rtl_locales() {
        for (what, text) in texts(lang) {
            let info = BidiInfo::new(text, None);
            assert_eq!(info.paragraphs.len(), 1, "{lang} {what}");
            assert!(
                info.paragraphs[0].level.is_rtl(),
                "{lang} {what}: {text:?} would be shown left to right"
            );
        }
    }
}

#[test]
fn rtl_phrases_in_an_ltr_status_line_keep_the_code_first() {
    for lang in rtl_locales() {
        for code in StatusCode::known() {
            for form in [Form::FULL, Form::SHORT] {
                let phrase = code.reason_as(lang, form);
                let prefix = format!("SIP/2.0 {code} ");
                let line = format!("{prefix}{phrase}");
                let info = BidiInfo::new(&line, Some(Level::ltr()));
                let para = &info.paragraphs[0];
                let visual = info.reorder_line(para, para.range.clone());
                assert!(
                    visual.starts_with(&prefix),
                    "{lang} {code}: the status line shows as {visual:?}"
                );
                // The prefix stays at the paragraph's level; the phrase
                // starts a right-to-left run.
                assert!(info.levels[..prefix.len()].iter().all(|l| l.is_ltr()));
                assert!(
                    info.levels[prefix.len()].is_rtl(),
                    "{lang} {code}: {phrase:?}"
                );
            }
        }
    }
}
