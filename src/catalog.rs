//! Fluent files resolved once into flat tables of finished strings.
//!
//! A lookup never formats anything: every message of a locale is formatted
//! when the locale is first used, checked, and kept as a NUL-terminated
//! string that lives as long as the process. Fluent is only the file format
//! and the resolver; the hot path is an array index.

use crate::code::{Class, StatusCode, CODE_LIMIT, TABLE};
use crate::q850::{CauseClass, CAUSES};
use crate::translit::is_printable_ascii;
use fluent_bundle::{FluentBundle, FluentResource};
use std::collections::HashSet;
use std::fmt;
use unic_langid::LanguageIdentifier;

/// A finished string, stored with a trailing NUL so C can take it as is.
pub(crate) struct Text(Box<str>);

impl Text {
    pub(crate) fn new(s: &str) -> Text {
        let mut owned = String::with_capacity(s.len() + 1);
        owned.push_str(s);
        owned.push('\0');
        Text(owned.into_boxed_str())
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.0[..self.0.len() - 1]
    }

    /// The string with its NUL, for C.
    pub(crate) fn as_c_ptr(&self) -> *const u8 {
        self.0.as_ptr()
    }
}

/// A text that is never freed, by value: the string, with its NUL right
/// after it in memory. Copying it copies a pointer and a length.
#[derive(Clone, Copy, Debug)]
pub(crate) struct StaticText(&'static str);

impl StaticText {
    pub(crate) fn new(text: &'static Text) -> StaticText {
        StaticText(text.as_str())
    }

    pub(crate) fn as_str(self) -> &'static str {
        self.0
    }

    /// The string with its NUL, for C: `new` took it from a [`Text`].
    pub(crate) fn as_c_ptr(self) -> *const u8 {
        self.0.as_ptr()
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.as_str().fmt(f)
    }
}

/// Which rendering of a phrase or class name to give: the phrase itself, a
/// short form for narrow displays (at most 16 columns in the shipped
/// locales), an ASCII-only form for displays whose font has only ASCII, or
/// both (`Form::SHORT | Form::ASCII`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Form {
    pub short: bool,
    pub ascii: bool,
}

impl Form {
    /// The phrase as it is: what `sip_reason` gives.
    pub const FULL: Form = Form {
        short: false,
        ascii: false,
    };
    /// At most 16 display columns in every shipped locale.
    pub const SHORT: Form = Form {
        short: true,
        ascii: false,
    };
    /// Printable ASCII only (0x20 to 0x7E).
    pub const ASCII: Form = Form {
        short: false,
        ascii: true,
    };
    pub const ASCII_SHORT: Form = Form {
        short: true,
        ascii: true,
    };
    /// Every form, in the order of [`Form::bits`].
    pub const ALL: [Form; 4] = [Form::FULL, Form::SHORT, Form::ASCII, Form::ASCII_SHORT];

    /// The form of C flags: bit 0 (`SIP_FORM_SHORT`) and bit 1
    /// (`SIP_FORM_ASCII`); other bits are ignored.
    pub const fn from_bits(bits: u32) -> Form {
        Form {
            short: bits & 1 != 0,
            ascii: bits & 2 != 0,
        }
    }

    pub const fn bits(self) -> u32 {
        self.short as u32 | (self.ascii as u32) << 1
    }

    /// The Fluent attribute that gives this form, `None` for the value.
    const fn attribute(self) -> Option<&'static str> {
        match (self.short, self.ascii) {
            (false, false) => None,
            (true, false) => Some("short"),
            (false, true) => Some("ascii"),
            (true, true) => Some("ascii-short"),
        }
    }
}

impl std::ops::BitOr for Form {
    type Output = Form;
    fn bitor(self, other: Form) -> Form {
        Form::from_bits(self.bits() | other.bits())
    }
}

/// One message a locale provides. Its slot is its place in a [`Catalog`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Message {
    /// The reason phrase of `TABLE[row]`, in a form.
    Reason(usize, Form),
    /// The description of `TABLE[row]`.
    Description(usize),
    ClassName(Class, Form),
    /// The name of Q.850 cause `CAUSES[row]`.
    Q850Cause(usize),
    Q850Class(CauseClass),
}

const CLASS_BASE: usize = 2 * TABLE.len();
const Q850_BASE: usize = CLASS_BASE + Class::ALL.len();
const Q850_CLASS_BASE: usize = Q850_BASE + CAUSES.len();
/// The short and ASCII forms come after every message they derive from.
const FORMS_BASE: usize = Q850_CLASS_BASE + CauseClass::ALL.len();
const CLASS_FORMS_BASE: usize = FORMS_BASE + 3 * TABLE.len();
/// The number of messages in a complete catalog.
pub(crate) const SLOTS: usize = CLASS_FORMS_BASE + 3 * Class::ALL.len();

impl Message {
    pub(crate) const fn slot(self) -> usize {
        let form = self.form().bits() as usize;
        match self {
            Message::Reason(row, _) if form == 0 => row,
            Message::Reason(row, _) => FORMS_BASE + (form - 1) * TABLE.len() + row,
            Message::Description(row) => TABLE.len() + row,
            Message::ClassName(class, _) if form == 0 => CLASS_BASE + class as usize - 1,
            Message::ClassName(class, _) => {
                CLASS_FORMS_BASE + (form - 1) * Class::ALL.len() + class as usize - 1
            }
            Message::Q850Cause(row) => Q850_BASE + row,
            Message::Q850Class(class) => Q850_CLASS_BASE + class as usize - 1,
        }
    }

    const fn form(self) -> Form {
        match self {
            Message::Reason(_, form) | Message::ClassName(_, form) => form,
            _ => Form::FULL,
        }
    }

    /// The same message in another form (itself if it has no forms).
    pub(crate) fn with_form(self, form: Form) -> Message {
        match self {
            Message::Reason(row, _) => Message::Reason(row, form),
            Message::ClassName(class, _) => Message::ClassName(class, form),
            other => other,
        }
    }

    /// Every message, in slot order.
    pub(crate) fn all() -> impl Iterator<Item = Message> {
        let rows = 0..TABLE.len();
        let full = rows
            .clone()
            .map(|row| Message::Reason(row, Form::FULL))
            .chain(rows.clone().map(Message::Description))
            .chain(Class::ALL.map(|c| Message::ClassName(c, Form::FULL)))
            .chain((0..CAUSES.len()).map(Message::Q850Cause))
            .chain(CauseClass::ALL.into_iter().map(Message::Q850Class));
        let forms = Form::ALL[1..].iter().copied();
        let reason_forms = forms
            .clone()
            .flat_map(move |f| rows.clone().map(move |row| Message::Reason(row, f)));
        let class_forms = forms.flat_map(|f| {
            Class::ALL
                .into_iter()
                .map(move |c| Message::ClassName(c, f))
        });
        full.chain(reason_forms).chain(class_forms)
    }

    /// The Fluent message id and, for descriptions and forms, the attribute.
    pub(crate) fn fluent_id(self) -> (String, Option<&'static str>) {
        match self {
            Message::Reason(row, form) => (format!("sip-{}", TABLE[row].code), form.attribute()),
            Message::Description(row) => (format!("sip-{}", TABLE[row].code), Some("description")),
            Message::ClassName(class, form) => (class.message_id().to_owned(), form.attribute()),
            Message::Q850Cause(row) => (format!("q850-{}", CAUSES[row]), None),
            Message::Q850Class(class) => (class.message_id().to_owned(), None),
        }
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.fluent_id() {
            (id, None) => f.write_str(&id),
            (id, Some(attr)) => write!(f, "{id}.{attr}"),
        }
    }
}

/// What is wrong with a Fluent file, located for a translator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// 1-based; 0 when the problem has no line (a message that is missing).
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// A Fluent file to build a catalog from.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Source<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

/// The kinds of [`Problem`], so that tools (the linter) can sort, count
/// and test them without parsing messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProblemKind {
    /// The file is not valid Fluent.
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
    /// CR, LF, tab or any other control character.
    ControlChar,
    /// A Unicode bidi or isolation mark (see [`is_bidi_control`]).
    Bidi,
    /// Leading or trailing whitespace.
    Whitespace,
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
/// lines and on displays, so they must be one clean line.
pub fn value_issue(value: &str) -> Option<ProblemKind> {
    if value.is_empty() {
        Some(ProblemKind::Empty)
    } else if value.chars().any(is_line_break_or_control) {
        Some(ProblemKind::ControlChar)
    } else if value.chars().any(is_bidi_control) {
        Some(ProblemKind::Bidi)
    } else if value.trim() != value {
        Some(ProblemKind::Whitespace)
    } else {
        None
    }
}

/// Why a value may not be shown: `None` when it is fine (see [`value_issue`]).
pub fn value_problem(value: &str) -> Option<&'static str> {
    value_issue(value).map(|kind| match kind {
        ProblemKind::Empty => "the value is empty",
        ProblemKind::ControlChar => {
            "the value holds a control character or line separator (CR, LF, tab, U+2028, ...)"
        }
        ProblemKind::Bidi => "the value holds a Unicode bidi or isolation mark",
        ProblemKind::Whitespace => "the value has leading or trailing whitespace",
        other => unreachable!("value_issue gave {other:?}"),
    })
}

/// C0 and C1 controls (CR, LF, tab, ...) and Unicode's line and paragraph
/// separators (U+2028, U+2029): anything that could end a line of a SIP
/// header or a log.
pub fn is_line_break_or_control(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}')
}

/// Unicode's explicit directional formatting characters (UAX #9, 2.1-2.6).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

pub(crate) fn line_of(text: &str, byte: usize) -> usize {
    text.as_bytes()[..byte.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Where a syntax error is, for a translator: its line, and the line of the
/// broken entry when that starts earlier (an unclosed `{` is often noticed
/// only on a later line).
fn syntax_error(text: &str, e: &fluent_syntax::parser::ParserError) -> (usize, String) {
    // An error at the end of the file is on its last line, not after it.
    let line = line_of(
        text,
        e.pos.start.min(text.trim_end().len().saturating_sub(1)),
    );
    let entry = e.slice.as_ref().map_or(line, |s| line_of(text, s.start));
    let message = if entry < line {
        format!(
            "Fluent syntax error: {} (in the entry from line {entry})",
            e.kind
        )
    } else {
        format!("Fluent syntax error: {}", e.kind)
    };
    (line, message)
}

/// The line where message `id` is defined in `text`, or 0.
pub(crate) fn line_of_message(text: &str, id: &str) -> usize {
    text.lines()
        .position(|l| {
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(0, |i| i + 1)
}

/// The line of attribute `.attr` of message `id` (of the message itself
/// when `attr` is `None` or not found), or 0.
pub(crate) fn line_of_key(text: &str, id: &str, attr: Option<&str>) -> usize {
    let at = line_of_message(text, id);
    let Some(attr) = attr.filter(|_| at > 0) else {
        return at;
    };
    let found = text.lines().skip(at).enumerate().find_map(|(i, l)| {
        let starts_entry = !l.is_empty() && !l.starts_with(' ');
        let is_attr = l
            .trim_start()
            .strip_prefix('.')
            .and_then(|rest| rest.strip_prefix(attr))
            .is_some_and(|rest| rest.trim_start().starts_with('='));
        if is_attr {
            Some(Some(at + i + 1))
        } else if starts_entry {
            Some(None)
        } else {
            None
        }
    });
    found.flatten().unwrap_or(at)
}

/// Every message of one locale, resolved.
pub(crate) struct Catalog {
    texts: Box<[Text]>,
}

impl Catalog {
    pub(crate) fn get(&self, message: Message) -> &Text {
        &self.texts[message.slot()]
    }

    /// Resolves `sources` for `lang`. A message that is missing, or whose
    /// value may not be shown, comes from `fallback` (English), so a catalog
    /// is always complete; `problems` lists what was wrong, file by file.
    /// Messages that no slot uses are reported too.
    pub(crate) fn build(
        lang: &LanguageIdentifier,
        sources: &[Source<'_>],
        fallback: Option<&Catalog>,
        ascii: &dyn Fn(&str) -> Option<String>,
    ) -> (Catalog, Vec<Problem>) {
        let (catalog, problems) = Catalog::check(lang, sources, fallback, ascii);
        (catalog, problems.into_iter().map(|(_, p)| p).collect())
    }

    /// [`Catalog::build`], with the kind of every problem.
    ///
    /// A short or ASCII form the files do not give is derived: the short
    /// form is the phrase; the ASCII form is the text itself when it is
    /// printable ASCII, else `ascii(text)` (the transliteration), else the
    /// fallback's (English's) ASCII form.
    pub(crate) fn check(
        lang: &LanguageIdentifier,
        sources: &[Source<'_>],
        fallback: Option<&Catalog>,
        ascii: &dyn Fn(&str) -> Option<String>,
    ) -> (Catalog, Vec<(ProblemKind, Problem)>) {
        let mut problems = Vec::new();
        let mut bundle = FluentBundle::new(vec![lang.clone()]);
        bundle.set_use_isolating(false);
        // Which file defined each message last, for problem reports.
        let mut origin: Vec<(String, usize)> = Vec::new();
        for (i, source) in sources.iter().enumerate() {
            let problem = |line, message: &str| Problem {
                file: source.name.to_owned(),
                line,
                message: message.to_owned(),
            };
            if let Some(at) = parser_trap(source.text) {
                problems.push((
                    ProblemKind::Syntax,
                    problem(line_of(source.text, at), PARSER_TRAP),
                ));
                continue;
            }
            // Parsing is pure: a panic leaves nothing half-done.
            let parsed =
                std::panic::catch_unwind(|| FluentResource::try_new(source.text.to_owned()));
            let resource = match parsed {
                Err(_) => {
                    problems.push((ProblemKind::Syntax, problem(0, PARSER_PANIC)));
                    continue;
                }
                Ok(Ok(r)) => r,
                Ok(Err((r, errors))) => {
                    for e in errors {
                        let (line, message) = syntax_error(source.text, &e);
                        let problem = Problem {
                            file: source.name.to_owned(),
                            line,
                            message,
                        };
                        problems.push((ProblemKind::Syntax, problem));
                    }
                    r
                }
            };
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    origin.push((m.id.name.to_owned(), i));
                }
            }
            // A later file may override an earlier one: that is how runtime
            // overrides replace shipped phrases. Duplicates inside one file
            // are found by `duplicates`, not here.
            bundle.add_resource_overriding(resource);
        }
        for source in sources {
            for (id, line) in duplicates(source.text) {
                let problem = Problem {
                    file: source.name.to_owned(),
                    line,
                    message: format!("message {id} is defined more than once"),
                };
                problems.push((ProblemKind::Duplicate, problem));
            }
        }

        let where_is = |id: &str, attr: Option<&str>| -> (String, usize) {
            match origin.iter().rev().find(|(o, _)| o == id) {
                Some((_, i)) => (
                    sources[*i].name.to_owned(),
                    line_of_key(sources[*i].text, id, attr),
                ),
                None => (sources.last().map_or("", |s| s.name).to_owned(), 0),
            }
        };

        let mut texts: Vec<Text> = Vec::with_capacity(SLOTS);
        for message in Message::all() {
            let (id, attr) = message.fluent_id();
            let pattern = bundle.get_message(&id).and_then(|m| match attr {
                None => m.value(),
                Some(a) => m.get_attribute(a).map(|a| a.value()),
            });
            let resolved = pattern.map(|p| {
                let mut errors = Vec::new();
                let value = bundle.format_pattern(p, None, &mut errors).into_owned();
                (value, errors)
            });
            let form = message.form();
            let problem = match &resolved {
                // A form the files do not give is derived, below.
                None if form != Form::FULL => None,
                None if fallback.is_some() => None, // a partial locale is fine: English fills in
                None => Some((
                    ProblemKind::Missing,
                    format!("message {message} is missing"),
                )),
                Some((_, errors)) if !errors.is_empty() => Some((
                    ProblemKind::Format,
                    format!("message {message} cannot be formatted: {}", errors[0]),
                )),
                Some((value, _)) => value_issue(value)
                    .map(|kind| {
                        let why = value_problem(value).unwrap_or_default();
                        (kind, format!("message {message}: {why}"))
                    })
                    .or_else(|| {
                        (form.ascii && !is_printable_ascii(value)).then(|| {
                            let why = "an ASCII form must be printable ASCII (0x20 to 0x7E) only";
                            (ProblemKind::Ascii, format!("message {message}: {why}"))
                        })
                    }),
            };
            if let Some((kind, p)) = &problem {
                let (file, line) = where_is(&id, attr);
                let problem = Problem {
                    file,
                    line,
                    message: p.clone(),
                };
                problems.push((*kind, problem));
            }
            let text = match (resolved, problem, fallback) {
                (Some((value, _)), None, _) => Text::new(&value),
                _ if form != Form::FULL => {
                    // The text this form derives from: the phrase for the
                    // short form, the phrase or short form for ASCII.
                    let from = message.with_form(Form {
                        short: form.short && form.ascii,
                        ascii: false,
                    });
                    let source = texts[from.slot()].as_str();
                    if !form.ascii {
                        Text::new(source)
                    } else if is_printable_ascii(source) {
                        Text::new(source)
                    } else if let Some(a) = ascii(source).filter(|a| is_printable_ascii(a)) {
                        Text::new(&a)
                    } else if let Some(fb) = fallback {
                        Text::new(fb.get(message).as_str())
                    } else {
                        Text::new(source)
                    }
                }
                (_, _, Some(fb)) => Text::new(fb.get(message).as_str()),
                // English itself is broken: show the id rather than nothing.
                (_, _, None) => Text::new(&message.to_string()),
            };
            texts.push(text);
        }

        let known: HashSet<String> = Message::all().map(|m| m.fluent_id().0).collect();
        for (id, i) in &origin {
            if !known.contains(id) {
                let problem = Problem {
                    file: sources[*i].name.to_owned(),
                    line: line_of_message(sources[*i].text, id),
                    message: format!("message {id} is not one sipstatus knows (see locales/en)"),
                };
                problems.push((ProblemKind::Unknown, problem));
            }
        }
        (
            Catalog {
                texts: texts.into_boxed_slice(),
            },
            problems,
        )
    }
}

/// The reason phrase of every number below `CODE_LIMIT` in one locale,
/// indexed by the number (`None` where it is no code): what `sip_reason`
/// reads, so that a lookup is one bounds check and one load.
pub(crate) struct Reasons([Option<StaticText>; CODE_LIMIT]);

impl Reasons {
    pub(crate) fn new(catalog: &'static Catalog) -> Reasons {
        Reasons(std::array::from_fn(|n| {
            let code = StatusCode::new(n as i64).ok()?;
            Some(StaticText::new(
                catalog.get(code.reason_message(Form::FULL)),
            ))
        }))
    }

    /// The phrase for `n`; `None` when `n` is no code.
    #[inline]
    pub(crate) fn get(&self, n: i64) -> Option<StaticText> {
        let i = usize::try_from(n).ok()?;
        self.0.get(i).copied().flatten()
    }
}

/// Message ids defined more than once in one file, each with the line of
/// the repeated definition.
fn duplicates(text: &str) -> Vec<(String, usize)> {
    let mut seen = HashSet::new();
    let mut dup = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let Some((id, _)) = line.split_once('=') else {
            continue;
        };
        let id = id.trim_end();
        let is_id = !id.is_empty()
            && !line.starts_with([' ', '#', '.', '['])
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if is_id && !seen.insert(id.to_owned()) {
            dup.push((id.to_owned(), i + 1));
        }
    }
    dup
}

/// The problem reported for a file the Fluent parser cannot read safely.
pub(crate) const PARSER_TRAP: &str = "a backslash before a non-ASCII character, \
    which the Fluent parser cannot read: write the character itself";
/// The problem reported if the Fluent parser panics anyway.
pub(crate) const PARSER_PANIC: &str = "the Fluent parser failed on this file \
    (check its escape sequences)";

/// Where fluent-syntax 0.12 panics instead of reporting an error
/// (fluent-rs issue 389): a backslash, then after `u` or `U` fewer hex
/// digits than the escape needs (4 or 6), then a non-ASCII character. The
/// byte offset of the backslash. Outside string literals a backslash is
/// plain text, but none belongs in a SIP phrase, so it is refused anywhere.
fn parser_trap(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    (0..b.len()).filter(|&i| b[i] == b'\\').find(|&i| {
        let (mut j, digits) = match b.get(i + 1) {
            Some(b'u') => (i + 2, 4),
            Some(b'U') => (i + 2, 6),
            _ => (i + 1, 0),
        };
        let start = j;
        while j < b.len() && j - start < digits && b[j].is_ascii_hexdigit() {
            j += 1;
        }
        j - start < digits.max(1) && b.get(j).is_some_and(|c| !c.is_ascii())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<Problem> {
        let lang = "xx".parse().expect("tag");
        Catalog::build(
            &lang,
            &[Source {
                name: "x.ftl",
                text,
            }],
            None,
            &|_| None,
        )
        .1
    }

    #[test]
    fn escapes_that_crash_the_fluent_parser_are_refused_with_their_line() {
        // Found by the ftl fuzz target, and fluent-rs issue 389.
        for text in [
            "sip-486 = ok\nsip-486 = { \"\\u0\u{FFFD}\" }\n",
            "a={\"\\ǔ",
            "a = { \"\\U12é\" }",
        ] {
            let p = problems(text);
            let trap = p.iter().find(|p| p.message == PARSER_TRAP);
            let want = 1 + usize::from(text.starts_with("sip-486 = ok"));
            assert_eq!(trap.map(|p| p.line), Some(want), "{text:?}: {p:#?}");
        }
    }

    #[test]
    fn well_formed_escapes_are_not_refused() {
        for text in [
            "a = { \"\\u00e9é\" }",
            "a = { \"\\U01F600é\" }",
            "a = { \"\\\\\" }",
            "a = C:\\x",
        ] {
            assert_eq!(parser_trap(text), None, "{text:?}");
            let p = problems(text);
            assert!(
                p.iter()
                    .all(|p| p.message != PARSER_TRAP && p.message != PARSER_PANIC),
                "{p:#?}"
            );
        }
    }
}
