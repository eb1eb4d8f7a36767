//! The translators' linter: everything wrong with a folder of Fluent files,
//! by file and line, as `sipstatus-lint` prints it.
//!
//! The checks on values, syntax and duplicates are the library's own (the
//! ones a runtime load applies, in `Catalog::check`). The linter adds what
//! only makes sense against the English reference: messages missing or
//! extra file by file, and values left identical to English; and the
//! display rules, which a device's own overrides need not follow: every
//! phrase and class name fits a 24-column line (English, which keeps the
//! registered phrases, excepted), a phrase wider than 16 columns has a
//! `.short` form of at most 16, ASCII forms fit the same widths, and no two
//! codes of a locale share a phrase or short form.

use crate::catalog::{Catalog, Form, Message};
use crate::code::{Class, TABLE};
use crate::problem::{Problem, ProblemKind};
use crate::resolve::{self, Source};
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use unic_langid::LanguageIdentifier;
use unicode_width::UnicodeWidthStr;

/// Values a locale may share with English (`locales/lint-allow.txt`).
const ALLOW_LIST: &str = include_str!("../locales/lint-allow.txt");

/// One thing to report: an error, or a warning when its kind says so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub kind: ProblemKind,
    pub problem: Problem,
}

impl Finding {
    pub fn is_warning(&self) -> bool {
        self.kind.is_warning()
    }

    fn new(kind: ProblemKind, file: impl Into<String>, line: usize, message: String) -> Finding {
        let file = file.into();
        Finding {
            kind,
            problem: Problem {
                file,
                line,
                message,
            },
        }
    }
}

/// `file:line: error[kind]: message`, or `file: ...` when there is no line:
/// the form compilers use, so editors and terminals can jump to it.
impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = &self.problem;
        let severity = if self.is_warning() {
            "warning"
        } else {
            "error"
        };
        if p.line > 0 {
            write!(f, "{}:{}: ", p.file, p.line)?;
        } else {
            write!(f, "{}: ", p.file)?;
        }
        write!(f, "{severity}[{}]: {}", self.kind.name(), p.message)
    }
}

/// What the linter found in one locale folder.
#[derive(Clone, Debug)]
pub struct LocaleReport {
    /// The folder, as given or found (e.g. `locales/pt-BR`).
    pub dir: String,
    /// Sorted by file and line.
    pub findings: Vec<Finding>,
    /// The longest reason phrase (`sip-NNN`) in display columns, with its
    /// code.
    pub longest_phrase: Option<(u16, String)>,
    /// The longest short form in display columns, with its code.
    pub longest_short: Option<(u16, String)>,
}

/// The widest a phrase or class name may be, in display columns (UAX #11:
/// East Asian Wide and Fullwidth characters count 2): a desk phone's line.
pub const PHRASE_COLUMNS: usize = 24;
/// The widest a short form may be: a 2x16 character LCD's line.
pub const SHORT_COLUMNS: usize = 16;

/// The display width of `text` in columns.
pub fn columns(text: &str) -> usize {
    text.width()
}

/// Lints every locale under `paths`. A path may be a folder of locale
/// folders (`locales/`), one locale folder (`locales/fr`), or one `.ftl`
/// file. Each locale is compared with the `en` folder beside it, or with
/// the built-in English when there is none.
pub fn lint<P: AsRef<Path>>(paths: &[P]) -> Vec<LocaleReport> {
    let mut reports = Vec::new();
    for path in paths {
        let path = path.as_ref();
        match units(path) {
            Ok(units) => reports.extend(units.iter().map(Unit::lint)),
            Err(message) => reports.push(LocaleReport {
                dir: path.display().to_string(),
                findings: vec![Finding::new(
                    ProblemKind::File,
                    path.display().to_string(),
                    0,
                    message,
                )],
                longest_phrase: None,
                longest_short: None,
            }),
        }
    }
    reports
}

/// A locale folder to lint, or some of its files.
struct Unit {
    dir: PathBuf,
    files: Vec<PathBuf>,
    /// Whether `files` is the whole folder, so that missing files count.
    whole: bool,
}

fn ftl_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = fs::read_dir(dir).map_err(|e| e.to_string())?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ftl") && p.is_file())
        .collect();
    files.sort();
    Ok(files)
}

fn units(path: &Path) -> Result<Vec<Unit>, String> {
    if path.is_file() {
        let dir = path.parent().unwrap_or(Path::new(".")).to_owned();
        let files = vec![path.to_owned()];
        return Ok(vec![Unit {
            dir,
            files,
            whole: false,
        }]);
    }
    if !path.is_dir() {
        return Err("no such file or folder".to_owned());
    }
    let files = ftl_files(path)?;
    if !files.is_empty() {
        let dir = path.to_owned();
        return Ok(vec![Unit {
            dir,
            files,
            whole: true,
        }]);
    }
    let mut dirs: Vec<PathBuf> = fs::read_dir(path)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    let mut units = Vec::new();
    for dir in dirs {
        let files = ftl_files(&dir)?;
        if !files.is_empty() {
            units.push(Unit {
                dir,
                files,
                whole: true,
            });
        }
    }
    if units.is_empty() {
        return Err("no .ftl files here, nor in its folders".to_owned());
    }
    Ok(units)
}

/// A Fluent file, read.
struct File {
    /// As shown in reports, e.g. `locales/fr/sip.ftl`.
    shown: String,
    /// e.g. `sip.ftl`: English's file of the same name is the reference.
    name: String,
    text: String,
}

impl Unit {
    fn lint(&self) -> LocaleReport {
        let mut findings = Vec::new();
        let dir = self.dir.display().to_string();
        let tag = self
            .dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut files = Vec::new();
        for path in &self.files {
            let shown = path.display().to_string();
            match fs::read_to_string(path) {
                Ok(text) => files.push(File {
                    name: path
                        .file_name()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .into(),
                    shown,
                    text,
                }),
                Err(e) => findings.push(Finding::new(ProblemKind::File, shown, 0, e.to_string())),
            }
        }
        let langid: LanguageIdentifier = match tag.parse() {
            Ok(l) => l,
            Err(_) => {
                let message = format!("folder name {tag:?} is not a language tag (e.g. pt-BR)");
                findings.push(Finding::new(ProblemKind::File, dir.clone(), 0, message));
                LanguageIdentifier::default()
            }
        };
        let sources = sources_of(&files);
        let is_reference = tag == "en";
        let english = if is_reference {
            None
        } else {
            Some(english_beside(&self.dir))
        };
        let en_catalog = english.as_ref().map(|english| {
            let en_langid = "en".parse().unwrap_or_default();
            resolve::check(&en_langid, &sources_of(english), None, None, &transliterate).catalog()
        });
        let resolved = resolve::check(&langid, &sources, None, en_catalog.as_ref(), &transliterate);
        let catalog = resolved.catalog();
        let given = resolved.given;
        let problems = resolved.problems;
        findings.extend(
            problems
                .into_iter()
                // Missing and unknown messages of a translation are found
                // against English, file by file, below.
                .filter(|(kind, _)| {
                    is_reference || !matches!(kind, ProblemKind::Missing | ProblemKind::Unknown)
                })
                .map(|(kind, problem)| Finding { kind, problem }),
        );
        for file in &files {
            findings.extend(duplicate_attributes(file));
        }
        if let (Some(english), Some(en_catalog)) = (&english, &en_catalog) {
            let allowed = allow_list(&tag);
            for file in &files {
                let Some(en_file) = english.iter().find(|e| e.name == file.name) else {
                    let message = format!(
                        "English has no {}: sipstatus would not know its messages",
                        file.name
                    );
                    findings.push(Finding::new(ProblemKind::File, &file.shown, 0, message));
                    continue;
                };
                findings.extend(against_english(file, en_file));
                findings.extend(untranslated(
                    file, en_file, &catalog, en_catalog, &given, &allowed,
                ));
            }
            if self.whole {
                for en_file in english {
                    if !files.iter().any(|f| f.name == en_file.name) {
                        let shown = self.dir.join(&en_file.name).display().to_string();
                        let message = format!(
                            "the file is missing: English has {} with {} messages",
                            en_file.shown,
                            keys(&en_file.text).len()
                        );
                        findings.push(Finding::new(ProblemKind::Missing, shown, 0, message));
                    }
                }
            }
        }
        if let Some(sip) = files.iter().find(|f| f.name == "sip.ftl") {
            findings.extend(display_rules(sip, &catalog, en_catalog.as_ref()));
        }
        findings.sort_by(|a, b| {
            let (a, b) = (&a.problem, &b.problem);
            (&a.file, a.line).cmp(&(&b.file, b.line))
        });
        findings.dedup();
        LocaleReport {
            dir,
            findings,
            longest_phrase: longest(&catalog, Form::FULL),
            longest_short: longest(&catalog, Form::SHORT),
        }
    }
}

fn sources_of(files: &[File]) -> Vec<Source<'_>> {
    files
        .iter()
        .map(|f| Source {
            name: &f.shown,
            text: &f.text,
        })
        .collect()
}

/// The English files a locale in `dir` is compared with: the `en` folder
/// beside it, else the ones built into the library.
fn english_beside(dir: &Path) -> Vec<File> {
    let beside = dir.parent().map(|p| p.join("en"));
    if let Some(en) = beside.filter(|p| p.join("sip.ftl").is_file()) {
        let files = ftl_files(&en).unwrap_or_default();
        let read: Vec<File> = files
            .iter()
            .filter_map(|p| {
                Some(File {
                    shown: p.display().to_string(),
                    name: p.file_name()?.to_string_lossy().into(),
                    text: fs::read_to_string(p).ok()?,
                })
            })
            .collect();
        if !read.is_empty() {
            return read;
        }
    }
    crate::catalog::ENGLISH_FILES
        .iter()
        .map(|&(name, text)| File {
            shown: format!("(built-in) en/{name}"),
            name: name.to_owned(),
            text: text.to_owned(),
        })
        .collect()
}

/// Every message value and attribute defined in `text`, as `id` or
/// `id.attr`, with its line. Terms (`-term`) are the translator's own.
fn keys(text: &str) -> Vec<(String, usize)> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let lines: Vec<&str> = text.lines().collect();
    // Entries come in file order: each is searched for after the last one
    // found, so a key given twice gets the line of each definition.
    let find = |from: usize, head: &str, indented: bool| -> Option<usize> {
        (from..lines.len()).find(|&i| {
            let l = lines[i];
            let l = if indented { l.trim_start() } else { l };
            (indented || !l.starts_with(' '))
                && l.strip_prefix(head)
                    .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
    };
    let mut keys = Vec::new();
    let mut cursor = 0;
    for entry in resource.body {
        let fluent_syntax::ast::Entry::Message(m) = entry else {
            continue;
        };
        let id = m.id.name;
        let at = find(cursor, id, false).unwrap_or(cursor);
        cursor = at + 1;
        if m.value.is_some() {
            keys.push((id.to_owned(), at + 1));
        }
        let mut attr_at = at;
        for a in m.attributes {
            attr_at = find(attr_at + 1, &format!(".{}", a.id.name), true).unwrap_or(attr_at);
            keys.push((format!("{id}.{}", a.id.name), attr_at + 1));
        }
    }
    keys
}

/// An attribute given twice in one message (messages given twice are
/// found by the library).
fn duplicate_attributes(file: &File) -> Vec<Finding> {
    let mut seen = HashSet::new();
    keys(&file.text)
        .into_iter()
        .filter(|(key, _)| key.contains('.') && !seen.insert(key.clone()))
        .map(|(key, line)| {
            let message = format!("message {key} is defined more than once");
            Finding::new(ProblemKind::Duplicate, &file.shown, line, message)
        })
        .collect()
}

/// Messages of `en` that `file` lacks, and messages of `file` that `en`
/// does not have.
fn against_english(file: &File, en: &File) -> Vec<Finding> {
    // The forms of phrases and class names are each locale's own choice.
    let optional = |key: &String| {
        let (id, attr) = key.split_once('.').unwrap_or((key, ""));
        (id.starts_with("sip-") || id.starts_with("class-"))
            && matches!(attr, "short" | "ascii" | "ascii-short")
    };
    let mine: Vec<_> = keys(&file.text).into_iter().collect();
    let theirs: Vec<_> = keys(&en.text)
        .into_iter()
        .filter(|(k, _)| !optional(k))
        .collect();
    let mut findings = Vec::new();
    for (key, en_line) in &theirs {
        if !mine.iter().any(|(k, _)| k == key) {
            // An attribute's message may be there: point at it.
            let id = key.split('.').next().unwrap_or(key);
            let line = mine
                .iter()
                .find(|(k, _)| k == id || k.starts_with(&format!("{id}.")))
                .map_or(0, |(_, l)| *l);
            let message = format!("message {key} is missing (English: {}:{en_line})", en.shown);
            findings.push(Finding::new(
                ProblemKind::Missing,
                &file.shown,
                line,
                message,
            ));
        }
    }
    for (key, line) in &mine {
        let id = key.split('.').next().unwrap_or(key);
        let known = theirs.iter().any(|(k, _)| k == key)
            || (optional(key) && theirs.iter().any(|(k, _)| k == id));
        if !known {
            let message = format!(
                "message {key} is not in English ({}): remove it or fix its name",
                en.shown
            );
            findings.push(Finding::new(
                ProblemKind::Unknown,
                &file.shown,
                *line,
                message,
            ));
        }
    }
    findings
}

/// Values of `file` identical to English, unless the allow-list has them.
fn untranslated(
    file: &File,
    en: &File,
    catalog: &Catalog,
    en_catalog: &Catalog,
    given: &[bool],
    allowed: &HashSet<&str>,
) -> Vec<Finding> {
    let messages: HashMap<String, Message> = Message::all().map(|m| (m.to_string(), m)).collect();
    let theirs: HashSet<String> = keys(&en.text).into_iter().map(|(k, _)| k).collect();
    let mut findings = Vec::new();
    for (key, line) in keys(&file.text) {
        let Some(&message) = messages.get(&key).filter(|_| theirs.contains(&key)) else {
            continue;
        };
        // A value the files do not give in the end (overridden, broken)
        // is reported elsewhere, if at all.
        if !given[message.slot()] {
            continue;
        }
        let value = catalog.get(message).as_str();
        if value == en_catalog.get(message).as_str() && !allowed.contains(value) {
            let message = format!(
                "message {key} is the same as English ({value:?}): untranslated? \
                 (true cognates go in locales/lint-allow.txt)"
            );
            findings.push(Finding::new(
                ProblemKind::Untranslated,
                &file.shown,
                line,
                message,
            ));
        }
    }
    findings
}

/// The values locale `tag` may share with English.
fn allow_list(tag: &str) -> HashSet<&'static str> {
    ALLOW_LIST
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once(char::is_whitespace))
        .filter(|(t, _)| *t == "*" || *t == tag)
        .map(|(_, value)| value.trim())
        .collect()
}

fn transliterate(text: &str) -> Option<String> {
    crate::text::transliterate(text)
}

/// The longest reason phrase of a catalog in `form`, in display columns.
fn longest(catalog: &Catalog, form: Form) -> Option<(u16, String)> {
    (0..TABLE.len())
        .map(|row| (row, catalog.get(Message::Reason(row, form)).as_str()))
        // A message that failed resolves to its id: not a phrase.
        .filter(|&(row, value)| value != Message::Reason(row, Form::FULL).to_string())
        .max_by_key(|&(row, value)| (columns(value), std::cmp::Reverse(row)))
        .map(|(row, value)| (TABLE[row].code, value.to_owned()))
}

/// The display rules (see the module's doc) for the phrases and class
/// names of `sip`, resolved in `catalog`; `english` is `None` for English.
fn display_rules(sip: &File, catalog: &Catalog, english: Option<&Catalog>) -> Vec<Finding> {
    let lines: HashMap<String, usize> = keys(&sip.text).into_iter().collect();
    let messages = (0..TABLE.len())
        .map(|row| {
            (
                format!("sip-{}", TABLE[row].code),
                Message::Reason(row, Form::FULL),
            )
        })
        .chain(
            Class::ALL
                .into_iter()
                .map(|c| (c.message_id().to_owned(), Message::ClassName(c, Form::FULL))),
        );
    let mut findings = Vec::new();
    let mut seen: [HashMap<&str, String>; 4] = Default::default();
    for (id, message) in messages {
        let line = |attr: &str| {
            let key = if attr.is_empty() {
                id.clone()
            } else {
                format!("{id}.{attr}")
            };
            lines
                .get(&key)
                .or_else(|| lines.get(&id))
                .copied()
                .unwrap_or(0)
        };
        let mut report = |kind, attr: &str, text: String| {
            findings.push(Finding::new(kind, &sip.shown, line(attr), text));
        };
        let text = |form| catalog.get(message.with_form(form)).as_str();
        let (phrase, short) = (text(Form::FULL), text(Form::SHORT));
        let has_short = lines.contains_key(&format!("{id}.short"));
        let limit = |form: Form| {
            if form.short {
                SHORT_COLUMNS
            } else {
                PHRASE_COLUMNS
            }
        };
        let mut too_wide = [false; 4];
        for form in Form::ALL {
            let value = text(form);
            let attr = form_attribute(form);
            let own = english.is_none_or(|en| en.get(message.with_form(form)).as_str() != value);
            // English keeps the registered phrases, and other locales may
            // show English's ASCII forms: both are exempt from the width of
            // a phrase, not of a short form.
            let exempt = !form.short && (english.is_none() || (form.ascii && !own));
            // An ASCII form made from a text already too wide is that
            // text's problem, reported once, there.
            let source = Form {
                ascii: false,
                ..form
            };
            let derived = form.ascii && !lines.contains_key(&format!("{id}.{attr}"));
            let reported = derived && too_wide[source.bits() as usize];
            let wide = columns(value);
            too_wide[form.bits() as usize] = wide > limit(form) && !exempt;
            if too_wide[form.bits() as usize] && !reported {
                let fix = match (form.short, form.ascii, has_short) {
                    (true, false, false) => "give it a .short of at most 16 columns".to_owned(),
                    (_, true, _) => format!("shorten it, or give a .{attr} that fits"),
                    _ => "shorten it".to_owned(),
                };
                let what = if form == Form::FULL || (form == Form::SHORT && !has_short) {
                    "the phrase".to_owned()
                } else {
                    format!("the {attr} form {value:?}")
                };
                let text = format!(
                    "message {id}: {what} is {wide} columns, wider than {}: {fix}",
                    limit(form)
                );
                report(ProblemKind::Width, attr, text);
            }
            // Within a locale no two codes may read the same, in any form
            // a display shows (English's long phrases are the registry's).
            let checked = form.short || (english.is_some() && own);
            if checked {
                if let Some(other) = seen[form.bits() as usize].insert(value, id.clone()) {
                    let what = if form == Form::FULL {
                        "phrase".to_owned()
                    } else {
                        format!("{attr} form")
                    };
                    let text = format!("message {id}: same {what} as {other} ({value:?})");
                    report(ProblemKind::SameText, attr, text);
                }
            }
        }
        if has_short && short == phrase {
            let text = format!("message {id}: .short is the phrase itself: remove it");
            report(ProblemKind::SameText, "short", text);
        }
    }
    findings
}

/// The attribute name of a form, `""` for the phrase.
fn form_attribute(form: Form) -> &'static str {
    match (form.short, form.ascii) {
        (false, false) => "",
        (true, false) => "short",
        (false, true) => "ascii",
        (true, true) => "ascii-short",
    }
}
