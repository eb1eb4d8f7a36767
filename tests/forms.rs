//! The short and ASCII forms through the Rust API: what `Form` means, and
//! the promises every shipped locale keeps (widths in display columns,
//! printable ASCII, distinct short forms).

use sipstatus::lint::{columns, PHRASE_COLUMNS, SHORT_COLUMNS};
use sipstatus::{is_printable_ascii, Class, Form, Lang, StatusCode};
use std::collections::HashMap;

#[test]
fn form_bits_are_the_c_flags() {
    assert_eq!(Form::FULL.bits(), 0);
    assert_eq!(Form::SHORT.bits(), sipstatus::ffi::SIP_FORM_SHORT);
    assert_eq!(Form::ASCII.bits(), sipstatus::ffi::SIP_FORM_ASCII);
    assert_eq!(Form::SHORT | Form::ASCII, Form::ASCII_SHORT);
    for bits in [0, 1, 2, 3, 4, 7, u32::MAX, u32::MAX - 3] {
        assert_eq!(
            Form::from_bits(bits).bits(),
            bits & 3,
            "unknown bits are ignored"
        );
    }
}

#[test]
fn full_is_the_phrase_and_unknown_codes_give_their_class() {
    for lang in Lang::all() {
        for code in StatusCode::known() {
            assert_eq!(code.reason_as(lang, Form::FULL), code.reason(lang));
        }
        let unknown = StatusCode::new(499).unwrap();
        for form in Form::ALL {
            assert_eq!(
                unknown.reason_as(lang, form),
                Class::ClientFailure.name_as(lang, form)
            );
        }
    }
    assert_eq!(
        StatusCode::REQUEST_TERMINATED.reason_as("en", Form::SHORT),
        "Call Cancelled"
    );
    assert_eq!(
        StatusCode::BUSY_HERE.reason_as("ru", Form::ASCII),
        "Zanyato"
    );
    assert_eq!(
        StatusCode::BUSY_HERE.reason_as("ja", Form::ASCII),
        "Busy Here"
    );
}

#[test]
fn every_shipped_locale_keeps_the_display_promises() {
    for lang in Lang::all() {
        let mut shorts: HashMap<&str, StatusCode> = HashMap::new();
        for code in StatusCode::known() {
            let phrase = code.reason(lang);
            if lang != Lang::ENGLISH {
                assert!(columns(phrase) <= PHRASE_COLUMNS, "{lang} {code}: {phrase}");
            }
            for form in [Form::SHORT, Form::ASCII_SHORT] {
                let short = code.reason_as(lang, form);
                assert!(
                    columns(short) <= SHORT_COLUMNS,
                    "{lang} {code} {form:?}: {short}"
                );
                if form == Form::SHORT {
                    if let Some(other) = shorts.insert(short, code) {
                        panic!("{lang}: {code} and {other} share the short form {short:?}");
                    }
                }
            }
            for form in [Form::ASCII, Form::ASCII_SHORT] {
                let ascii = code.reason_as(lang, form);
                assert!(is_printable_ascii(ascii), "{lang} {code}: {ascii:?}");
            }
        }
    }
}
