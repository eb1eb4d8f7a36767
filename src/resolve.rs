//! Fluent files resolved at run time into a [`Catalog`]: what
//! `sip_load_locale_dir` loads and what the linter checks, with the same
//! rules as `build.rs` applies to the shipped locales (behind the cargo
//! feature `runtime-load`).
//!
//! The loader reads files from third parties, so its cost is linear in its
//! input and its stack use bounded whatever a file holds: sizes and nesting
//! are checked before the Fluent parser sees the text, and the problems it
//! reports are capped.

use crate::catalog::{Catalog, Form, Message, MAX_LOCALE_TEXT, SLOTS};
use crate::ftl_index::{FtlFile, Lines};
use crate::problem::{printable, value_issue, value_problem, Problem, ProblemKind};
use crate::text::is_printable_ascii;
use fluent_bundle::{FluentBundle, FluentResource};
use std::collections::{HashMap, HashSet};
use unic_langid::LanguageIdentifier;

/// The largest file the loader reads, in bytes: a complete locale is about
/// 20 KB.
pub const MAX_FILE_LEN: usize = 1 << 20;
/// How deep `{ }` placeables may nest: the shipped phrases use none, and
/// the Fluent parser recurses once per level.
pub const MAX_NESTING: usize = 8;
/// How many problems one check reports; the rest are counted.
pub const MAX_PROBLEMS: usize = 100;

/// A Fluent file to resolve.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Source<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

/// What a check resolved: one text per slot, in slot order, and what was
/// wrong.
pub(crate) struct Resolved {
    pub(crate) texts: Vec<String>,
    /// Whether each slot's text came from the files (rather than the base,
    /// English or a derivation).
    pub(crate) given: Vec<bool>,
    pub(crate) problems: Vec<Problem>,
    /// Each source, indexed, in the order given; `None` for a file the
    /// Fluent parser was not given (see `problems`).
    pub(crate) files: Vec<Option<FtlFile>>,
}

impl Resolved {
    /// The table, kept for the life of the process (English's when the
    /// texts are too long for one, which `check` reports).
    pub(crate) fn catalog(&self) -> Catalog {
        Catalog::leak(&self.texts).unwrap_or(crate::catalog::SHIPPED[0].catalog)
    }
}

/// `source` indexed, if the Fluent parser may read it, with the problems
/// found on the way: a file too large or nested too deep, or with an
/// escape the parser cannot read, is not parsed; syntax errors are
/// reported.
fn index(source: &Source<'_>, problems: &mut Problems) -> Option<FtlFile> {
    let name = printable(source.name);
    // A byte order mark is no part of the text (nor of its line numbers).
    let text = source.text.strip_prefix('\u{FEFF}').unwrap_or(source.text);
    if let Some((kind, line, why)) = refuse_unread(text) {
        problems.push(kind, &name, line, why);
        return None;
    }
    // Parsing is pure: a panic leaves nothing half-done.
    let Ok(file) = std::panic::catch_unwind(|| FtlFile::parse(text)) else {
        problems.push(ProblemKind::Syntax, &name, 0, PARSER_PANIC.to_owned());
        return None;
    };
    for (line, message) in file.syntax_errors() {
        problems.push(ProblemKind::Syntax, &name, line, message);
    }
    Some(file)
}

/// Resolves `sources` for `lang` and checks them.
///
/// - A message the files give, and whose value is fine, is taken.
/// - A message they do not give comes from `base` (the locale's current
///   table, for an override) or else from `english`; with neither, it is
///   reported missing and shows its id.
/// - A short or ASCII form the files do not give is `base`'s when the
///   files leave its phrase alone too; else it is derived: the short form
///   is the phrase; the ASCII form is the text when it is printable ASCII,
///   else `transliterate(text)`, else English's ASCII form.
pub(crate) fn check(
    lang: &LanguageIdentifier,
    sources: &[Source<'_>],
    base: Option<&Catalog>,
    english: Option<&Catalog>,
    transliterate: &dyn Fn(&str) -> Option<String>,
) -> Resolved {
    let mut problems = Problems::default();
    let mut files: Vec<Option<FtlFile>> = Vec::with_capacity(sources.len());
    // The files the bundle reads.
    let mut used: Vec<usize> = Vec::new();
    for (i, source) in sources.iter().enumerate() {
        let file = index(source, &mut problems);
        if let Some(file) = &file {
            match unsupported(file) {
                Some((at, what)) => {
                    let why = format!(
                        "{what}: loaded files give plain text and {{ \"...\" }} literals only"
                    );
                    let name = printable(source.name);
                    problems.push(ProblemKind::Syntax, &name, file.line_at(at), why);
                }
                None => used.push(i),
            }
        }
        files.push(file);
    }
    let mut bundle: FluentBundle<&FluentResource> = FluentBundle::new(vec![lang.clone()]);
    bundle.set_use_isolating(false);
    // Which file defined each message last, for problem reports.
    let mut origin: HashMap<&str, usize> = HashMap::new();
    for &i in &used {
        let Some(file) = &files[i] else { continue };
        for m in file.messages() {
            origin.insert(&m.id, i);
        }
        // A later file may override an earlier one. Duplicates inside one
        // file are reported below.
        bundle.add_resource_overriding(file.resource());
    }
    for (source, file) in sources.iter().zip(&files) {
        let Some(file) = file else { continue };
        for (id, line) in file.duplicates() {
            let message = format!("message {} is defined more than once", printable(id));
            problems.push(
                ProblemKind::Duplicate,
                &printable(source.name),
                line,
                message,
            );
        }
    }
    // A message no file defines is reported against the file that should
    // (`sip.ftl`, ...), when there is one, else the last.
    let where_is = |message: Message, id: &str, attr: Option<&str>| -> (String, usize) {
        match origin.get(id) {
            Some(&i) => (
                printable(sources[i].name),
                files[i].as_ref().map_or(0, |f| f.line_of_key(id, attr)),
            ),
            None => {
                let file = sources
                    .iter()
                    .find(|s| s.name.rsplit(['/', '\\']).next() == Some(message.file()))
                    .or(sources.last());
                (file.map_or(String::new(), |s| printable(s.name)), 0)
            }
        }
    };

    let mut texts: Vec<String> = Vec::with_capacity(SLOTS);
    let mut given = vec![false; SLOTS];
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
            // A partial locale is fine: English or the base fills in.
            None if english.is_some() || base.is_some() => None,
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
            let (file, line) = where_is(message, &id, attr);
            problems.push(*kind, &file, line, p.clone());
        }
        let slot = message.slot();
        let text = match (resolved, problem) {
            (Some((value, _)), None) => {
                given[slot] = true;
                value
            }
            _ if form == Form::FULL => match base.or(english) {
                Some(fallback) => fallback.get(message).as_str().to_owned(),
                // English itself is broken: show the id rather than nothing.
                None => message.to_string(),
            },
            _ => {
                // The text this form derives from: the phrase for the short
                // form, the phrase or short form for ASCII.
                let from = message.with_form(Form {
                    short: form.short && form.ascii,
                    ascii: false,
                });
                let phrase = message.with_form(Form::FULL);
                let untouched = !given[phrase.slot()] && !given[from.slot()];
                let source = texts[from.slot()].as_str();
                match base.filter(|_| untouched) {
                    Some(base) => base.get(message).as_str().to_owned(),
                    None if !form.ascii || is_printable_ascii(source) => source.to_owned(),
                    None => match transliterate(source).filter(|a| is_printable_ascii(a)) {
                        Some(a) => a,
                        None => english
                            .map_or(source, |en| en.get(message).as_str())
                            .to_owned(),
                    },
                }
            }
        };
        texts.push(text);
    }

    let distinct: HashSet<&str> = texts.iter().map(String::as_str).collect();
    let size: usize = distinct.iter().map(|t| t.len() + 1).sum();
    if size > MAX_LOCALE_TEXT {
        let message = format!(
            "the locale's messages need {size} bytes; a locale holds at most {MAX_LOCALE_TEXT}"
        );
        let file = sources.last().map_or(String::new(), |s| printable(s.name));
        problems.push(ProblemKind::TooLong, &file, 0, message);
    }

    let known: HashSet<String> = Message::all().map(|m| m.fluent_id().0).collect();
    for &i in &used {
        let Some(file) = &files[i] else { continue };
        for m in file.messages() {
            if !known.contains(&m.id) && !problems.full() {
                let message = format!(
                    "message {} is not one sipstatus knows (see locales/en)",
                    printable(&m.id)
                );
                problems.push(
                    ProblemKind::Unknown,
                    &printable(sources[i].name),
                    m.line,
                    message,
                );
            }
        }
    }
    drop(bundle);
    Resolved {
        texts,
        given,
        problems: problems.finish(),
        files,
    }
}

/// Problems, at most [`MAX_PROBLEMS`] of them, then a count of the rest.
#[derive(Default)]
struct Problems {
    list: Vec<Problem>,
    more: usize,
}

impl Problems {
    fn push(&mut self, kind: ProblemKind, file: &str, line: usize, message: String) {
        if self.full() {
            self.more += 1;
            return;
        }
        self.list.push(Problem::new(kind, file, line, message));
    }

    fn full(&self) -> bool {
        self.list.len() >= MAX_PROBLEMS
    }

    fn finish(mut self) -> Vec<Problem> {
        if self.more > 0 {
            let file = self.list.last().map_or(String::new(), |p| p.file.clone());
            let message = format!("... and {} more problems", self.more);
            self.list
                .push(Problem::new(ProblemKind::Syntax, file, 0, message));
        }
        self.list
    }
}

/// Why a file is not given to the Fluent parser at all: too large, nested
/// too deep, or an escape the parser cannot read. With the line, and in
/// one pass over the text.
fn refuse_unread(text: &str) -> Option<(ProblemKind, usize, String)> {
    if text.len() > MAX_FILE_LEN {
        let why = format!(
            "the file is {} bytes; the loader reads at most {MAX_FILE_LEN}",
            text.len()
        );
        return Some((ProblemKind::TooLong, 0, why));
    }
    if let Some(at) = too_deep(text) {
        let why = format!("placeables {{ }} nest deeper than {MAX_NESTING} levels");
        return Some((ProblemKind::Syntax, Lines::new(text).of(at), why));
    }
    parser_trap(text).map(|at| {
        (
            ProblemKind::Syntax,
            Lines::new(text).of(at),
            PARSER_TRAP.to_owned(),
        )
    })
}

/// The byte offset of the first `{` or `(` that may open a level deeper
/// than [`MAX_NESTING`]: the Fluent parser recurses once per placeable and
/// once per call's arguments (`{ F(F(F(1))) }`). Conservative: it may count
/// a level the parser would not, never miss one it would.
///
/// A `"` opens a string literal only in an expression: in text, including
/// a select variant's text, it is text, and a `{` after it opens a
/// placeable all the same. So every `{` and `(` counts (at depth 0, a `(`
/// is text), except inside a string that surely is one, whose `"` comes
/// right after a `{` or `(` (blanks between); a `}` or `)` closes a level
/// only outside anything that may be a string (from a `"` to the next
/// unescaped `"` or the end of the line). At depth 0 no placeable is open,
/// so a `"` there is text.
fn too_deep(text: &str) -> Option<usize> {
    #[derive(PartialEq)]
    enum State {
        Code,
        MaybeString,
        String,
    }
    let (mut depth, mut state, mut escaped) = (0usize, State::Code, false);
    // The last byte outside strings that is not a blank.
    let mut last = b'\n';
    for (i, b) in text.bytes().enumerate() {
        let opens = b == b'{' || (b == b'(' && depth > 0);
        if state != State::Code {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' | b'\n' => {
                    state = State::Code;
                    last = b'"';
                }
                _ if opens && state == State::MaybeString => {
                    depth += 1;
                    if depth > MAX_NESTING {
                        return Some(i);
                    }
                }
                _ => {}
            }
            continue;
        }
        match b {
            _ if opens => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(i);
                }
            }
            b'}' | b')' => depth = depth.saturating_sub(1),
            b'"' if depth > 0 => {
                state = if matches!(last, b'{' | b'(') {
                    State::String
                } else {
                    State::MaybeString
                };
            }
            _ => {}
        }
        if !matches!(b, b' ' | b'\t' | b'\r' | b'\n') {
            last = b;
        }
    }
    None
}

/// The first placeable of `resource` that the loader does not take, with
/// its byte offset in `resource.source()`: a select expression, or a
/// reference to a message, a term or a function. SIP phrases need none of
/// them, and each can make formatting unbounded: fluent-bundle reaches an
/// `unreachable!()` when the placeables inside a select or placeable cross
/// its limit of 100; 100 references to a message of almost 1 MB make a
/// value of 100 MB; a chain of 100 references recurses 100 levels deep.
fn unsupported(file: &FtlFile) -> Option<(usize, &'static str)> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    // What is not taken, with the id it names (none for a select).
    type Found<'s> = Option<(Option<&'s str>, &'static str)>;
    fn in_pattern<'s>(p: &Pattern<&'s str>) -> Found<'s> {
        p.elements.iter().find_map(|e| match e {
            PatternElement::Placeable { expression } => in_expression(expression),
            PatternElement::TextElement { .. } => None,
        })
    }
    fn in_expression<'s>(e: &Expression<&'s str>) -> Found<'s> {
        match e {
            Expression::Select { .. } => Some((None, "a select expression")),
            Expression::Inline(i) => in_inline(i),
        }
    }
    fn in_inline<'s>(i: &InlineExpression<&'s str>) -> Found<'s> {
        match i {
            InlineExpression::MessageReference { id, .. } => {
                Some((Some(id.name), "a message reference"))
            }
            InlineExpression::TermReference { id, .. } => Some((Some(id.name), "a term reference")),
            InlineExpression::FunctionReference { id, .. } => {
                Some((Some(id.name), "a function call"))
            }
            InlineExpression::Placeable { expression } => in_expression(expression),
            _ => None,
        }
    }
    file.resource().entries().find_map(|entry| {
        let (entry_id, patterns): (&str, Vec<&Pattern<&str>>) = match entry {
            Entry::Message(m) => (
                m.id.name,
                m.value
                    .iter()
                    .chain(m.attributes.iter().map(|a| &a.value))
                    .collect(),
            ),
            Entry::Term(t) => (
                t.id.name,
                std::iter::once(&t.value)
                    .chain(t.attributes.iter().map(|a| &a.value))
                    .collect(),
            ),
            _ => return None,
        };
        patterns
            .into_iter()
            .find_map(in_pattern)
            .map(|(id, why)| (file.offset_of(id.unwrap_or(entry_id)), why))
    })
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
    use crate::catalog::SHIPPED;

    /// build.rs and `check` are two implementations of one rule: every
    /// slot of every shipped table is what `check` makes of the files.
    #[test]
    fn the_shipped_tables_are_what_check_resolves() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let english = &SHIPPED[0].catalog;
        for locale in &SHIPPED {
            let tag = locale.tag.as_str();
            // Every file of the folder, as build.rs reads them.
            let files: Vec<(String, String)> = crate::ftl_index::ftl_files(&root.join(tag))
                .expect(tag)
                .iter()
                .map(|path| {
                    let name = path.file_name().expect("a file").to_string_lossy().into();
                    (name, std::fs::read_to_string(path).expect(tag))
                })
                .collect();
            assert_eq!(files.len(), 3, "{tag}: sip.ftl, q850.ftl and warning.ftl");
            let sources: Vec<Source> = files
                .iter()
                .map(|(name, text)| Source { name, text })
                .collect();
            let fallback = (tag != "en").then_some(english);
            let lang = tag.parse().expect("tag");
            let resolved = check(&lang, &sources, None, fallback, &crate::text::transliterate);
            assert!(
                resolved.problems.is_empty(),
                "{tag}: {:#?}",
                resolved.problems
            );
            for message in Message::all() {
                assert_eq!(
                    locale.catalog.get(message).as_str(),
                    resolved.texts[message.slot()],
                    "{tag} {message}"
                );
            }
        }
    }

    fn problems(text: &str) -> Vec<Problem> {
        let lang = "xx".parse().expect("tag");
        check(
            &lang,
            &[Source {
                name: "x.ftl",
                text,
            }],
            None,
            None,
            &|_| None,
        )
        .problems
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
