//! `load_locale_dir`: locales added or overridden at run time, from files
//! that may come from third parties. All or nothing; linear in its input;
//! memory kept only for tables not seen before.

#[cfg(feature = "runtime-load")]
use crate::catalog::{Catalog, StaticText, SLOTS};
#[cfg(feature = "runtime-load")]
use crate::locale::{parse_tag, Entry, Registry, MAX_LANG_LEN};
use crate::problem::Problem;
#[cfg(feature = "runtime-load")]
use crate::problem::{printable, ProblemKind};
use std::path::Path;
use std::{fmt, io};
#[cfg(feature = "runtime-load")]
use std::{fs, io::Read, sync::Mutex};
#[cfg(feature = "runtime-load")]
use unic_langid::LanguageIdentifier;

/// Why a locale directory was refused.
#[derive(Debug)]
pub enum LoadError {
    Io {
        path: String,
        error: io::Error,
    },
    /// The files' problems, each with file and line. Nothing was loaded.
    Invalid(Vec<Problem>),
    /// Built without the cargo feature `runtime-load` (a firmware build):
    /// only the shipped locales exist.
    Unsupported,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Io { path, error } => write!(f, "{path}: {error}"),
            LoadError::Invalid(problems) => {
                let mut sep = "";
                for p in problems {
                    write!(f, "{sep}{p}")?;
                    sep = "\n";
                }
                Ok(())
            }
            LoadError::Unsupported => f.write_str(
                "loading locales at run time is not built in (cargo feature runtime-load)",
            ),
        }
    }
}

impl std::error::Error for LoadError {}

/// At most `MAX_PROBLEMS` problems, then one that counts the rest: the cap
/// is per load, whatever the number of files and folders.
#[cfg(feature = "runtime-load")]
fn capped(mut problems: Vec<Problem>) -> LoadError {
    use crate::resolve::MAX_PROBLEMS;
    let counted = |p: &Problem| {
        p.message
            .strip_prefix("... and ")
            .and_then(|m| m.strip_suffix(" more problems"))
            .and_then(|n| n.parse::<usize>().ok())
    };
    let mut more = 0;
    problems.retain(|p| match counted(p) {
        Some(n) => {
            more += n;
            false
        }
        None => true,
    });
    if problems.len() > MAX_PROBLEMS {
        more += problems.len() - MAX_PROBLEMS;
        problems.truncate(MAX_PROBLEMS);
    }
    if more > 0 {
        let file = problems.last().map_or(String::new(), |p| p.file.clone());
        let message = format!("... and {more} more problems");
        problems.push(Problem::new(ProblemKind::Syntax, file, 0, message));
    }
    LoadError::Invalid(problems)
}

#[cfg(feature = "runtime-load")]
/// Every table and registry a load ever put in place, so that a load that
/// gives a locale a text it had before reuses that table (and a set of
/// tables seen before, that registry) instead of keeping a copy. The mutex
/// also serializes loads; lookups never take it.
struct History {
    catalogs: Vec<(LanguageIdentifier, Catalog)>,
    registries: Vec<&'static Registry>,
}

#[cfg(feature = "runtime-load")]
static LOADS: Mutex<History> = Mutex::new(History {
    catalogs: Vec::new(),
    registries: Vec::new(),
});

/// Loads `<dir>/<lang>/*.ftl` at run time: a new `<lang>` adds a locale, a
/// shipped one gets the loaded messages in place of its own (a message the
/// files leave out keeps its current text). All or nothing: if any file has
/// a problem or cannot be read, nothing changes and the error names file
/// and line. See `sip_load_locale_dir` for every rule.
///
/// Lookups never wait for this. Strings returned before it stay valid.
/// Returns the tags of the locales loaded.
#[cfg(feature = "runtime-load")]
pub fn load_locale_dir(dir: &Path) -> Result<Vec<String>, LoadError> {
    let found = read_dir(dir)?;
    let mut problems = Vec::new();
    // Folders that name the same locale (`de`, `DE`) are loaded as one.
    let mut by_lang: Vec<(LanguageIdentifier, Vec<(String, String)>)> = Vec::new();
    for (dir_tag, files) in found {
        let shown = files.first().map_or(String::new(), |(n, _)| n.clone());
        let refuse = |why: String| Problem::new(ProblemKind::File, &shown, 0, why);
        let langid = match parse_tag(&dir_tag) {
            Some(l) if l.language.is_empty() => {
                let why = "is not a language (\"und\" would answer for every language)";
                problems.push(refuse(format!(
                    "folder name {:?} {why}",
                    printable(&dir_tag)
                )));
                continue;
            }
            Some(l) if l.to_string().len() >= MAX_LANG_LEN => {
                let why =
                    format!("is {MAX_LANG_LEN} bytes or longer: no lang argument can select it");
                problems.push(refuse(format!(
                    "folder name {:?} {why}",
                    printable(&dir_tag)
                )));
                continue;
            }
            Some(l) => l,
            None => {
                let why = "is not a language tag";
                problems.push(refuse(format!(
                    "folder name {:?} {why}",
                    printable(&dir_tag)
                )));
                continue;
            }
        };
        match by_lang.iter_mut().find(|(l, _)| *l == langid) {
            Some((_, all)) => all.extend(files),
            None => by_lang.push((langid, files)),
        }
    }
    if !problems.is_empty() {
        return Err(capped(problems));
    }

    let mut history = LOADS.lock().unwrap_or_else(|e| e.into_inner());
    crate::fault::point("load");
    let old = Registry::current();
    if !history.registries.iter().any(|r| std::ptr::eq(*r, old)) {
        // The shipped registry, so that it stays reachable once replaced.
        history.registries.push(old);
    }
    let english = old.locales[0].catalog;
    let mut built = Vec::new();
    for (langid, files) in by_lang {
        let i = old.locales.iter().position(|e| e.langid == langid);
        let base = i.map(|i| &old.locales[i].catalog);
        let sources: Vec<crate::resolve::Source> = files
            .iter()
            .map(|(name, text)| crate::resolve::Source { name, text })
            .collect();
        // The library carries no transliteration table: a loaded phrase
        // that is not ASCII shows English's ASCII form unless it has one.
        let resolved = crate::resolve::check(&langid, &sources, base, Some(&english), &|_| None);
        problems.extend(resolved.problems);
        built.push((i, langid, resolved.texts));
    }
    if !problems.is_empty() {
        return Err(capped(problems));
    }

    let mut locales: Vec<Entry> = old
        .locales
        .iter()
        .map(|e| Entry::new(e.tag, e.catalog))
        .collect();
    let mut loaded = Vec::new();
    let mut changed = false;
    for (i, langid, texts) in built {
        let same = |c: &Catalog| (0..SLOTS).all(|s| c.text_at(s) == texts[s]);
        let catalog = match i.map(|i| old.locales[i].catalog).filter(|c| same(c)) {
            Some(current) => current,
            None => {
                changed = true;
                let seen = history
                    .catalogs
                    .iter()
                    .find(|(l, c)| *l == langid && same(c));
                match seen {
                    Some((_, c)) => *c,
                    None => {
                        // `check` refused texts too long for a table.
                        let Some(c) = Catalog::leak(&texts) else {
                            return Err(LoadError::Invalid(Vec::new()));
                        };
                        history.catalogs.push((langid.clone(), c));
                        c
                    }
                }
            }
        };
        let tag = match i {
            Some(i) => old.locales[i].tag,
            None => StaticText::leak(&langid.to_string()),
        };
        loaded.push(tag.as_str().to_owned());
        match i {
            Some(i) => locales[i] = Entry::new(tag, catalog),
            None => locales.push(Entry::new(tag, catalog)),
        }
    }
    if changed {
        let same_tables = |r: &Registry| {
            r.locales.len() == locales.len()
                && r.locales
                    .iter()
                    .zip(&locales)
                    .all(|(a, b)| a.catalog.is(b.catalog) && a.tag.as_str() == b.tag.as_str())
        };
        match history.registries.iter().find(|r| same_tables(r)) {
            Some(seen) => Registry::put(seen),
            None => {
                let next: &'static Registry = Box::leak(Box::new(Registry::with(locales)));
                history.registries.push(next);
                Registry::put(next);
            }
        }
    }
    Ok(loaded)
}

/// Without the cargo feature `runtime-load`: always
/// [`LoadError::Unsupported`].
#[cfg(not(feature = "runtime-load"))]
pub fn load_locale_dir(_dir: &Path) -> Result<Vec<String>, LoadError> {
    Err(LoadError::Unsupported)
}

/// `(folder name, [(file path, text)])` for every folder of `dir` that
/// holds `.ftl` files. A `.ftl` entry that is not a readable regular file
/// of at most `MAX_FILE_LEN` bytes of UTF-8 (a dangling symlink, a FIFO, a
/// device, a directory, ...) refuses the load: it is never opened, so
/// nothing can block or stream forever.
#[cfg(feature = "runtime-load")]
#[allow(clippy::type_complexity)]
fn read_dir(dir: &Path) -> Result<Vec<(String, Vec<(String, String)>)>, LoadError> {
    use crate::resolve::MAX_FILE_LEN;
    let io_err = |path: &Path| {
        let path = printable(&path.display().to_string());
        move |error| LoadError::Io { path, error }
    };
    let mut found = Vec::new();
    let mut problems = Vec::new();
    for dirent in fs::read_dir(dir).map_err(io_err(dir))? {
        let lang_dir = dirent.map_err(io_err(dir))?.path();
        if !lang_dir.is_dir() {
            continue;
        }
        let mut files = Vec::new();
        for f in fs::read_dir(&lang_dir).map_err(io_err(&lang_dir))? {
            let path = f.map_err(io_err(&lang_dir))?.path();
            if path.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            let shown = printable(&path.display().to_string());
            let mut refuse = |kind: ProblemKind, why: String| {
                problems.push(Problem::new(kind, &shown, 0, why));
            };
            let meta = match fs::metadata(&path) {
                Ok(m) => m,
                Err(e) => {
                    refuse(ProblemKind::File, format!("cannot be read: {e}"));
                    continue;
                }
            };
            if !meta.is_file() {
                refuse(ProblemKind::File, "is not a regular file".to_owned());
                continue;
            }
            if meta.len() > MAX_FILE_LEN as u64 {
                let why = format!(
                    "is {} bytes; the loader reads at most {MAX_FILE_LEN}",
                    meta.len()
                );
                refuse(ProblemKind::TooLong, why);
                continue;
            }
            let mut bytes = Vec::new();
            let read = fs::File::open(&path)
                .and_then(|f| f.take(MAX_FILE_LEN as u64 + 1).read_to_end(&mut bytes));
            if let Err(e) = read {
                refuse(ProblemKind::File, format!("cannot be read: {e}"));
                continue;
            }
            match String::from_utf8(bytes) {
                Ok(text) => files.push((shown, text)),
                Err(e) => refuse(
                    ProblemKind::File,
                    format!("is not UTF-8 (byte {})", e.utf8_error().valid_up_to()),
                ),
            }
        }
        if !files.is_empty() || !problems.is_empty() {
            files.sort();
            let tag = lang_dir
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            found.push((tag, files));
        }
    }
    if !problems.is_empty() {
        return Err(capped(problems));
    }
    found.retain(|(_, files)| !files.is_empty());
    found.sort();
    Ok(found)
}
