//! The `sipstatus` command-line tool, run as a user would: its outputs are
//! checked against the library, and every error exits non-zero with a
//! message on stderr and nothing on stdout.

use serde_json::Value;
use sipstatus::{Cause, Class, Lang, Reason, StatusCode, WarnCode, Warning, TABLE};
use std::process::Command;
use unicode_width::UnicodeWidthStr;

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_sipstatus"))
        .args(args)
        .output()
        .unwrap();
    Run {
        code: out.status.code(),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
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
    fails(&["abc"], "\"abc\" is not a number");
    fails(&["--bogus"], "unexpected argument '--bogus'");
    fails(&["486", "--bogus"], "unexpected argument '--bogus'");
    fails(&[], "required arguments were not provided");
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
    fails(&["486", "603"], "unexpected argument '603'");
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

#[test]
fn help_and_version() {
    let help = ok(&["--help"]);
    for flag in [
        "--lang",
        "--table",
        "--compare",
        "--json",
        "--locale-dir",
        "--warning",
        "--warnings",
        "--agent",
    ] {
        assert!(help.contains(flag), "{help}");
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
fn warning_in_german() {
    let want = "warning:  307 (RFC 3261)\n\
                text:     SDP-Parameter nicht verstanden\n\
                english:  Session description parameter not understood\n\
                header:   307 - \"SDP-Parameter nicht verstanden\"\n\
                language: de\n";
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
