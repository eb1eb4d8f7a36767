//! What a SIP response code means, in the reader's language.
//!
//! ```
//! use sipstatus::{Class, StatusCode};
//!
//! let busy = StatusCode::new(486).unwrap();
//! assert_eq!(busy.reason("de"), "Besetzt");
//! assert_eq!(busy.reason(None), "Busy Here");
//! assert_eq!(busy.class(), Some(Class::ClientFailure));
//! assert_eq!(Class::ClientFailure.name("de_DE.UTF-8"), "Anfragefehler");
//! ```
//!
//! Phrases come from the Fluent files in `locales/`, compiled into static
//! tables at build time: a lookup is an array index, parses nothing,
//! allocates nothing and takes no lock. Locales can be added or overridden
//! at run time ([`load_locale_dir`], cargo feature `runtime-load`, on by
//! default). The C ABI in [`ffi`] is a thin layer over this API.

#![deny(unsafe_op_in_unsafe_fn, clippy::undocumented_unsafe_blocks)]

mod accept;
mod catalog;
mod code;
mod fault;
pub mod ffi;
#[cfg(feature = "runtime-load")]
mod ftl_index;
mod header;
#[cfg(feature = "runtime-load")]
pub mod lint;
mod loader;
mod locale;
mod problem;
mod q850;
mod reason;
#[cfg(feature = "runtime-load")]
mod resolve;
mod sanitize;
mod static_negotiation;
mod tag_cache;
mod text;
mod warning;

pub use accept::{lang_from_accept_language, MAX_ACCEPT_LANGUAGE_LEN};
pub use catalog::Form;
pub use code::{Class, Entry, InvalidCode, Status, StatusCode, TABLE};
pub use loader::{load_locale_dir, LoadError};
pub use locale::{negotiate, Lang, MAX_LANG_LEN};
pub use problem::{
    is_bidi_control, is_line_break_or_control, is_printable_ascii, value_issue, value_problem,
    Problem, ProblemKind,
};
pub use q850::{
    q850_to_sip, Cause, CauseClass, CAUSES, Q850_TO_SIP, Q850_TO_SIP_DEFAULT, SIP_TO_Q850,
    SIP_TO_Q850_DEFAULT,
};
pub use reason::{parse_reasons, Location, Protocol, Reason, ReasonError, MAX_CAUSE, STIR_CAUSES};
#[cfg(feature = "runtime-load")]
pub use resolve::{MAX_FILE_LEN, MAX_NESTING, MAX_PROBLEMS};
pub use sanitize::{is_valid_reason_phrase, sanitize_text};
pub use text::MAX_VALUE_LEN;
pub use warning::{
    is_valid_warn_agent, parse_warnings, InvalidAgent, WarnCode, WarnEntry, Warning, WarningError,
    WARN_CODES,
};

use catalog::Message;

impl StatusCode {
    /// The reason phrase in `lang`: the code's own phrase when it is known,
    /// else the name of its class (a code of 100 to 699 always has one).
    pub fn reason(self, lang: impl Into<Lang>) -> &'static str {
        self.reason_text(lang.into()).as_str()
    }

    #[inline]
    pub(crate) fn reason_text(self, lang: Lang) -> catalog::StaticText {
        lang.text(self.reason_message(Form::FULL))
    }

    /// The reason phrase in `lang` and `form`: e.g. the short form for a
    /// 2x16 display (`Form::SHORT`, at most 16 columns in every shipped
    /// locale), or printable ASCII only (`Form::ASCII`). Unknown codes give
    /// their class name in that form.
    pub fn reason_as(self, lang: impl Into<Lang>, form: Form) -> &'static str {
        lang.into().text(self.reason_message(form)).as_str()
    }

    /// The message that gives the code's reason phrase in `form`.
    pub(crate) fn reason_message(self, form: Form) -> Message {
        match (code::row_of(self.as_u16()), self.class()) {
            (Some(row), _) => Message::Reason(row, form),
            (None, Some(class)) => Message::ClassName(class, form),
            // Never: `new` admits only codes of 100..=699 and known ones.
            // Not `unreachable!`: the lookups of a firmware build link no
            // panic code (tests/firmware.rs).
            (None, None) => Message::ClassName(code::Class::ClientFailure, form),
        }
    }

    /// When the code is sent, in one sentence; `None` for unknown codes.
    pub fn description(self, lang: impl Into<Lang>) -> Option<&'static str> {
        self.description_text(lang.into())
            .map(catalog::StaticText::as_str)
    }

    pub(crate) fn description_text(self, lang: Lang) -> Option<catalog::StaticText> {
        code::row_of(self.as_u16()).map(|row| lang.text(Message::Description(row)))
    }
}

impl Class {
    /// The class's name in `lang`, e.g. "Client Failure".
    pub fn name(self, lang: impl Into<Lang>) -> &'static str {
        self.name_text(lang.into()).as_str()
    }

    /// The class's name in `lang` and `form` (see [`StatusCode::reason_as`]).
    pub fn name_as(self, lang: impl Into<Lang>, form: Form) -> &'static str {
        lang.into().text(Message::ClassName(self, form)).as_str()
    }

    pub(crate) fn name_text(self, lang: Lang) -> catalog::StaticText {
        lang.text(Message::ClassName(self, Form::FULL))
    }
}

impl Cause {
    /// The cause's name in `lang`, e.g. "User busy".
    pub fn name(self, lang: impl Into<Lang>) -> &'static str {
        self.name_text(lang.into()).as_str()
    }

    pub(crate) fn name_text(self, lang: Lang) -> catalog::StaticText {
        lang.text(Message::Q850Cause(self.row()))
    }
}

impl CauseClass {
    /// The cause class's name in `lang`, e.g. "Normal event".
    pub fn name(self, lang: impl Into<Lang>) -> &'static str {
        self.name_text(lang.into()).as_str()
    }

    pub(crate) fn name_text(self, lang: Lang) -> catalog::StaticText {
        lang.text(Message::Q850Class(self))
    }
}

/// The crate's version, e.g. `0.1.0`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
