//! What is wrong with a locale's files or values, located for a translator:
//! the one problem type of the runtime loader and the linter.

use crate::text::{self, TextIssue};
use std::fmt;

/// What is wrong with a Fluent file or a locale folder, located for a
/// translator: what the runtime loader refuses a load for, and what the
/// linter reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub kind: ProblemKind,
    pub file: String,
    /// 1-based; 0 when the problem has no line (a message that is missing).
    pub line: usize,
    pub message: String,
}

impl Problem {
    pub fn new(
        kind: ProblemKind,
        file: impl Into<String>,
        line: usize,
        message: impl Into<String>,
    ) -> Problem {
        Problem {
            kind,
            file: file.into(),
            line,
            message: message.into(),
        }
    }

    /// Whether the problem may stay (a warning) rather than must be fixed.
    pub fn is_warning(&self) -> bool {
        self.kind.is_warning()
    }

    /// The problem as a compiler reports one, and the linter prints it:
    /// `file:line: error[kind]: message`, or `file: ...` when there is no
    /// line, so that editors and terminals can jump to it.
    pub fn diagnostic(&self) -> impl fmt::Display + '_ {
        Diagnostic(self)
    }
}

/// `file:line: message`, as a failed load lists its problems.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// See [`Problem::diagnostic`].
struct Diagnostic<'a>(&'a Problem);

impl fmt::Display for Diagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = self.0;
        let severity = if p.is_warning() { "warning" } else { "error" };
        if p.line > 0 {
            write!(f, "{}:{}: ", p.file, p.line)?;
        } else {
            write!(f, "{}: ", p.file)?;
        }
        write!(f, "{severity}[{}]: {}", p.kind.name(), p.message)
    }
}

/// The kinds of [`Problem`], so that tools (the linter) can sort, count
/// and test them without parsing messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProblemKind {
    /// The file is not valid Fluent, or nests deeper than the loader reads.
    Syntax,
    /// A message or attribute defined twice in one file.
    Duplicate,
    /// A message the reference (English) has and the file lacks.
    Missing,
    /// A message the reference (English) does not have.
    Unknown,
    /// A message whose value Fluent cannot format (e.g. an unknown `{ $var }`).
    Format,
    Empty,
    /// CR, LF, tab, U+2028 or any other control character or line separator.
    ControlChar,
    /// A Unicode bidi or isolation mark (see [`is_bidi_control`]).
    Bidi,
    /// Leading or trailing whitespace.
    Whitespace,
    /// A value longer than the library hands out, or a file larger than it
    /// reads (see `sip_load_locale_dir`).
    TooLong,
    /// A value identical to English that looks like an untranslated copy
    /// (the linter's only warning).
    Untranslated,
    /// A phrase or short form wider than a display line (24 and 16
    /// columns), or a wide phrase without a short form (the linter's).
    Width,
    /// An ASCII form that is not printable ASCII.
    Ascii,
    /// Two codes of one locale with the same phrase or short form, which a
    /// display could not tell apart (the linter's).
    SameText,
    /// A file or folder that cannot be read, or is not where it should be.
    File,
}

impl ProblemKind {
    /// A short stable name, e.g. `control-char`, for reports and tests.
    pub fn name(self) -> &'static str {
        match self {
            ProblemKind::Syntax => "syntax",
            ProblemKind::Duplicate => "duplicate",
            ProblemKind::Missing => "missing",
            ProblemKind::Unknown => "unknown",
            ProblemKind::Format => "format",
            ProblemKind::Empty => "empty",
            ProblemKind::ControlChar => "control-char",
            ProblemKind::Bidi => "bidi",
            ProblemKind::Whitespace => "whitespace",
            ProblemKind::TooLong => "too-long",
            ProblemKind::Untranslated => "untranslated",
            ProblemKind::Width => "width",
            ProblemKind::Ascii => "ascii",
            ProblemKind::SameText => "same-text",
            ProblemKind::File => "file",
        }
    }

    /// Whether the problem may stay (a warning) rather than must be fixed.
    pub fn is_warning(self) -> bool {
        self == ProblemKind::Untranslated
    }
}

/// What is wrong with `value`, if anything: values end up in SIP status
/// lines, headers, logs and on displays, so they must be one clean line of
/// at most `MAX_VALUE_LEN` (1023) bytes.
pub fn value_issue(value: &str) -> Option<ProblemKind> {
    text::issue(value).map(|issue| match issue {
        TextIssue::Empty => ProblemKind::Empty,
        TextIssue::ControlChar => ProblemKind::ControlChar,
        TextIssue::Bidi => ProblemKind::Bidi,
        TextIssue::Whitespace => ProblemKind::Whitespace,
        TextIssue::TooLong => ProblemKind::TooLong,
    })
}

/// Why a value may not be shown: `None` when it is fine (see [`value_issue`]).
pub fn value_problem(value: &str) -> Option<&'static str> {
    text::issue(value).map(|issue| match issue {
        TextIssue::Empty => "the value is empty",
        TextIssue::ControlChar => {
            "the value holds a control character or line separator (CR, LF, tab, U+2028, ...)"
        }
        TextIssue::Bidi => "the value holds a Unicode bidi or isolation mark",
        TextIssue::Whitespace => "the value has leading or trailing whitespace",
        TextIssue::TooLong => "the value is longer than 1023 bytes",
    })
}

pub use crate::text::{is_bidi_control, is_line_break_or_control, is_printable_ascii};

/// `s` made safe to print in one line of a report or a log: controls, line
/// separators and bidi marks become `?`. File and folder names come from
/// the file system, where any of them may hide.
#[cfg_attr(not(feature = "runtime-load"), allow(dead_code))]
pub(crate) fn printable(s: &str) -> String {
    s.chars()
        .map(|c| {
            if is_line_break_or_control(c) || is_bidi_control(c) {
                '?'
            } else {
                c
            }
        })
        .collect()
}
