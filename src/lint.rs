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
use crate::ftl_index::{ftl_files, FtlFile};
use crate::problem::{Problem, ProblemKind};
use crate::resolve::{self, Source};
use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use unic_langid::LanguageIdentifier;
use unicode_width::UnicodeWidthStr;

/// Values a locale may share with English (`locales/lint-allow.txt`).
const ALLOW_LIST: &str = include_str!("../locales/lint-allow.txt");

/// What the linter found in one locale folder.
#[derive(Clone, Debug)]
pub struct LocaleReport {
    /// The folder, as given or found (e.g. `locales/pt-BR`).
    pub dir: String,
    /// Sorted by file and line. Print each with [`Problem::diagnostic`].
    pub findings: Vec<Problem>,
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
                findings: vec![Problem::new(
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
    let files = ftl_files(path).map_err(|e| e.to_string())?;
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
        let files = ftl_files(&dir).map_err(|e| e.to_string())?;
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
struct Text {
    /// As shown in reports, e.g. `locales/fr/sip.ftl`.
    shown: String,
    /// e.g. `sip.ftl`: English's file of the same name is the reference.
    name: String,
    text: String,
}

/// A Fluent file, indexed by the check that resolved it.
struct File {
    shown: String,
    name: String,
    /// `None` when the Fluent parser could not be given the file (the
    /// check reports why).
    index: Option<FtlFile>,
}

impl File {
    /// Every message value and attribute the file defines, as `id` or
    /// `id.attr`, with its line (see [`FtlFile::keys`]).
    fn keys(&self) -> impl Iterator<Item = (String, usize)> + '_ {
        self.index.iter().flat_map(FtlFile::keys)
    }
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
        let mut texts = Vec::new();
        for path in &self.files {
            let shown = path.display().to_string();
            match fs::read_to_string(path) {
                Ok(text) => texts.push(Text {
                    name: path
                        .file_name()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .into(),
                    shown,
                    text,
                }),
                Err(e) => findings.push(Problem::new(ProblemKind::File, shown, 0, e.to_string())),
            }
        }
        let langid: LanguageIdentifier = match tag.parse() {
            Ok(l) => l,
            Err(_) => {
                let message = format!("folder name {tag:?} is not a language tag (e.g. pt-BR)");
                findings.push(Problem::new(ProblemKind::File, dir.clone(), 0, message));
                LanguageIdentifier::default()
            }
        };
        let is_reference = tag == "en";
        let english = (!is_reference).then(|| {
            let texts = english_beside(&self.dir);
            let en_langid = "en".parse().unwrap_or_default();
            let resolved =
                resolve::check(&en_langid, &sources_of(&texts), None, None, &transliterate);
            (resolved.catalog(), indexed(texts, resolved.files))
        });
        let en_catalog = english.as_ref().map(|(catalog, _)| catalog);
        let resolved = resolve::check(
            &langid,
            &sources_of(&texts),
            None,
            en_catalog,
            &transliterate,
        );
        let catalog = resolved.catalog();
        let given = resolved.given;
        findings.extend(
            resolved
                .problems
                .into_iter()
                // Missing and unknown messages of a translation are found
                // against English, file by file, below.
                .filter(|p| {
                    is_reference || !matches!(p.kind, ProblemKind::Missing | ProblemKind::Unknown)
                }),
        );
        let files = indexed(texts, resolved.files);
        for file in &files {
            findings.extend(duplicate_attributes(file));
        }
        if let Some((en_catalog, english)) = &english {
            let allowed = allow_list(&tag);
            // A file the Fluent parser was not given has one problem,
            // reported by the check: why.
            for file in files.iter().filter(|f| f.index.is_some()) {
                let Some(en_file) = english.iter().find(|e| e.name == file.name) else {
                    let message = format!(
                        "English has no {}: sipstatus would not know its messages",
                        file.name
                    );
                    findings.push(Problem::new(ProblemKind::File, &file.shown, 0, message));
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
                            en_file.keys().count()
                        );
                        findings.push(Problem::new(ProblemKind::Missing, shown, 0, message));
                    }
                }
            }
        }
        if let Some(sip) = files
            .iter()
            .find(|f| f.name == "sip.ftl" && f.index.is_some())
        {
            findings.extend(display_rules(sip, &catalog, en_catalog));
        }
        findings.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        findings.dedup();
        LocaleReport {
            dir,
            findings,
            longest_phrase: longest(&catalog, Form::FULL),
            longest_short: longest(&catalog, Form::SHORT),
        }
    }
}

fn sources_of(texts: &[Text]) -> Vec<Source<'_>> {
    texts
        .iter()
        .map(|f| Source {
            name: &f.shown,
            text: &f.text,
        })
        .collect()
}

/// `texts` with their indexes, as `resolve::check` made them.
fn indexed(texts: Vec<Text>, indexes: Vec<Option<FtlFile>>) -> Vec<File> {
    texts
        .into_iter()
        .zip(indexes)
        .map(|(t, index)| File {
            shown: t.shown,
            name: t.name,
            index,
        })
        .collect()
}

/// The English files a locale in `dir` is compared with: the `en` folder
/// beside it, else the ones built into the library.
fn english_beside(dir: &Path) -> Vec<Text> {
    let beside = dir.parent().map(|p| p.join("en"));
    if let Some(en) = beside.filter(|p| p.join("sip.ftl").is_file()) {
        let files = ftl_files(&en).unwrap_or_default();
        let read: Vec<Text> = files
            .iter()
            .filter_map(|p| {
                Some(Text {
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
        .map(|&(name, text)| Text {
            shown: format!("(built-in) en/{name}"),
            name: name.to_owned(),
            text: text.to_owned(),
        })
        .collect()
}

/// An attribute given twice in one message (messages given twice are
/// found by the library).
fn duplicate_attributes(file: &File) -> Vec<Problem> {
    let mut seen = HashSet::new();
    file.keys()
        .filter(|(key, _)| key.contains('.') && !seen.insert(key.clone()))
        .map(|(key, line)| {
            let message = format!("message {key} is defined more than once");
            Problem::new(ProblemKind::Duplicate, &file.shown, line, message)
        })
        .collect()
}

/// Messages of `en` that `file` lacks, and messages of `file` that `en`
/// does not have.
fn against_english(file: &File, en: &File) -> Vec<Problem> {
    // The forms of phrases and class names are each locale's own choice.
    let optional = |key: &String| {
        let (id, attr) = key.split_once('.').unwrap_or((key, ""));
        (id.starts_with("sip-") || id.starts_with("class-"))
            && matches!(attr, "short" | "ascii" | "ascii-short")
    };
    let mine: Vec<_> = file.keys().collect();
    let theirs: Vec<_> = en.keys().filter(|(k, _)| !optional(k)).collect();
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
            findings.push(Problem::new(
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
            findings.push(Problem::new(
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
) -> Vec<Problem> {
    let messages: HashMap<String, Message> = Message::all().map(|m| (m.to_string(), m)).collect();
    let theirs: HashSet<String> = en.keys().map(|(k, _)| k).collect();
    let mut findings = Vec::new();
    for (key, line) in file.keys() {
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
            findings.push(Problem::new(
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
fn display_rules(sip: &File, catalog: &Catalog, english: Option<&Catalog>) -> Vec<Problem> {
    let lines: HashMap<String, usize> = sip.keys().collect();
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
            findings.push(Problem::new(kind, &sip.shown, line(attr), text));
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
