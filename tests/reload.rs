//! Runtime overrides (`load_locale_dir`): new languages, replaced messages,
//! all-or-nothing refusal of broken files, and strings that outlive reloads.
//!
//! The registry is global to the process and these tests run in parallel,
//! so each test changes messages or languages no other test here looks at.

use sipstatus::{load_locale_dir, negotiate, Class, Lang, LoadError, ProblemKind, StatusCode};
use std::fs;
use std::path::Path;
use tempfile::TempDir;

/// A locale folder with `files`: `(path under it, contents)`.
fn locale_dir(files: &[(&str, &str)]) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in files {
        let path = dir.path().join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    dir
}

fn code(n: i64) -> StatusCode {
    StatusCode::new(n).unwrap()
}

#[test]
fn a_new_language_is_added_and_negotiated() {
    // qaa (ISO 639 private use) is never shipped: English until loaded,
    // then it answers for its tags and regions.
    assert_eq!(negotiate("qaa_QM.UTF-8"), Lang::ENGLISH);
    let before = Lang::all().len();
    let dir = locale_dir(&[(
        "qaa/sip.ftl",
        "sip-486 = Qbusy\n    .description = Qbusy desc.\nclass-client-failure = Qclient\n",
    )]);
    let loaded = load_locale_dir(dir.path()).unwrap();
    assert_eq!(loaded, ["qaa"]);
    assert_eq!(Lang::all().len(), before + 1);
    for tag in ["qaa", "qaa_QM.UTF-8", "QAA", "qaa-Latn-QM"] {
        assert_eq!(negotiate(tag).tag(), "qaa", "{tag}");
    }
    assert_eq!(negotiate("zh_TW.UTF-8").tag(), "zh-TW");
    assert_eq!(StatusCode::BUSY_HERE.reason("qaa"), "Qbusy");
    assert_eq!(
        StatusCode::BUSY_HERE.description("qaa"),
        Some("Qbusy desc.")
    );
    assert_eq!(Class::ClientFailure.name("qaa"), "Qclient");
    // What the files leave out is English.
    assert_eq!(StatusCode::DECLINE.reason("qaa"), "Decline");
    assert_eq!(code(499).reason("qaa"), "Qclient");
}

#[test]
fn a_message_is_replaced_and_the_rest_stay() {
    let pl = Lang::negotiate("pl");
    let ringing = StatusCode::RINGING.reason(pl);
    let old_trying = StatusCode::TRYING.reason(pl);
    let dir = locale_dir(&[("pl/sip.ftl", "sip-100 = Łączenie…\n")]);
    assert_eq!(load_locale_dir(dir.path()).unwrap(), ["pl"]);
    assert_eq!(StatusCode::TRYING.reason("pl_PL.UTF-8"), "Łączenie…");
    assert_ne!(old_trying, "Łączenie…");
    assert_eq!(StatusCode::RINGING.reason(pl), ringing);
    // The description was not in the file: it keeps the shipped text.
    assert!(StatusCode::TRYING
        .description(pl)
        .is_some_and(|d| !d.is_empty()));
    // Ids do not change: the same Lang still means Polish.
    assert_eq!(Lang::negotiate("pl"), pl);
}

#[test]
fn a_broken_file_is_refused_whole() {
    let it = Lang::negotiate("it");
    let nl = Lang::negotiate("nl");
    let it_before = StatusCode::NOT_FOUND.reason(it);
    let nl_before = StatusCode::NOT_FOUND.reason(nl);
    // it/ is fine, nl/ has a syntax error on line 2, eo/ is new and fine:
    // none of them may be applied.
    let dir = locale_dir(&[
        ("it/sip.ftl", "sip-404 = Numero inesistente\n"),
        ("nl/sip.ftl", "sip-404 = Onbekend nummer\nsip-410 = {\n"),
        ("eo/sip.ftl", "sip-404 = Ne trovita\n"),
    ]);
    let err = load_locale_dir(dir.path()).unwrap_err();
    let LoadError::Invalid(problems) = &err else {
        panic!("{err}");
    };
    let nl_file = dir.path().join("nl/sip.ftl").display().to_string();
    assert_eq!(problems.len(), 1, "{err}");
    assert_eq!(problems[0].file, nl_file);
    assert_eq!(problems[0].line, 2);
    assert!(
        err.to_string()
            .starts_with(&format!("{nl_file}:2: Fluent syntax error")),
        "{err}"
    );
    assert_eq!(StatusCode::NOT_FOUND.reason(it), it_before);
    assert_eq!(StatusCode::NOT_FOUND.reason(nl), nl_before);
    assert!(Lang::all().all(|l| l.tag() != "eo"));
    assert_eq!(negotiate("eo"), Lang::ENGLISH);
}

#[test]
fn every_kind_of_bad_value_is_refused_with_its_line() {
    let cs = Lang::negotiate("cs");
    let before = StatusCode::GONE.reason(cs);
    for (text, line, what, kind) in [
        ("sip-410 = Pryč\u{202E}\n", 1, "bidi", ProblemKind::Bidi),
        ("\n\nsip-410 = { \"\" }\n", 3, "empty", ProblemKind::Empty),
        (
            "sip-410 = Pryč{ \"\\u0009\" }\n",
            1,
            "control character",
            ProblemKind::ControlChar,
        ),
        (
            "sip-410 = Pryč\u{00A0}\n",
            1,
            "whitespace",
            ProblemKind::Whitespace,
        ),
        (
            "sip-410 = Pryč\n    .description = { $x }\n",
            2,
            "cannot be formatted",
            ProblemKind::Format,
        ),
        (
            "sip-410 = Pryč\nsip-410 = Pryč\n",
            2,
            "more than once",
            ProblemKind::Duplicate,
        ),
        (
            "sip-4100 = Pryč\n",
            1,
            "not one sipstatus knows",
            ProblemKind::Unknown,
        ),
    ] {
        let dir = locale_dir(&[("cs/sip.ftl", text)]);
        let err = load_locale_dir(dir.path()).unwrap_err();
        let file = dir.path().join("cs/sip.ftl").display().to_string();
        // The loader's problems are the linter's: with their kind.
        let LoadError::Invalid(problems) = &err else {
            panic!("{text:?}: {err}")
        };
        assert_eq!(problems[0].kind, kind, "{text:?}: {err}");
        let err = err.to_string();
        assert!(
            err.starts_with(&format!("{file}:{line}: ")),
            "{text:?}: {err}"
        );
        assert!(err.contains(what), "{text:?}: {err}");
        assert_eq!(StatusCode::GONE.reason(cs), before, "{text:?}");
    }
}

#[test]
fn strings_from_before_a_reload_stay_valid() {
    let es = Lang::negotiate("es");
    let old: &'static str = StatusCode::TEMPORARILY_UNAVAILABLE.reason(es);
    let old_copy = old.to_owned();
    let mut seen = vec![old];
    for round in 0..20 {
        let text = format!("sip-480 = No disponible ({round})\n");
        let dir = locale_dir(&[("es/sip.ftl", &text)]);
        load_locale_dir(dir.path()).unwrap();
        let now = StatusCode::TEMPORARILY_UNAVAILABLE.reason(es);
        assert_eq!(now, format!("No disponible ({round})"));
        seen.push(now);
    }
    // The folders are gone and the phrases replaced: every string handed
    // out still reads as it did.
    assert_eq!(old, old_copy);
    for (round, s) in seen.iter().enumerate().skip(1) {
        assert_eq!(*s, format!("No disponible ({})", round - 1));
    }
}

#[test]
fn io_errors_name_the_path() {
    let missing = Path::new("/nonexistent/sipstatus-reload");
    let err = load_locale_dir(missing).unwrap_err();
    assert!(matches!(err, LoadError::Io { .. }), "{err}");
    assert!(err
        .to_string()
        .starts_with("/nonexistent/sipstatus-reload: "));
    let bad_tag = locale_dir(&[("not a tag/sip.ftl", "sip-100 = x\n")]);
    let err = load_locale_dir(bad_tag.path()).unwrap_err();
    assert!(
        matches!(&err, LoadError::Invalid(p) if p[0].kind == ProblemKind::File),
        "{err:?}"
    );
    assert!(err.to_string().contains("is not a language tag"), "{err}");
}

/// `warning.ftl` loads like the other files: its texts replace the
/// locale's, the rest stay; an unknown or broken message refuses the load.
#[test]
fn warning_texts_are_overridden_and_checked() {
    use sipstatus::WarnCode;
    let hu = Lang::negotiate("hu");
    let (w370, w399) = (WarnCode::new(370).unwrap(), WarnCode::new(399).unwrap());
    let kept = w399.text(hu);
    let dir = locale_dir(&[("hu/warning.ftl", "warning-370 = Kevés a sávszélesség\n")]);
    assert_eq!(load_locale_dir(dir.path()).unwrap(), ["hu"]);
    assert_eq!(w370.text(hu), "Kevés a sávszélesség");
    assert_eq!(w399.text(hu), kept);
    for bad in [
        "warning-390 = Ismeretlen\n",
        "warning-370 = Két\nsor\n",
        "warning-370 = a\u{202E}b\n",
    ] {
        let dir = locale_dir(&[("hu/warning.ftl", bad)]);
        match load_locale_dir(dir.path()) {
            Err(LoadError::Invalid(problems)) => {
                assert!(problems[0].file.ends_with("warning.ftl"), "{problems:?}")
            }
            other => panic!("{bad:?} gave {other:?}"),
        }
        assert_eq!(w370.text(hu), "Kevés a sávszélesség", "all or nothing");
    }
}
