//! The `sipstatus` command-line tool, run as a user would: its outputs are
//! checked against the library, and every error exits non-zero with a
//! message on stderr (and, for a bad command line, nothing on stdout).

use serde_json::Value;
use sipstatus::{Cause, Class, Form, Lang, Reason, StatusCode, WarnCode, Warning, TABLE};
use std::io::Write;
use std::process::{Command, Stdio};
use unicode_width::UnicodeWidthStr;

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// The locale variables the tool reads: cleared for every run unless given.
const LOCALE_VARS: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

/// Runs the tool with `args`, the locale variables `env` (the others
/// unset) and `stdin` on standard input (empty when None).
fn run_with(args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sipstatus"));
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for var in LOCALE_VARS {
        cmd.env_remove(var);
    }
    cmd.envs(env.iter().copied());
    let mut child = cmd.spawn().unwrap();
    let mut pipe = child.stdin.take().unwrap();
    pipe.write_all(stdin.unwrap_or_default().as_bytes())
        .unwrap();
    drop(pipe);
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code(),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

fn run(args: &[&str]) -> Run {
    run_with(args, &[], None)
}

fn ok_with(args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> String {
    let r = run_with(args, env, stdin);
    assert_eq!(r.code, Some(0), "{args:?} {env:?} {stdin:?}: {}", r.stderr);
    assert_eq!(r.stderr, "", "{args:?}");
    r.stdout
}

fn ok(args: &[&str]) -> String {
    let r = run(args);
    assert_eq!(r.code, Some(0), "{args:?}: {}", r.stderr);
    assert_eq!(r.stderr, "", "{args:?}");
    r.stdout
}

/// Asserts a usage error: exit 2, `message` on stderr, nothing on stdout.
fn fails(args: &[&str], message: &str) {
    let r = run(args);
    assert_eq!(r.code, Some(2), "{args:?}: {}{}", r.stdout, r.stderr);
    assert_eq!(r.stdout, "", "{args:?}");
    assert!(r.stderr.contains(message), "{args:?}: {}", r.stderr);
}

fn json(args: &[&str]) -> Value {
    serde_json::from_str(&ok(args)).unwrap()
}

#[test]
fn one_code_in_german() {
    let de = Lang::negotiate("de");
    let description = StatusCode::BUSY_HERE.description(de).unwrap();
    let want = format!(
        "code:        486 (BUSY_HERE, RFC 3261)\n\
         class:       4xx Anfragefehler\n\
         phrase:      Besetzt\n\
         short:       Besetzt\n\
         ascii:       Besetzt\n\
         description: {description}\n\
         q850:        17 Teilnehmer besetzt\n\
         reason:      SIP;cause=486;text=\"Besetzt\"\n\
         language:    de\n"
    );
    assert_eq!(ok(&["486", "--lang", "de"]), want);
    assert_eq!(ok(&["-l", "de_AT.UTF-8", "486"]), want);
}

#[test]
fn english_is_the_default() {
    let out = ok(&["603"]);
    assert!(out.contains("\nphrase:      Decline\n"), "{out}");
    assert!(out.contains("\nlanguage:    en\n"), "{out}");
    assert_eq!(ok(&["603", "--lang", "en_US.UTF-8"]), out);
    assert_eq!(ok(&["603", "--lang", "C"]), out);
}

#[test]
fn codes_outside_the_table() {
    // In range but unknown: the class's name, as the library gives it.
    let out = ok(&["499", "--lang", "fr"]);
    let class = Class::ClientFailure.name("fr");
    assert!(out.contains(&format!("\nphrase:      {class}\n")), "{out}");
    assert!(out.contains("\ndescription: -\n"), "{out}");
    assert!(
        out.starts_with("code:        499 (not a known code"),
        "{out}"
    );
    // Known, but in no class.
    let out = ok(&["701"]);
    assert!(
        out.starts_with("code:        701 (PARTY_HANGS_UP, non-standard)\n"),
        "{out}"
    );
    assert!(out.contains("\nclass:       none"), "{out}");
    // Deprecated and obsolete codes say so.
    assert!(ok(&["202"]).starts_with("code:        202 (ACCEPTED, RFC 6665, deprecated)"));
    assert!(ok(&["409"]).starts_with("code:        409 (CONFLICT, RFC 2543, obsolete)"));
}

#[test]
fn bad_codes_flags_and_languages_are_errors() {
    for code in ["1000", "0", "99", "700", "-5", "99999999999999999999"] {
        fails(&[code], "is not a SIP response code");
    }
    fails(&["--bogus"], "unexpected argument '--bogus'");
    fails(&["486", "--bogus"], "unexpected argument '--bogus'");
    // No argument, and nothing on standard input.
    fails(&[], "give a code (e.g. 486), a name to look up (e.g. busy)");
    fails(&["-"], "give a code (e.g. 486)");
    fails(&[""], "an empty argument is no code and no name");
    fails(
        &["486", "--lang", "xx"],
        "no locale matches language \"xx\"",
    );
    fails(&["486", "--lang", "qaa_QM.UTF-8"], "available: en, ");
    fails(
        &["486", "--lang"],
        "a value is required for '--lang <LANG>'",
    );
    fails(
        &["--compare", "fr"],
        "--compare needs two or more languages",
    );
    fails(&["--compare", "en,xx"], "no locale matches language \"xx\"");
    fails(&["--table", "486"], "cannot be used with");
    fails(&["--table", "--compare", "en,fr"], "cannot be used with");
    fails(&["--langs", "486"], "cannot be used with");
    fails(&["--compare", "en,fr", "busy"], "cannot be used with");
    fails(&["generate"], "<WHAT>");
    fails(&["generate", "pdf"], "invalid value 'pdf'");
}

/// The display column where `cell` starts in `line`, searching from byte
/// `from`: CJK characters take two columns.
fn column(line: &str, cell: &str, from: usize) -> usize {
    let at = line[from..]
        .find(cell)
        .unwrap_or_else(|| panic!("{cell:?} in {line:?}"))
        + from;
    line[..at].width()
}

#[test]
fn table_rows_are_aligned_by_display_width() {
    for tag in ["fr", "ja", "zh-CN", "en"] {
        let lang = Lang::negotiate(tag);
        let out = ok(&["--table", "--lang", tag]);
        let lines: Vec<&str> = out.lines().collect();
        let phrase_col = column(lines[0], "PHRASE", 0);
        let description_col = column(lines[0], "DESCRIPTION", 0);
        assert!(lines[0].starts_with("CODE  "), "{}", lines[0]);
        for code in StatusCode::known() {
            let prefix = format!("{code}  ");
            let rows: Vec<&&str> = lines.iter().filter(|l| l.starts_with(&prefix)).collect();
            assert_eq!(rows.len(), 1, "{tag} {code}");
            let row = rows[0];
            let phrase = code.reason(lang);
            let description = code.description(lang).unwrap();
            assert_eq!(column(row, phrase, 3), phrase_col, "{tag}: {row}");
            let after = row.find(phrase).unwrap() + phrase.len();
            assert_eq!(
                column(row, description, after),
                description_col,
                "{tag}: {row}"
            );
            assert!(row.ends_with(description), "{row}");
        }
        for class in Class::ALL {
            let row = format!("{}xx", class.number());
            let row = lines.iter().find(|l| l.starts_with(&row)).unwrap();
            assert_eq!(column(row, class.name(lang), 3), phrase_col, "{row}");
            assert_eq!(row.trim_end(), *row);
        }
        assert_eq!(lines.len(), 1 + TABLE.len() + Class::ALL.len(), "{tag}");
    }
}

#[test]
fn compare_puts_languages_side_by_side() {
    let out = ok(&["--compare", "en,zh-CN,fr"]);
    let lines: Vec<&str> = out.lines().collect();
    let (en, zh, fr) = (
        Lang::ENGLISH,
        Lang::negotiate("zh-CN"),
        Lang::negotiate("fr"),
    );
    let cols = [
        column(lines[0], "EN", 0),
        column(lines[0], "ZH-CN", 0),
        column(lines[0], "FR", 0),
    ];
    for code in StatusCode::known() {
        let prefix = format!("{code}  ");
        let row = lines.iter().find(|l| l.starts_with(&prefix)).unwrap();
        let mut from = 3;
        for (lang, col) in [en, zh, fr].into_iter().zip(cols) {
            let phrase = code.reason(lang);
            assert_eq!(column(row, phrase, from), col, "{row}");
            from = row[from..].find(phrase).unwrap() + from + phrase.len();
        }
        assert!(row.ends_with(code.reason(fr)), "{row}");
    }
    // POSIX names work in the list too.
    let posix = ok(&["--compare", "de_DE.UTF-8,pt_BR.UTF-8"]);
    assert!(posix.starts_with("CODE  DE "), "{posix}");
    assert!(
        posix.contains(StatusCode::BUSY_HERE.reason("pt-BR")),
        "{posix}"
    );
}

#[test]
fn json_for_one_code() {
    let v = json(&["486", "--lang", "ja_JP.UTF-8", "--json"]);
    let ja = Lang::negotiate("ja");
    assert_eq!(v["code"], 486);
    assert_eq!(v["known"], true);
    assert_eq!(v["name"], "BUSY_HERE");
    assert_eq!(v["rfc"], 3261);
    assert_eq!(v["status"], "registered");
    assert_eq!(v["class"], 4);
    assert_eq!(v["class_name"], Class::ClientFailure.name(ja));
    assert_eq!(v["phrase"], StatusCode::BUSY_HERE.reason(ja));
    assert_eq!(
        v["description"],
        StatusCode::BUSY_HERE.description(ja).unwrap()
    );
    assert_eq!(v["lang"], "ja");

    let v = json(&["499", "--json"]);
    assert_eq!(v["known"], false);
    assert_eq!(v["name"], Value::Null);
    assert_eq!(v["description"], Value::Null);
    assert_eq!(v["phrase"], "Client Failure");
    let v = json(&["701", "--json"]);
    assert_eq!(v["class"], Value::Null);
    assert_eq!(v["rfc"], Value::Null);
    assert_eq!(v["status"], "non-standard");
}

#[test]
fn json_table_and_compare() {
    let v = json(&["--table", "--lang", "sv", "--json"]);
    let sv = Lang::negotiate("sv");
    assert_eq!(v["lang"], "sv");
    let codes = v["codes"].as_array().unwrap();
    assert_eq!(codes.len(), TABLE.len());
    for (row, code) in codes.iter().zip(StatusCode::known()) {
        assert_eq!(row["code"], code.as_u16());
        assert_eq!(row["phrase"], code.reason(sv));
        assert_eq!(row["description"], code.description(sv).unwrap());
    }
    assert_eq!(v["classes"][3]["name"], Class::ClientFailure.name(sv));

    let v = json(&["--compare", "en,uk", "--json"]);
    assert_eq!(v["langs"], serde_json::json!(["en", "uk"]));
    let codes = v["codes"].as_array().unwrap();
    assert_eq!(codes.len(), TABLE.len());
    for (row, code) in codes.iter().zip(StatusCode::known()) {
        assert_eq!(row["phrases"]["en"], code.reason("en"));
        assert_eq!(row["phrases"]["uk"], code.reason("uk"));
    }
    assert_eq!(
        v["classes"][0]["names"]["uk"],
        Class::Provisional.name("uk")
    );
}

#[test]
fn lists_the_languages() {
    let want: String = Lang::all().map(|l| format!("{l}\n")).collect();
    assert_eq!(ok(&["--langs"]), want);
    let v = json(&["--langs", "--json"]);
    assert_eq!(v.as_array().unwrap().len(), Lang::all().len());
    assert_eq!(v[0], "en");
}

#[test]
fn locale_dir_overrides_and_refuses_broken_files() {
    let dir = tempfile::tempdir().unwrap();
    let de = dir.path().join("de");
    std::fs::create_dir(&de).unwrap();
    std::fs::write(de.join("sip.ftl"), "sip-486 = Teilnehmer besetzt\n").unwrap();
    let path = dir.path().to_str().unwrap();
    let out = ok(&["486", "--lang", "de", "--locale-dir", path]);
    assert!(out.contains("\nphrase:      Teilnehmer besetzt\n"), "{out}");
    // Messages the override leaves out keep their shipped text.
    let out = ok(&["603", "--lang", "de", "--locale-dir", path]);
    let shipped = StatusCode::DECLINE.reason("de");
    assert!(
        out.contains(&format!("\nphrase:      {shipped}\n")),
        "{out}"
    );

    std::fs::write(
        de.join("sip.ftl"),
        "sip-486 = Teilnehmer besetzt\nsip-603 = {\n",
    )
    .unwrap();
    let r = run(&["486", "--lang", "de", "--locale-dir", path]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert_eq!(r.stdout, "");
    let file = de.join("sip.ftl").display().to_string();
    assert!(
        r.stderr.contains(&format!("{file}:2: Fluent syntax error")),
        "{}",
        r.stderr
    );
}

/// Every long option of the tool.
const FLAGS: [&str; 12] = [
    "--lang",
    "--table",
    "--compare",
    "--langs",
    "--q850",
    "--short",
    "--ascii",
    "--json",
    "--locale-dir",
    "--warning",
    "--warnings",
    "--agent",
];

#[test]
fn help_and_version() {
    let help = ok(&["--help"]);
    for flag in FLAGS.iter().chain(&["generate", "LC_MESSAGES"]) {
        assert!(help.contains(flag), "{flag}: {help}");
    }
    assert_eq!(
        ok(&["--version"]),
        format!("sipstatus {}\n", sipstatus::VERSION)
    );
}

#[test]
fn q850_cause_in_german() {
    let want = "cause:    17\n\
                name:     Teilnehmer besetzt\n\
                class:    Normales Ereignis\n\
                sip:      486 Besetzt (RFC 3398 §7.2.4.1)\n\
                reason:   Q.850;cause=17;text=\"Teilnehmer besetzt\"\n\
                language: de\n";
    assert_eq!(ok(&["--q850", "17", "--lang", "de"]), want);
    assert!(ok(&["--q850", "16"]).contains("sip:      none"));
}

#[test]
fn q850_json_agrees_with_the_library_for_every_cause() {
    for cause in Cause::all() {
        let n = cause.value().to_string();
        let v = json(&["--q850", &n, "--json", "--lang", "fr"]);
        assert_eq!(v["cause"], cause.value());
        assert_eq!(v["name"], cause.name("fr"));
        assert_eq!(v["class"], cause.class().number());
        assert_eq!(
            v["sip"],
            serde_json::json!(cause.to_sip().map(StatusCode::as_u16))
        );
    }
    let v = json(&["486", "--json"]);
    assert_eq!(v["q850"], 17);
    assert_eq!(json(&["180", "--json"])["q850"], Value::Null);
}

#[test]
fn q850_errors() {
    fails(
        &["--q850", "45"],
        "45 is not a cause value that Q.850 assigns",
    );
    fails(&["--q850", "0"], "not a cause value");
    fails(&["--q850", "x"], "is not a number");
    fails(&["--q850", "17", "486"], "cannot be used with");
}

#[test]
fn several_codes_per_call() {
    let each: Vec<String> = ["486", "603", "499", "701"]
        .iter()
        .map(|c| ok(&[c, "--lang", "fr"]))
        .collect();
    assert_eq!(
        ok(&["486", "603", "499", "701", "--lang", "fr"]),
        each.join("\n")
    );
    // Bad codes among them are a usage error: nothing is printed.
    fails(&["486", "1000"], "1000 is not a SIP response code");
}

#[test]
fn codes_from_standard_input() {
    let want = ok(&["486", "603", "180"]);
    let lines = "486\n603\n180\n";
    // No argument and a pipe, or `-`; blank lines and spaces are skipped;
    // CRLF is fine.
    assert_eq!(ok_with(&[], &[], Some(lines)), want);
    assert_eq!(ok_with(&["-"], &[], Some(lines)), want);
    assert_eq!(ok_with(&[], &[], Some("\n 486 \r\n\n603\n180")), want);
    // `-` among arguments: standard input's codes come there.
    let mixed = ok_with(&["486", "-", "180"], &[], Some("603\n"));
    assert_eq!(mixed, want);
    // Options apply to every line.
    let de = ok_with(&["--lang", "de", "--short"], &[], Some("487\n"));
    assert_eq!(de, ok(&["487", "--lang", "de", "--short"]));

    // A line that is no code is reported with its number; the others are
    // still answered, and the exit status is 1.
    let r = run_with(
        &[],
        &[],
        Some("486\n1000\nbusy\n-\nnothing-matches-this\n603\n"),
    );
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(
        r.stderr
            .contains("standard input, line 2: 1000 is not a SIP response code"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("standard input, line 4: \"-\" is no code and no name"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("standard input, line 5: no known code's phrase or name matches"),
        "{}",
        r.stderr
    );
    let want = [ok(&["486"]), ok(&["busy"]), ok(&["603"])].join("\n");
    assert_eq!(r.stdout, want);
}

/// The codes in the first column of a lookup's output.
fn listed(out: &str) -> Vec<u16> {
    out.lines()
        .map(|l| l.split_whitespace().next().unwrap().parse().unwrap())
        .collect()
}

/// The known codes whose phrase (any form, in `lang` or English) or
/// constant name contains `query`, in any letter case: what a lookup must
/// list, from the library's own table and phrases.
fn matching(query: &str, lang: &str) -> Vec<u16> {
    let q = query.to_lowercase();
    let forms = [Form::FULL, Form::SHORT, Form::ASCII, Form::ASCII_SHORT];
    StatusCode::known()
        .filter(|c| {
            let ident = c.entry().unwrap().ident.to_lowercase();
            ident.contains(&q)
                || ident.replace('_', " ").contains(&q)
                || [lang, "en"].iter().any(|&l| {
                    forms
                        .iter()
                        .any(|&f| c.reason_as(l, f).to_lowercase().contains(&q))
                })
        })
        .map(StatusCode::as_u16)
        .collect()
}

#[test]
fn lookup_by_name() {
    let busy = ok(&["busy"]);
    assert_eq!(listed(&busy), matching("busy", "en"));
    assert_eq!(listed(&busy), [486, 600]);
    // Code, phrase, constant name, in columns.
    let first = busy.lines().next().unwrap();
    let words: Vec<&str> = first.split("  ").filter(|w| !w.is_empty()).collect();
    assert_eq!(words, ["486", "Busy Here", "BUSY_HERE"]);
    // Any letter case; the constant's name with _ or spaces.
    assert_eq!(ok(&["BuSy"]), busy);
    assert_eq!(listed(&ok(&["BUSY_HERE"])), [486]);
    assert_eq!(listed(&ok(&["busy here"])), [486]);
    for (query, lang) in [
        ("not", "en"),
        ("besetzt", "de"),
        ("occupé", "fr"),
        ("ZANYATO", "ru"),
        ("request", "ja"),
        ("timeout", "de"),
    ] {
        let out = ok(&[query, "--lang", lang]);
        let want = matching(query, lang);
        assert!(!want.is_empty(), "{query}");
        assert_eq!(listed(&out), want, "{query} {lang}");
        // The phrases are the chosen language's.
        for (line, code) in out.lines().zip(&want) {
            let phrase = StatusCode::new((*code).into()).unwrap().reason(lang);
            assert!(line.contains(phrase), "{line} {phrase}");
        }
    }
    // Nothing matches: a message and exit status 1.
    let r = run(&["no-such-phrase"]);
    assert_eq!(r.code, Some(1));
    assert_eq!(r.stdout, "");
    assert!(
        r.stderr
            .contains("no known code's phrase or name matches \"no-such-phrase\""),
        "{}",
        r.stderr
    );
    // Codes and names together, in order.
    assert_eq!(ok(&["603", "busy"]), format!("{}\n{busy}", ok(&["603"])));
}

#[test]
fn language_from_the_environment() {
    let de = ok(&["486", "--lang", "de"]);
    let fr = ok(&["486", "--lang", "fr"]);
    let en = ok(&["486"]);
    assert_eq!(ok_with(&["486"], &[("LANG", "de_DE.UTF-8")], None), de);
    let lc_messages = [("LC_MESSAGES", "fr_FR.UTF-8"), ("LANG", "de_DE.UTF-8")];
    assert_eq!(ok_with(&["486"], &lc_messages, None), fr);
    let lc_all = [
        ("LC_ALL", "de_AT.UTF-8"),
        ("LC_MESSAGES", "fr_FR.UTF-8"),
        ("LANG", "en_US.UTF-8"),
    ];
    assert_eq!(ok_with(&["486"], &lc_all, None), de);
    // Empty is unset; C and POSIX are English; a locale we lack is English,
    // without an error (only --lang says so).
    let empty = [("LC_ALL", ""), ("LANG", "de_DE.UTF-8")];
    assert_eq!(ok_with(&["486"], &empty, None), de);
    for english in ["C", "POSIX", "C.UTF-8", "qaa_QM.UTF-8"] {
        let env = [("LC_ALL", english), ("LANG", "de_DE.UTF-8")];
        assert_eq!(ok_with(&["486"], &env, None), en, "{english}");
    }
    // --lang wins over the environment.
    let env = [("LC_ALL", "de_DE.UTF-8")];
    assert_eq!(ok_with(&["486", "--lang", "fr"], &env, None), fr);
    // Every mode that takes a language: tables, Q.850, Warning, lookups,
    // stdin.
    assert_eq!(
        ok_with(&["--table"], &env, None),
        ok(&["--table", "--lang", "de"])
    );
    assert_eq!(
        ok_with(&["--q850", "17"], &env, None),
        ok(&["--q850", "17", "--lang", "de"])
    );
    assert_eq!(
        ok_with(&["besetzt"], &env, None),
        ok(&["besetzt", "--lang", "de"])
    );
    assert_eq!(
        ok_with(&["--warning", "307"], &env, None),
        ok(&["--warning", "307", "--lang", "de"])
    );
    assert_eq!(
        ok_with(&["--warnings"], &env, None),
        ok(&["--warnings", "--lang", "de"])
    );
    assert_eq!(ok_with(&[], &env, Some("486\n")), de);
}

#[test]
fn json_for_several_codes_and_names() {
    // One code argument: an object, as before.
    let busy_here = json(&["486", "--json"]);
    assert!(busy_here.is_object());
    // Several, names, or standard input: an array of the same objects.
    let several = json(&["486", "603", "--json"]);
    let decline = json(&["603", "--json"]);
    assert_eq!(several, serde_json::json!([busy_here, decline]));
    let busy = json(&["busy", "--json"]);
    let codes: Vec<u64> = busy
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["code"].as_u64().unwrap())
        .collect();
    assert_eq!(codes, [486, 600]);
    let piped: Value = serde_json::from_str(&ok_with(&["--json"], &[], Some("486\n"))).unwrap();
    assert_eq!(piped, serde_json::json!([busy_here]));
}

#[test]
fn man_page_and_completions() {
    let man = ok(&["generate", "man"]);
    assert!(man.contains(".TH sipstatus 1"), "{man}");
    for flag in FLAGS {
        // roff writes each - as \-.
        let roff = flag.replace('-', "\\-");
        assert!(man.contains(&roff), "{flag} not in the man page");
    }
    for section in [
        "NAME",
        "SYNOPSIS",
        "OPTIONS",
        "COMMANDS",
        "ENVIRONMENT",
        "EXIT STATUS",
        "EXAMPLES",
    ] {
        assert!(
            man.contains(&format!(".SH {section}\n"))
                || man.contains(&format!(".SH \"{section}\"\n")),
            "{section}: {man}"
        );
    }
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        assert!(man.contains(&format!("\\fB{var}\\fR")), "{var}: {man}");
    }
    // One page: no pointer to a page of the subcommand, one preamble.
    assert!(!man.contains("sipstatus\\-generate"), "{man}");
    assert_eq!(man.matches(".ie \\n(.g").count(), 1, "{man}");
    for (shell, marker) in [
        ("bash", "complete -F _sipstatus"),
        ("zsh", "#compdef sipstatus"),
        ("fish", "complete -c sipstatus"),
    ] {
        let script = ok(&["generate", shell]);
        assert!(script.contains(marker), "{shell}: {script}");
        for flag in FLAGS {
            let name = flag.trim_start_matches('-');
            assert!(script.contains(name), "{shell}: {flag}");
        }
    }
}

/// The bash completion works in bash: sourced, it completes options.
/// (zsh and fish are checked by tests/locales.rs.)
#[test]
fn bash_completes_options() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sipstatus.bash");
    std::fs::write(&file, ok(&["generate", "bash"])).unwrap();
    let script = format!(
        "source '{}'\nCOMP_WORDS=(sipstatus --la)\nCOMP_CWORD=1\nCOMP_LINE='sipstatus --la'\n\
         COMP_POINT=${{#COMP_LINE}}\n_sipstatus sipstatus --la sipstatus\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        file.display()
    );
    let out = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &script])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut words: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    words.sort();
    assert_eq!(words, ["--lang", "--langs"]);
}

#[test]
fn warning_in_german() {
    // The German text as the library has it (locales/de/warning.ftl).
    let text = WarnCode::new(307).unwrap().text(Lang::negotiate("de"));
    let want = format!(
        "warning:  307 (RFC 3261)\n\
         text:     {text}\n\
         english:  Session description parameter not understood\n\
         header:   307 - \"{text}\"\n\
         language: de\n"
    );
    assert_eq!(ok(&["--warning", "307", "--lang", "de"]), want);
    let out = ok(&["--warning", "380", "--agent", "[2001:db8::1]:5061"]);
    assert!(
        out.contains("\nheader:   380 [2001:db8::1]:5061 \"SIPS Not Allowed\"\n"),
        "{out}"
    );
    assert!(out.starts_with("warning:  380 (RFC 5630)\n"), "{out}");
}

#[test]
fn warning_json_agrees_with_the_library_for_every_code_and_locale() {
    for lang in Lang::all() {
        for code in WarnCode::all() {
            let n = code.to_string();
            let v = json(&[
                "--warning",
                &n,
                "--json",
                "--lang",
                lang.tag(),
                "--agent",
                "gw1",
            ]);
            assert_eq!(v["code"], code.value());
            assert_eq!(v["rfc"], code.rfc());
            assert_eq!(v["text"], code.text(lang));
            assert_eq!(v["english"], code.registered_text());
            let header = Warning::new(code, "gw1", lang).unwrap().to_string();
            assert_eq!(v["header"], header);
            assert_eq!(v["lang"], lang.tag());
        }
    }
    let all = json(&["--warnings", "--json", "--lang", "fr"]);
    let codes: Vec<u64> = all["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["code"].as_u64().unwrap())
        .collect();
    let want: Vec<u64> = WarnCode::all().map(|c| c.value().into()).collect();
    assert_eq!(codes, want);
}

#[test]
fn every_warning_as_a_table() {
    let ja = Lang::negotiate("ja");
    let out = ok(&["--warnings", "--lang", "ja"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1 + WarnCode::all().len(), "{out}");
    for (line, code) in lines[1..].iter().zip(WarnCode::all()) {
        let cells: Vec<&str> = line.split_whitespace().take(2).collect();
        assert_eq!(cells, [code.to_string(), code.rfc().to_string()], "{line}");
        assert!(line.ends_with(code.text(ja)), "{line}");
    }
}

#[test]
fn reason_header_forms_for_codes() {
    for code in StatusCode::known() {
        let n = code.to_string();
        let v = json(&[&n, "--json", "--lang", "uk"]);
        let want = Reason::sip(code, "uk").unwrap().to_string();
        assert_eq!(v["reason"], want);
    }
    assert_eq!(json(&["499", "--json"])["reason"], Value::Null);
    assert!(ok(&["499"]).contains("\nreason:      -\n"));
    assert!(ok(&["600"]).contains("\nreason:      SIP;cause=600;text=\"Busy Everywhere\"\n"));
}

#[test]
fn warning_errors() {
    fails(
        &["--warning", "390"],
        "390 is not a registered warn-code; they are 300, 301",
    );
    fails(&["--warning", "x"], "\"x\" is not a number");
    fails(
        &["--warning", "307", "--agent", "a@b"],
        "\"a@b\" is not a warn-agent",
    );
    fails(
        &["--warning", "307", "--agent", "host:"],
        "is not a warn-agent",
    );
    fails(&["--agent", "gw", "486"], "give --warning CODE too");
    fails(&["--warning", "307", "486"], "cannot be used with");
    fails(&["--warning", "307", "--warnings"], "cannot be used with");
    fails(&["--warnings", "--q850", "17"], "cannot be used with");
}
