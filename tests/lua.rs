//! The Lua module (lua/) under Lua 5.1 and 5.4, for each:
//!
//! - clippy on its Rust (`-p sipstatus-lua --features luaXY`);
//! - tests/lua/test_sipstatus.lua: every function against the answers of
//!   the library's Rust API (the table [`expected`] writes, for every
//!   locale, code, form and cause and the C rules' edge cases), then every
//!   rule for bad input;
//! - tests/lua/reload.c: 1000 Lua states require, use and close the module
//!   (what Kamailio's `app_lua.reload` does), memory bounded;
//! - tests/lua/panic.lua with a build that panics on demand (feature
//!   `panic-test`), at `registry` and at `negotiate`: the panics happen and
//!   each call answers nil and a message.
//!
//! Needs lua5.1, lua5.4, their headers, pkg-config and a C compiler
//! (scripts/setup): `cargo test --test lua -- --include-ignored`
//! (scripts/check.d/85-kamailio.sh). A missing tool fails the test, naming
//! its Debian package.

mod support;

use sipstatus::{
    lang_from_accept_language, q850_to_sip, Cause, Form, Lang, Reason, StatusCode,
    MAX_ACCEPT_LANGUAGE_LEN, MAX_LANG_LEN, VERSION,
};
use std::ffi::{CStr, CString};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The Lua versions: cargo feature, interpreter, Debian package of its
/// headers and pkg-config file.
const LUAS: [(&str, &str, &str); 2] = [
    ("lua51", "lua5.1", "liblua5.1-0-dev"),
    ("lua54", "lua5.4", "liblua5.4-dev"),
];

/// Lang arguments beyond the shipped tags: aliases and edge cases. `None`
/// is C's NULL and Lua's nil. Length bounds: `MAX_LANG_LEN` (64) bytes or
/// more give English in C; the Lua module follows the same rule.
fn lang_extra() -> Vec<Option<Vec<u8>>> {
    let mut extra: Vec<Option<Vec<u8>>> = [
        "",
        "C",
        "POSIX",
        "DE",
        "de_AT.UTF-8",
        "de_CH@euro",
        "pt_BR",
        "zh-Hant",
        "zh_TW.Big5",
        "iw",
        "no",
        "xx",
        "en-US",
    ]
    .iter()
    .map(|s| Some(s.as_bytes().to_vec()))
    .collect();
    extra.insert(0, None);
    extra.push(Some(vec![0xff, 0xfe])); // invalid UTF-8
    for len in [MAX_LANG_LEN - 1, MAX_LANG_LEN] {
        let mut tag = b"de_DE.UTF-8".to_vec();
        tag.resize(len, b'x');
        extra.push(Some(tag));
    }
    extra
}

/// Accept-Language values beyond one per locale: weights, refusals, `*`,
/// malformed parts, invalid UTF-8, and the 1024-byte bound.
fn accept_extra() -> Vec<Option<Vec<u8>>> {
    let mut extra: Vec<Option<Vec<u8>>> = [
        "",
        "de-CH, fr;q=0.5",
        "fr;q=0.5, de",
        "en;q=0, *",
        "*;q=0.2, it;q=0.3",
        "de;q=0, de-CH",
        "da, en-gb;q=0.8, en;q=0.7",
        "xx, yy;q=0.9",
        ";;,,",
        "de;q=2, fr",
    ]
    .iter()
    .map(|s| Some(s.as_bytes().to_vec()))
    .collect();
    extra.insert(0, None);
    extra.push(Some(b"\xff, de".to_vec())); // invalid UTF-8
    for len in [MAX_ACCEPT_LANGUAGE_LEN - 1, MAX_ACCEPT_LANGUAGE_LEN] {
        let mut value = b"de,".to_vec();
        value.resize(len, b' ');
        extra.push(Some(value));
    }
    extra
}

/// The Lua names of the forms.
const FORMS: [(&str, Form); 4] = [
    ("full", Form::FULL),
    ("short", Form::SHORT),
    ("ascii", Form::ASCII),
    ("ascii-short", Form::ASCII_SHORT),
];

/// The locale of a C `lang` argument (sipstatus.h): NULL, `MAX_LANG_LEN`
/// bytes or more, and invalid UTF-8 give English; else negotiation.
/// [`c_rules_are_the_c_abis`] holds this to the C ABI.
fn c_lang(arg: Option<&[u8]>) -> Lang {
    match arg {
        Some(bytes) if bytes.len() < MAX_LANG_LEN && !bytes.contains(&0) => {
            std::str::from_utf8(bytes).map_or(Lang::ENGLISH, Lang::negotiate)
        }
        _ => Lang::ENGLISH,
    }
}

/// The locale of a C Accept-Language argument: NULL and
/// `MAX_ACCEPT_LANGUAGE_LEN` bytes or more give English; invalid UTF-8 is
/// read lossily.
fn c_accept(arg: Option<&[u8]>) -> Lang {
    match arg {
        Some(bytes) if bytes.len() < MAX_ACCEPT_LANGUAGE_LEN => {
            lang_from_accept_language(&String::from_utf8_lossy(bytes))
        }
        _ => Lang::ENGLISH,
    }
}

/// One value of a Lua table row: nil (a nil argument), false (no answer:
/// the Lua function must answer nil and a message), a number, a string.
enum Item {
    Nil,
    False,
    Int(i64),
    Str(Vec<u8>),
}

impl Item {
    fn text(s: Option<&str>) -> Item {
        s.map_or(Item::False, |s| Item::Str(s.as_bytes().to_vec()))
    }

    fn arg(arg: &Option<Vec<u8>>) -> Item {
        arg.as_ref().map_or(Item::Nil, |b| Item::Str(b.clone()))
    }

    fn number(n: Option<impl Into<i64>>) -> Item {
        n.map_or(Item::False, |n| Item::Int(n.into()))
    }

    fn write(&self, out: &mut Vec<u8>) {
        match self {
            Item::Nil => out.extend_from_slice(b"nil"),
            Item::False => out.extend_from_slice(b"false"),
            Item::Int(n) => out.extend_from_slice(n.to_string().as_bytes()),
            Item::Str(bytes) => lua_str(bytes, out),
        }
    }
}

/// A Lua string literal of `bytes`, as they are but for controls, `"` and
/// `\`, written as decimal escapes.
fn lua_str(bytes: &[u8], out: &mut Vec<u8>) {
    out.push(b'"');
    for &b in bytes {
        if b < 0x20 || b == 0x7f || b == b'"' || b == b'\\' {
            out.extend_from_slice(format!("\\{b:03}").as_bytes());
        } else {
            out.push(b);
        }
    }
    out.push(b'"');
}

/// A Lua table `name = { {...}, ... },`.
fn table(out: &mut Vec<u8>, name: &str, rows: Vec<Vec<Item>>) -> usize {
    out.extend_from_slice(format!("{name} = {{\n").as_bytes());
    let n = rows.len();
    for row in rows {
        out.push(b'{');
        for (i, item) in row.iter().enumerate() {
            if i > 0 {
                out.extend_from_slice(b", ");
            }
            item.write(out);
        }
        out.extend_from_slice(b"},\n");
    }
    out.extend_from_slice(b"},\n");
    n
}

/// tests/lua/test_sipstatus.lua's second argument: what the library says,
/// as a Lua table, and the number of rows (each at least one check).
fn expected() -> (Vec<u8>, usize) {
    let tags: Vec<&str> = Lang::all().map(Lang::tag).collect();
    let mut langs: Vec<Option<Vec<u8>>> =
        tags.iter().map(|t| Some(t.as_bytes().to_vec())).collect();
    langs.extend(lang_extra());
    let known: Vec<i64> = StatusCode::known().map(|c| c.as_u16().into()).collect();
    let mut codes = known.clone();
    codes.extend([150, 299, 499, 699, 0, -1, 99, 700, 800]);
    let code = |n: i64| StatusCode::new(n).ok();

    let mut out =
        b"-- Generated by tests/lua.rs from the library's Rust API. Do not edit.\nreturn {\n"
            .to_vec();
    out.extend_from_slice(b"version = ");
    lua_str(VERSION.as_bytes(), &mut out);
    out.extend_from_slice(b",\nlanguages = {");
    for (i, tag) in tags.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(b", ");
        }
        lua_str(tag.as_bytes(), &mut out);
    }
    let known_list: Vec<String> = known.iter().map(i64::to_string).collect();
    out.extend_from_slice(format!("}},\nknown = {{{}}},\n", known_list.join(", ")).as_bytes());

    let mut rows = 0;
    let mut reason = Vec::new();
    let mut description = Vec::new();
    let mut class = Vec::new();
    let mut names = Vec::new();
    let mut reasons = Vec::new();
    let mut negotiate = Vec::new();
    for arg in &langs {
        let lang = c_lang(arg.as_deref());
        for &n in &codes {
            for (form_name, form) in FORMS {
                reason.push(vec![
                    Item::Int(n),
                    Item::arg(arg),
                    Item::Str(form_name.into()),
                    Item::text(code(n).map(|c| c.reason_as(lang, form))),
                ]);
            }
        }
        for &n in &codes {
            let text = code(n).and_then(|c| c.description(lang));
            description.push(vec![Item::Int(n), Item::arg(arg), Item::text(text)]);
        }
        for &n in codes.iter().chain(&[701]) {
            let cls = code(n).and_then(StatusCode::class);
            class.push(vec![
                Item::Int(n),
                Item::arg(arg),
                Item::number(cls.map(|c| c.number())),
                Item::text(cls.map(|c| c.name(lang))),
            ]);
        }
        for n in -1..130 {
            let cause = Cause::new(n);
            names.push(vec![
                Item::Int(n),
                Item::arg(arg),
                Item::text(cause.map(|c| c.name(lang))),
            ]);
            let header = cause.map(|c| Reason::q850(c, lang).to_string());
            reasons.push(vec![
                Item::Int(n),
                Item::arg(arg),
                Item::text(header.as_deref()),
            ]);
        }
        negotiate.push(vec![Item::arg(arg), Item::Str(lang.tag().into())]);
    }
    rows += table(&mut out, "reason", reason);
    rows += table(&mut out, "description", description);
    rows += table(&mut out, "class", class);
    let sip: Vec<i64> = (-1..801)
        .chain([i32::MAX.into(), i32::MIN.into()])
        .collect();
    rows += table(
        &mut out,
        "to_q850",
        sip.iter()
            .map(|&n| {
                let cause = code(n).and_then(StatusCode::to_q850);
                vec![Item::Int(n), Item::number(cause.map(Cause::value))]
            })
            .collect(),
    );
    rows += table(
        &mut out,
        "from_q850",
        (-1..130)
            .map(|n| {
                let code = q850_to_sip(n).map(StatusCode::as_u16);
                vec![Item::Int(n), Item::number(code)]
            })
            .collect(),
    );
    rows += table(&mut out, "q850_name", names);
    rows += table(&mut out, "format_reason", reasons);
    rows += table(&mut out, "negotiate", negotiate);
    let mut accept: Vec<Option<Vec<u8>>> =
        tags.iter().map(|t| Some(t.as_bytes().to_vec())).collect();
    accept.extend(accept_extra());
    rows += table(
        &mut out,
        "accept",
        accept
            .iter()
            .map(|v| {
                let tag = c_accept(v.as_deref()).tag();
                vec![Item::arg(v), Item::Str(tag.into())]
            })
            .collect(),
    );
    out.extend_from_slice(b"}\n");
    (out, rows)
}

/// [`c_lang`] and [`c_accept`], the C rules by which the table gives the
/// edge cases' answers, agree with the C ABI for every argument in it.
#[test]
fn c_rules_are_the_c_abis() {
    fn c_string(arg: &Option<Vec<u8>>) -> Option<CString> {
        arg.as_ref()
            .map(|b| CString::new(b.clone()).expect("no NUL"))
    }
    fn tag(p: *const std::ffi::c_char) -> String {
        assert!(!p.is_null());
        // SAFETY: the library's tags are NUL-terminated and static.
        unsafe { CStr::from_ptr(p) }.to_str().unwrap().to_string()
    }
    let tags: Vec<_> = Lang::all()
        .map(|l| Some(l.tag().as_bytes().to_vec()))
        .collect();
    for arg in tags.iter().cloned().chain(lang_extra()) {
        let c = c_string(&arg);
        let p = c.as_ref().map_or(std::ptr::null(), |c| c.as_ptr());
        // SAFETY: `p` is NULL or a NUL-terminated string.
        let got = tag(unsafe { sipstatus::ffi::sip_negotiated_lang(p) });
        assert_eq!(got, c_lang(arg.as_deref()).tag(), "lang {arg:?}");
    }
    for arg in tags.into_iter().chain(accept_extra()) {
        let c = c_string(&arg);
        let p = c.as_ref().map_or(std::ptr::null(), |c| c.as_ptr());
        // SAFETY: `p` is NULL or a NUL-terminated string.
        let got = tag(unsafe { sipstatus::ffi::sip_lang_from_accept_language(p) });
        assert_eq!(
            got,
            c_accept(arg.as_deref()).tag(),
            "Accept-Language {arg:?}"
        );
    }
}

/// The line "`prefix`N passed, M failed" of a Lua test's output: M must be
/// 0 and N at least `min`.
fn check_summary(text: &str, prefix: &str, min: usize) -> usize {
    let line = text
        .lines()
        .find(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("no line \"{prefix}...\" in:\n{text}"));
    let counts = line[prefix.len()..].strip_suffix(" failed");
    let (passed, failed) = counts
        .and_then(|c| c.split_once(" passed, "))
        .unwrap_or_else(|| panic!("not \"N passed, M failed\": {line}"));
    let passed: usize = passed.parse().expect("a count");
    assert_eq!(failed, "0", "{line}");
    assert!(passed >= min, "{line}: fewer than {min} checks");
    println!("{line}");
    passed
}

#[test]
#[ignore = "runs Lua 5.1 and 5.4 and builds the module for each; see the file's comment"]
fn lua_module() {
    let out = support::out_dir("lua");
    let (table, rows) = expected();
    let expected_file = out.join("expected.lua");
    fs::write(&expected_file, table).expect("write expected.lua");
    println!("expected.lua: {rows} rows from the Rust API");
    // One Lua after the other: both builds write target/debug/libsipstatus_lua.so.
    for (feature, lua, dev) in LUAS {
        let found = Command::new("pkg-config").args(["--exists", lua]).status();
        assert!(
            found.is_ok_and(|s| s.success()),
            "no pkg-config file for {lua}: Debian package {dev} (scripts/setup installs it)"
        );
        println!("\n==> {lua}: clippy, sipstatus-lua --features {feature}");
        run_in_repo(Command::new("cargo").args([
            "clippy",
            "--quiet",
            "-p",
            "sipstatus-lua",
            "--features",
            feature,
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]));

        println!("==> {lua} tests/lua/test_sipstatus.lua");
        let built = run_in_repo(Command::new("lua/build").args([feature, "--debug"]));
        let stdout = String::from_utf8_lossy(&built.stdout);
        let module = support::root().join(stdout.lines().last().expect("lua/build prints a path"));
        assert!(module.exists(), "{} is missing", module.display());
        let dir = module.parent().expect("a folder");
        let run = run_in_repo(
            Command::new(lua)
                .arg("tests/lua/test_sipstatus.lua")
                .arg(dir)
                .arg(&expected_file),
        );
        let version = format!("Lua {}", &lua[3..]);
        check_summary(
            &String::from_utf8_lossy(&run.stdout),
            &format!("{version}: "),
            rows,
        );

        println!("==> tests/lua/reload.c: 1000 Lua states require, use and close the module");
        reload(lua, dir, &out.join(format!("reload-{feature}")));

        println!("==> {lua} tests/lua/panic.lua: panics contained (feature panic-test)");
        panics(feature, lua, &version);
    }
}

/// tests/lua/reload.c built against `lua`'s headers and run.
fn reload(lua: &str, module_dir: &Path, exe: &Path) {
    let flags = run_in_repo(Command::new("pkg-config").args(["--cflags", "--libs", lua]));
    let flags = String::from_utf8(flags.stdout).expect("UTF-8");
    run_in_repo(
        Command::new("cc")
            .args(["-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic"])
            .arg("tests/lua/reload.c")
            .args(flags.split_whitespace())
            .arg("-o")
            .arg(exe),
    );
    let run = run_in_repo(Command::new(exe).arg(module_dir).arg("1000"));
    let text = String::from_utf8_lossy(&run.stdout);
    assert!(text.contains(", 1000 Lua states: "), "{exe:?}: {text}");
    print!("{text}");
}

/// tests/lua/panic.lua at each site, with the module built with feature
/// panic-test: it passes, and Rust's hook reported the panics it caused.
fn panics(feature: &str, lua: &str, version: &str) {
    run_in_repo(Command::new("cargo").args([
        "build",
        "--quiet",
        "-p",
        "sipstatus-lua",
        "--features",
        &format!("{feature},panic-test"),
    ]));
    let debug = support::root().join("target/debug");
    let dir: PathBuf = debug.join(format!("{feature}-panic"));
    fs::create_dir_all(&dir).expect("mkdir");
    fs::copy(debug.join("libsipstatus_lua.so"), dir.join("sipstatus.so"))
        .expect("copy the panic-test module");
    for site in ["registry", "negotiate"] {
        let run = run_in_repo(
            Command::new(lua)
                .env("SIPSTATUS_PANIC_AT", site)
                .arg("tests/lua/panic.lua")
                .arg(&dir)
                .arg(site),
        );
        let prefix = format!("{version}, panic at {site}: ");
        check_summary(&String::from_utf8_lossy(&run.stdout), &prefix, 1);
        let stderr = String::from_utf8_lossy(&run.stderr);
        let n = stderr.matches(&format!("injected panic at {site}")).count();
        assert!(n > 0, "no panic was injected at {site}:\n{stderr}");
        println!("{n} panics injected at {site}, each answered nil and a message");
    }
}

/// Runs a command from the repository root (see `support::output`).
fn run_in_repo(command: &mut Command) -> Output {
    support::output(command.current_dir(support::root()))
}
