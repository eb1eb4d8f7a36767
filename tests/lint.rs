//! `sipstatus-lint` against broken copies of the shipped locales: every kind
//! of problem is reported with its file, line and kind, and nothing else is.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use tempfile::TempDir;

const LINT: &str = env!("CARGO_BIN_EXE_sipstatus-lint");

fn shipped(path: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    fs::read_to_string(root.join(path)).unwrap()
}

/// A locales folder holding the shipped `en` and `fr`, ready to break.
struct Tree {
    dir: TempDir,
}

impl Tree {
    fn new() -> Tree {
        let tree = Tree {
            dir: tempfile::tempdir().unwrap(),
        };
        for tag in ["en", "fr"] {
            for file in ["sip.ftl", "q850.ftl", "warning.ftl"] {
                tree.write(&format!("{tag}/{file}"), &shipped(&format!("{tag}/{file}")));
            }
        }
        tree
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    fn write(&self, rel: &str, text: &str) {
        let path = self.path(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.path(rel)).unwrap()
    }

    /// Rewrites `rel` with `edit` applied to its text.
    fn edit(&self, rel: &str, edit: impl FnOnce(&str) -> String) {
        let text = self.read(rel);
        self.write(rel, &edit(&text));
    }

    /// The 1-based line of `rel` that starts with `start` (the first one
    /// after line `after`).
    fn line(&self, rel: &str, start: &str, after: usize) -> usize {
        let text = self.read(rel);
        let i = text.lines().skip(after).position(|l| l.starts_with(start));
        after + i.unwrap_or_else(|| panic!("no line {start:?} in {rel}")) + 1
    }

    fn lint(&self, args: &[&str]) -> Lint {
        let mut cmd = Command::new(LINT);
        if args.is_empty() {
            cmd.arg(self.dir.path());
        }
        for a in args {
            cmd.arg(self.path(a));
        }
        Lint::new(cmd.output().unwrap(), self.dir.path())
    }
}

/// One reported finding: (file relative to the tree, line, severity, kind).
type Report = (String, usize, &'static str, String);

struct Lint {
    code: Option<i32>,
    stdout: String,
    findings: Vec<Report>,
}

impl Lint {
    fn new(out: Output, root: &Path) -> Lint {
        let stdout = String::from_utf8(out.stdout).unwrap();
        let prefix = format!("{}/", root.display());
        let mut findings = Vec::new();
        for line in stdout.lines() {
            let (loc, severity, rest) = if let Some((l, r)) = line.split_once(": error[") {
                (l, "error", r)
            } else if let Some((l, r)) = line.split_once(": warning[") {
                (l, "warning", r)
            } else {
                continue;
            };
            let kind = rest.split_once("]: ").expect("a kind").0.to_owned();
            let loc = loc.strip_prefix(&prefix).unwrap_or(loc);
            let (file, line) = match loc.rsplit_once(':') {
                Some((f, n)) if n.parse::<usize>().is_ok() => (f, n.parse().unwrap()),
                _ => (loc, 0),
            };
            findings.push((file.to_owned(), line, severity, kind));
        }
        findings.sort();
        Lint {
            code: out.status.code(),
            stdout,
            findings,
        }
    }

    /// Asserts exactly these findings, in any order.
    fn assert(&self, code: i32, want: &[(&str, usize, &str, &str)]) {
        let mut want: Vec<Report> = want
            .iter()
            .map(|&(f, l, s, k)| {
                let severity = if s == "warning" { "warning" } else { "error" };
                (f.to_owned(), l, severity, k.to_owned())
            })
            .collect();
        want.sort();
        assert_eq!(self.findings, want, "output:\n{}", self.stdout);
        assert_eq!(self.code, Some(code), "output:\n{}", self.stdout);
    }
}

/// Deletes message `id` with its attributes (the indented lines after it).
fn remove_message(text: &str, id: &str) -> String {
    let start = format!("{id} =");
    assert!(text.lines().any(|l| l.starts_with(&start)), "{id}");
    let mut inside = false;
    let mut out = String::new();
    for l in text.lines() {
        if l.starts_with(&start) {
            inside = true;
        } else if inside && l.starts_with(' ') {
        } else {
            inside = false;
            out.push_str(l);
            out.push('\n');
        }
    }
    out
}

/// Replaces the line that starts with `start` by `with` (`None`: deletes it).
fn replace_line(text: &str, start: &str, with: Option<&str>) -> String {
    assert!(text.lines().any(|l| l.starts_with(start)), "{start:?}");
    text.lines()
        .filter_map(|l| match l.starts_with(start) {
            true => with,
            false => Some(l),
        })
        .map(|l| format!("{l}\n"))
        .collect()
}

const FR: &str = "fr/sip.ftl";

#[test]
fn the_shipped_locales_are_clean() {
    let out = Command::new(LINT)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(!stdout.contains("error["), "{stdout}");
    assert!(!stdout.contains("warning["), "{stdout}");
    assert!(
        stdout.contains(" 0 failed (0 errors, 0 warnings)"),
        "{stdout}"
    );
}

#[test]
fn a_clean_copy_passes() {
    let tree = Tree::new();
    let lint = tree.lint(&[]);
    lint.assert(0, &[]);
    assert!(lint.stdout.contains("2 locales: 2 passed, 0 failed"));
}

#[test]
fn syntax_error() {
    let tree = Tree::new();
    tree.edit(FR, |t| replace_line(t, "sip-486 =", Some("sip-486 Occupé")));
    let line = tree.line(FR, "sip-486 Occupé", 0);
    // The broken entry swallows the message: its value and description are
    // missing too.
    tree.lint(&[]).assert(
        1,
        &[
            (FR, line, "error", "syntax"),
            (FR, 0, "error", "missing"),
            (FR, 0, "error", "missing"),
        ],
    );
}

#[test]
fn unclosed_placeable_names_the_entry() {
    let tree = Tree::new();
    tree.edit(FR, |t| {
        replace_line(t, "sip-486 =", Some("sip-486 = Occupé {"))
    });
    let entry = tree.line(FR, "sip-486 =", 0);
    let lint = tree.lint(&[]);
    assert_eq!(lint.code, Some(1));
    let syntax: Vec<_> = lint.findings.iter().filter(|f| f.3 == "syntax").collect();
    assert_eq!(syntax.len(), 1, "{}", lint.stdout);
    assert!(
        syntax[0].1 >= entry
            && lint
                .stdout
                .contains(&format!("(in the entry from line {entry})")),
        "{}",
        lint.stdout
    );
}

#[test]
fn missing_message_and_missing_attribute() {
    let tree = Tree::new();
    tree.edit(FR, |t| {
        let t = remove_message(t, "sip-486");
        replace_line(&t, &description_of(&t, "sip-603"), None)
    });
    let sip_603 = tree.line(FR, "sip-603 =", 0);
    let lint = tree.lint(&[]);
    lint.assert(
        1,
        &[
            (FR, 0, "error", "missing"),
            (FR, 0, "error", "missing"),
            (FR, sip_603, "error", "missing"),
        ],
    );
    assert!(lint
        .stdout
        .contains("message sip-486 is missing (English: "));
    assert!(lint
        .stdout
        .contains("message sip-603.description is missing"));
}

/// The `.description` line that follows message `id`.
fn description_of(text: &str, id: &str) -> String {
    let start = format!("{id} =");
    let mut lines = text.lines().skip_while(|l| !l.starts_with(&start));
    lines.nth(1).unwrap().to_owned()
}

#[test]
fn messages_english_does_not_have() {
    let tree = Tree::new();
    tree.edit(FR, |t| {
        let typo = description_of(t, "sip-486").replace(".description", ".descripton");
        let t = replace_line(t, &description_of(t, "sip-486"), Some(&typo));
        format!("{t}sip-999 = Inconnu\n")
    });
    let sip_486 = tree.line(FR, "sip-486 =", 0);
    let sip_999 = tree.line(FR, "sip-999 =", 0);
    tree.lint(&[]).assert(
        1,
        &[
            (FR, sip_486 + 1, "error", "unknown"),
            (FR, sip_486, "error", "missing"),
            (FR, sip_999, "error", "unknown"),
        ],
    );
}

/// One bad value for sip-486 and the kind it must be reported as.
fn bad_value(value: &str, kind: &str) {
    let tree = Tree::new();
    let line = format!("sip-486 = {value}");
    tree.edit(FR, |t| replace_line(t, "sip-486 =", Some(&line)));
    let at = tree.line(FR, "sip-486 =", 0);
    tree.lint(&[]).assert(1, &[(FR, at, "error", kind)]);
}

#[test]
fn empty_value() {
    bad_value(r#"{ "" }"#, "empty");
}

#[test]
fn control_characters() {
    bad_value("Occupé\tici", "control-char");
    bad_value(r#"Occupé{ "\u0007" }"#, "control-char");
}

#[test]
fn bidi_and_isolation_marks() {
    bad_value("Occupé\u{202E}", "bidi");
    bad_value("\u{2066}Occupé\u{2069}", "bidi");
    bad_value("Occupé\u{200F}", "bidi");
}

#[test]
fn leading_or_trailing_whitespace() {
    bad_value(r#"{ " " }Occupé"#, "whitespace");
    bad_value("Occupé\u{00A0}", "whitespace");
}

#[test]
fn value_fluent_cannot_format() {
    bad_value("{ $who } est occupé", "format");
}

#[test]
fn bad_description_is_reported_on_its_own_line() {
    let tree = Tree::new();
    tree.edit(FR, |t| {
        let d = description_of(t, "sip-486");
        replace_line(t, &d, Some("    .description = Occupé\u{202B}"))
    });
    let at = tree.line(FR, "sip-486 =", 0) + 1;
    tree.lint(&[]).assert(1, &[(FR, at, "error", "bidi")]);
}

#[test]
fn duplicate_message_and_attribute() {
    let tree = Tree::new();
    tree.edit(FR, |t| {
        let d = description_of(t, "sip-603");
        let t = replace_line(t, &d, Some(&format!("{d}\n{d}")));
        format!("{t}sip-486 = Occupé\n")
    });
    let sip_603 = tree.line(FR, "sip-603 =", 0);
    let again = tree.line(FR, "sip-486 =", tree.line(FR, "sip-486 =", 0));
    tree.lint(&[]).assert(
        1,
        &[
            (FR, sip_603 + 2, "error", "duplicate"),
            (FR, again, "error", "duplicate"),
        ],
    );
}

/// A message given twice is read as Fluent reads it, the last definition:
/// a problem with its value is on that definition's line (it used to be on
/// the first's).
#[test]
fn a_message_given_twice_is_reported_where_fluent_reads_it() {
    let tree = Tree::new();
    tree.edit(FR, |t| format!("{t}sip-486 = {{ \"\" }}\n"));
    let first = tree.line(FR, "sip-486 =", 0);
    let again = tree.line(FR, "sip-486 =", first);
    tree.lint(&[]).assert(
        1,
        &[
            (FR, again, "error", "duplicate"),
            (FR, again, "error", "empty"),
        ],
    );
}

/// A broken definition is a syntax error, not a definition: the message
/// after it is not "defined more than once" (it used to be).
#[test]
fn a_broken_definition_is_no_duplicate() {
    let tree = Tree::new();
    tree.edit(FR, |t| t.replacen("sip-486 =", "sip-486 =\nsip-486 =", 1));
    let broken = tree.line(FR, "sip-486 =", 0);
    tree.lint(&[]).assert(1, &[(FR, broken, "error", "syntax")]);
}

/// A file the Fluent parser cannot read safely (fluent-rs issue 389) is
/// one error, as the loader reports it: the linter used to parse it anyway,
/// and panic.
#[test]
fn a_file_the_fluent_parser_cannot_read_is_one_error() {
    let tree = Tree::new();
    tree.edit(FR, |t| {
        replace_line(t, "sip-486 =", Some("sip-486 = { \"\\u0é\" }"))
    });
    let at = tree.line(FR, "sip-486 =", 0);
    let lint = tree.lint(&[]);
    lint.assert(1, &[(FR, at, "error", "syntax")]);
    assert!(
        lint.stdout.contains("write the character itself"),
        "{}",
        lint.stdout
    );
}

#[test]
fn values_left_in_english_are_warnings() {
    let tree = Tree::new();
    tree.edit(FR, |t| {
        let t = replace_line(t, "sip-486 =", Some("sip-486 = Busy Here"));
        let d = description_of(&t, "sip-603");
        let en = description_of(&shipped("en/sip.ftl"), "sip-603");
        replace_line(&t, &d, Some(&en))
    });
    let sip_486 = tree.line(FR, "sip-486 =", 0);
    let sip_603 = tree.line(FR, "sip-603 =", 0);
    let lint = tree.lint(&[]);
    lint.assert(
        0,
        &[
            (FR, sip_486, "warning", "untranslated"),
            (FR, sip_603 + 1, "warning", "untranslated"),
        ],
    );
    assert!(lint.stdout.contains("0 failed (0 errors, 2 warnings)"));
}

/// "OK" is allowed everywhere, "Redirection" in French only
/// (locales/lint-allow.txt).
#[test]
fn the_allow_list_is_per_locale() {
    let tree = Tree::new();
    assert!(tree
        .read(FR)
        .contains("\nclass-redirection = Redirection\n"));
    assert!(tree.read(FR).contains("\nsip-200 = OK\n"));
    tree.write("it/sip.ftl", &tree.read(FR));
    tree.write("it/q850.ftl", &tree.read("fr/q850.ftl"));
    tree.write("it/warning.ftl", &tree.read("fr/warning.ftl"));
    let at = tree.line("it/sip.ftl", "class-redirection =", 0);
    tree.lint(&[])
        .assert(0, &[("it/sip.ftl", at, "warning", "untranslated")]);
}

#[test]
fn missing_file_and_bad_folder_name() {
    let tree = Tree::new();
    tree.write("not_a tag!/sip.ftl", &tree.read(FR));
    tree.write("not_a tag!/q850.ftl", &tree.read("fr/q850.ftl"));
    tree.write("not_a tag!/warning.ftl", &tree.read("fr/warning.ftl"));
    fs::remove_file(tree.path("fr/q850.ftl")).unwrap();
    let lint = tree.lint(&[]);
    lint.assert(
        1,
        &[
            ("fr/q850.ftl", 0, "error", "missing"),
            ("not_a tag!", 0, "error", "file"),
            // Not French, so "Redirection" is no cognate there.
            (
                "not_a tag!/sip.ftl",
                tree.line(FR, "class-redirection", 0),
                "warning",
                "untranslated",
            ),
        ],
    );
}

#[test]
fn english_is_checked_against_the_code_table() {
    let tree = Tree::new();
    tree.edit("en/sip.ftl", |t| {
        let t = remove_message(t, "sip-487");
        format!("{t}sip-999 = Unknown\n")
    });
    let sip_999 = tree.line("en/sip.ftl", "sip-999 =", 0);
    let lint = tree.lint(&["en"]);
    lint.assert(
        1,
        &[
            ("en/sip.ftl", 0, "error", "missing"),
            ("en/sip.ftl", 0, "error", "missing"),
            ("en/sip.ftl", sip_999, "error", "unknown"),
        ],
    );
    assert!(lint.stdout.contains("message sip-487 is missing"));
}

#[test]
fn one_file_or_one_folder() {
    let tree = Tree::new();
    tree.edit(FR, |t| {
        replace_line(t, "sip-486 =", Some("sip-486 = Busy Here"))
    });
    fs::remove_file(tree.path("fr/q850.ftl")).unwrap();
    let at = tree.line(FR, "sip-486 =", 0);
    // A file alone: the other files of its folder are not looked for.
    tree.lint(&[FR])
        .assert(0, &[(FR, at, "warning", "untranslated")]);
    tree.lint(&["fr"]).assert(
        1,
        &[
            (FR, at, "warning", "untranslated"),
            ("fr/q850.ftl", 0, "error", "missing"),
        ],
    );
}

#[test]
fn without_english_beside_the_built_in_english_is_the_reference() {
    let tree = Tree::new();
    fs::remove_dir_all(tree.path("en")).unwrap();
    tree.edit(FR, |t| replace_line(t, &description_of(t, "sip-486"), None));
    let at = tree.line(FR, "sip-486 =", 0);
    let lint = tree.lint(&[]);
    lint.assert(1, &[(FR, at, "error", "missing")]);
    assert!(
        lint.stdout.contains("(built-in) en/sip.ftl:"),
        "{}",
        lint.stdout
    );
}

#[test]
fn bad_paths_and_flags() {
    let tree = Tree::new();
    let lint = tree.lint(&["nowhere"]);
    lint.assert(1, &[("nowhere", 0, "error", "file")]);

    let empty = tempfile::tempdir().unwrap();
    let out = Command::new(LINT).arg(empty.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));

    let out = Command::new(LINT).arg("--frobnicate").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("unknown option \"--frobnicate\""),
        "{stderr}"
    );
    assert!(stderr.contains("usage: sipstatus-lint"), "{stderr}");
}

#[test]
fn stats_give_the_longest_phrase_per_locale() {
    let tree = Tree::new();
    let long = "Un message beaucoup plus long que tous les autres";
    tree.edit(FR, |t| {
        replace_line(t, "sip-480 =", Some(&format!("sip-480 = {long}")))
    });
    let out = Command::new(LINT)
        .arg("--stats")
        .arg(tree.dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let row = stdout
        .lines()
        .find(|l| {
            l.trim_start()
                .starts_with(&format!("{} ", tree.path("fr").display()))
        })
        .unwrap_or_else(|| panic!("{stdout}"));
    let cells: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(cells[1], long.chars().count().to_string(), "{row}");
    assert_eq!(cells[2], "480", "{row}");
    assert!(row.contains(long), "{row}");
    let en = stdout
        .lines()
        .find(|l| l.contains("/en "))
        .unwrap_or_else(|| panic!("{stdout}"));
    assert!(
        en.contains(" 39  555  Push Notification Service Not Supported"),
        "{en}"
    );
}

// The display rules (width in columns, short forms, ASCII forms, distinct
// phrases), each reported with file and line.

#[test]
fn a_phrase_wider_than_24_columns_is_an_error() {
    let tree = Tree::new();
    // 25 columns, with a .short so only the width of the phrase is wrong.
    let wide = "sip-480 = Indisponible pour le moment !\n    .short = Indisponible";
    tree.edit(FR, |t| replace_line(t, "sip-480 =", Some(wide)));
    let at = tree.line(FR, "sip-480 =", 0);
    tree.lint(&[]).assert(1, &[(FR, at, "error", "width")]);
}

#[test]
fn east_asian_wide_characters_count_two_columns() {
    let tree = Tree::new();
    // 13 wide characters: 26 columns, though only 13 characters.
    tree.edit(FR, |t| {
        replace_line(
            t,
            "sip-480 =",
            Some("sip-480 = 一二三四五六七八九十一二三\n    .short = 一二三四五六七八"),
        )
    });
    let at = tree.line(FR, "sip-480 =", 0);
    tree.lint(&[]).assert(1, &[(FR, at, "error", "width")]);
}

#[test]
fn a_phrase_wider_than_16_columns_needs_a_short_form() {
    let tree = Tree::new();
    tree.edit(FR, |t| {
        replace_line(t, "sip-480 =", Some("sip-480 = Injoignable un moment"))
    });
    let at = tree.line(FR, "sip-480 =", 0);
    tree.lint(&[]).assert(1, &[(FR, at, "error", "width")]);
}

#[test]
fn a_short_form_wider_than_16_columns_is_an_error() {
    let tree = Tree::new();
    tree.edit(FR, |t| {
        replace_line(
            t,
            "    .short = Session refusée",
            Some("    .short = Session refusée ici"),
        )
    });
    let at = tree.line(FR, "sip-606 =", 0) + 1;
    tree.lint(&[]).assert(1, &[(FR, at, "error", "width")]);
}

#[test]
fn two_codes_with_the_same_phrase_or_short_form_are_an_error() {
    let tree = Tree::new();
    tree.edit(FR, |t| {
        replace_line(t, "sip-480 =", Some("sip-480 = Occupé"))
    });
    let at = tree.line(FR, "sip-486 =", 0);
    // 480 comes first: the second of the two (486) is reported, for its
    // phrase, its short form and its ASCII short form.
    tree.lint(&[]).assert(
        1,
        &[
            (FR, at, "error", "same-text"),
            (FR, at, "error", "same-text"),
            (FR, at, "error", "same-text"),
            (FR, at, "error", "same-text"),
        ],
    );
}

#[test]
fn an_ascii_form_must_be_printable_ascii() {
    let tree = Tree::new();
    tree.edit(FR, |t| {
        replace_line(
            t,
            "sip-486 =",
            Some("sip-486 = Occupé\n    .ascii = Occupé"),
        )
    });
    let at = tree.line(FR, "sip-486 =", 0) + 1;
    tree.lint(&[]).assert(1, &[(FR, at, "error", "ascii")]);
}

#[test]
fn english_keeps_its_long_registered_phrases() {
    // English's 555 is 39 columns: no error, but its short form is checked.
    let tree = Tree::new();
    tree.lint(&[]).assert(0, &[]);
    tree.edit("en/sip.ftl", |t| {
        replace_line(
            t,
            "    .short = No Push Service",
            Some("    .short = No Push Notification Service"),
        )
    });
    let at = tree.line("en/sip.ftl", "sip-555 =", 0) + 1;
    let lint = tree.lint(&["--", "en"]);
    assert!(
        lint.findings
            .contains(&("en/sip.ftl".to_owned(), at, "error", "width".to_owned())),
        "{}",
        lint.stdout
    );
}

/// `warning.ftl` is checked like the other files: a missing or unknown
/// message, a bad value, a value left in English, a missing file.
#[test]
fn the_warning_file_is_checked_like_the_others() {
    const FR_W: &str = "fr/warning.ftl";
    let tree = Tree::new();
    tree.edit(FR_W, |t| {
        let t = remove_message(t, "warning-307");
        let t = replace_line(
            &t,
            "warning-370 =",
            Some("warning-370 = Bande\u{202E}passante"),
        );
        let t = replace_line(&t, "warning-381 =", Some("warning-381 = SIPS Required"));
        format!("{t}warning-390 = Inconnu\n")
    });
    let lint = tree.lint(&[]);
    lint.assert(
        1,
        &[
            (FR_W, 0, "error", "missing"),
            (FR_W, tree.line(FR_W, "warning-370", 0), "error", "bidi"),
            (
                FR_W,
                tree.line(FR_W, "warning-381", 0),
                "warning",
                "untranslated",
            ),
            (FR_W, tree.line(FR_W, "warning-390", 0), "error", "unknown"),
        ],
    );
    assert!(lint.stdout.contains("message warning-307 is missing"));

    let tree = Tree::new();
    fs::remove_file(tree.path(FR_W)).unwrap();
    tree.lint(&[]).assert(1, &[(FR_W, 0, "error", "missing")]);
    // English without a warn-code: its file names the message.
    let tree = Tree::new();
    tree.edit("en/warning.ftl", |t| remove_message(t, "warning-399"));
    let lint = tree.lint(&["en"]);
    lint.assert(1, &[("en/warning.ftl", 0, "error", "missing")]);
    assert!(lint.stdout.contains("message warning-399 is missing"));
}
