//! `sipstatus-lint`: checks translations the way the library will read them,
//! and says what is wrong by file and line. See locales/README.md.
//!
//! Exit status: 0 when there are no errors (warnings allowed), 1 when there
//! are errors, 2 for a bad command line. Needs no cargo feature, so that
//! `cargo run --bin sipstatus-lint` just works.

use sipstatus::lint::{columns, lint, LocaleReport};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage: sipstatus-lint [--stats] [PATH...]

Checks sipstatus translations: Fluent syntax, messages missing against
English or unknown to it, empty values, control characters, bidi marks,
leading or trailing whitespace, duplicates (errors), and values identical
to English that look untranslated (warnings; see locales/lint-allow.txt).

PATH is a folder of locales (the default: locales/), one locale folder
(locales/fr) or one file (locales/fr/sip.ftl).

  --stats      also print the longest phrase and short form of each locale, in display columns
  -h, --help   print this help
  -V, --version

Exit status: 0 without errors (warnings allowed), 1 with errors, 2 for a
bad command line.";

fn main() -> ExitCode {
    let mut stats = false;
    let mut paths = Vec::new();
    let mut only_paths = false;
    for arg in std::env::args_os().skip(1) {
        match arg.to_str() {
            _ if only_paths => paths.push(PathBuf::from(arg)),
            Some("--stats") => stats = true,
            Some("-h" | "--help") => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            Some("-V" | "--version") => {
                println!("sipstatus-lint {}", sipstatus::VERSION);
                return ExitCode::SUCCESS;
            }
            Some("--") => only_paths = true,
            Some(flag) if flag.starts_with('-') => {
                eprintln!("sipstatus-lint: unknown option {flag:?}\n\n{USAGE}");
                return ExitCode::from(2);
            }
            _ => paths.push(PathBuf::from(arg)),
        }
    }
    if paths.is_empty() {
        paths.push(default_locales());
    }

    let reports = lint(&paths);
    let (mut errors, mut warnings, mut failed) = (0, 0, 0);
    for report in &reports {
        for finding in &report.findings {
            println!("{}", finding.diagnostic());
        }
        let e = report.findings.iter().filter(|f| !f.is_warning()).count();
        errors += e;
        warnings += report.findings.len() - e;
        failed += usize::from(e > 0);
    }
    if stats {
        print_stats(&reports);
    }
    println!(
        "sipstatus-lint: {} locales: {} passed, {failed} failed ({errors} errors, {warnings} warnings)",
        reports.len(),
        reports.len() - failed,
    );
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// `locales/` of the working directory, else of the source tree this was
/// built from (so `cargo run` works from any folder of the repository).
fn default_locales() -> PathBuf {
    let here = PathBuf::from("locales");
    if here.is_dir() {
        here
    } else {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales")
    }
}

fn print_stats(reports: &[LocaleReport]) {
    println!("\nlongest phrase and short form per locale, in display columns (limits: 24 and 16, English's phrases excepted):");
    let width = reports.iter().map(|r| r.dir.len()).max().unwrap_or(0);
    for report in reports {
        let cell = |longest: &Option<(u16, String)>| match longest {
            Some((code, text)) => format!("{:>3}  {code}  {text}", columns(text)),
            None => "(none)".to_owned(),
        };
        let phrase = cell(&report.longest_phrase);
        let pad = 40usize.saturating_sub(phrase.chars().count() + phrase_extra(&phrase));
        println!(
            "  {:<width$}  {phrase}{}  {}",
            report.dir,
            " ".repeat(pad),
            cell(&report.longest_short)
        );
    }
}

/// Columns a cell takes beyond its character count (wide characters).
fn phrase_extra(cell: &str) -> usize {
    columns(cell).saturating_sub(cell.chars().count())
}
