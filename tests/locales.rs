//! Translations and their tools, beyond what plain `cargo test` runs: the
//! translators' linter over locales/ (every shipped locale passes); the
//! `sipstatus` command-line tool (its own crate, cli/, which plain
//! `cargo test` does not build): clippy, its tests, and its documented
//! install (scripts/install-cli) into a prefix under target/cli-install,
//! where man, bash-completion, zsh and fish must each find and use what was
//! installed.
//!
//! Needs man, zsh, fish and bash-completion (scripts/setup):
//! `cargo test --test locales -- --include-ignored`
//! (scripts/check.d/30-locales.sh). A missing tool fails the test, naming
//! its Debian package.

mod support;

use sipstatus::{Lang, StatusCode};
use std::path::Path;
use std::process::Command;
use support::Checks;

/// What bash-completion loads completions with.
const BASH_COMPLETION: &str = "/usr/share/bash-completion/bash_completion";

/// Runs `command`; its stdout, or Err with the command, its status and its
/// output. `package` is the Debian package of the program.
fn stdout(command: &mut Command, package: &str) -> Result<String, String> {
    let out = command
        .output()
        .unwrap_or_else(|e| panic!("cannot run {command:?}: {e} (Debian package {package})"));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    if out.status.success() {
        Ok(text)
    } else {
        Err(format!(
            "{command:?}: {}\n{text}{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

/// One check: `got` (or the error that stopped it) must equal `want`.
fn check_eq(checks: &mut Checks, what: &str, got: Result<String, String>, want: &str) {
    let ok = matches!(&got, Ok(text) if text.trim_end_matches('\n') == want);
    checks.check(ok, || format!("{what}: got {got:?}, want {want:?}"));
}

/// Runs cargo; prints the summary lines of the tests it ran.
fn cargo(args: &[&str]) {
    let text = support::run(
        Command::new("cargo")
            .current_dir(support::root())
            .args(args),
    );
    for line in text.lines().filter(|l| l.starts_with("test result: ")) {
        println!("{line}");
    }
}

#[test]
#[ignore = "builds and installs the CLI; runs man, bash, zsh and fish; see the file's comment"]
fn linter_and_cli() {
    for (tool, package) in [("man", "man-db"), ("zsh", "zsh"), ("fish", "fish")] {
        stdout(Command::new(tool).arg("--version"), package)
            .unwrap_or_else(|e| panic!("{tool} --version fails (Debian package {package}): {e}"));
    }
    assert!(
        Path::new(BASH_COMPLETION).is_file(),
        "{BASH_COMPLETION} is missing (Debian package bash-completion)"
    );

    println!("==> sipstatus-lint --stats locales");
    let lint = support::run(Command::new("cargo").current_dir(support::root()).args([
        "run",
        "--quiet",
        "--bin",
        "sipstatus-lint",
        "--",
        "--stats",
        "locales",
    ]));
    print!("{lint}");
    let n = Lang::all().len();
    let summary =
        format!("sipstatus-lint: {n} locales: {n} passed, 0 failed (0 errors, 0 warnings)");
    assert!(
        lint.lines().any(|l| l == summary),
        "the linter's summary is not \"{summary}\":\n{lint}"
    );

    println!("==> cargo clippy -p sipstatus-cli --all-targets -- -D warnings");
    cargo(&[
        "clippy",
        "--quiet",
        "-p",
        "sipstatus-cli",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]);
    println!("==> cargo test -p sipstatus-cli: the command-line tool");
    cargo(&["test", "--quiet", "-p", "sipstatus-cli"]);

    println!("==> scripts/install-cli: the tool, its man page and completions, as installed");
    installed_cli();
}

/// scripts/install-cli into a fresh prefix, then 11 checks that the tool,
/// its man page and its completions are found and work there.
fn installed_cli() {
    let dir = support::out_dir("cli-install");
    let prefix = dir.join("prefix");
    let home = dir.join("home");
    std::fs::create_dir_all(&home).expect("mkdir home");
    // A debug build in target/, so that this reuses the build above.
    support::run(
        Command::new("scripts/install-cli")
            .current_dir(support::root())
            .arg(&prefix)
            .args(["--debug", "--target-dir", "target", "--quiet"]),
    );
    let share = prefix.join("share");
    let bin = prefix.join("bin");
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    // Every command sees the prefix's bin/ first on PATH, and HOME is a
    // fresh folder (no user's configuration).
    let cmd = |program: &str| {
        let mut c = Command::new(program);
        c.env("PATH", &path).env("HOME", &home).current_dir(&dir);
        c
    };
    let page = share.join("man/man1/sipstatus.1");
    let mut checks = Checks::default();

    check_eq(
        &mut checks,
        "command -v sipstatus",
        stdout(cmd("sh").args(["-c", "command -v sipstatus"]), "dash"),
        &bin.join("sipstatus").display().to_string(),
    );
    // What the tool says is what the library says.
    let phrase = StatusCode::new(486).expect("a code").reason("de");
    let shown = stdout(cmd("sipstatus").args(["486", "--lang", "de"]), "-");
    let line = format!("phrase:      {phrase}");
    checks.check(
        matches!(&shown, Ok(text) if text.lines().any(|l| l == line)),
        || format!("sipstatus 486 --lang de: no line {line:?} in {shown:?}"),
    );

    // man finds the page through PATH (PREFIX/bin -> PREFIX/share/man) and
    // renders it without a warning.
    check_eq(
        &mut checks,
        "env -u MANPATH man -w sipstatus",
        stdout(
            cmd("man").env_remove("MANPATH").args(["-w", "sipstatus"]),
            "man-db",
        ),
        &page.display().to_string(),
    );
    let warnings = cmd("man")
        .env("MANWIDTH", "80")
        .arg("--warnings")
        .arg("-l")
        .arg(&page)
        .output()
        .expect("man");
    checks.check(
        warnings.status.success() && warnings.stderr.is_empty(),
        || {
            format!(
                "man --warnings -l {}: {}, warnings:\n{}",
                page.display(),
                warnings.status,
                String::from_utf8_lossy(&warnings.stderr)
            )
        },
    );
    let rendered = stdout(
        cmd("man").env("MANWIDTH", "80").arg("-l").arg(&page),
        "man-db",
    );
    checks.check(
        matches!(&rendered, Ok(text) if text.lines().any(|l| l.starts_with("ENVIRONMENT"))),
        || {
            format!(
                "man -l {}: no ENVIRONMENT section: {rendered:?}",
                page.display()
            )
        },
    );

    // bash-completion loads it on demand, from ~/.local/share
    // (XDG_DATA_HOME) and from /usr/local/share (XDG_DATA_DIRS), then
    // completes options.
    let bash_complete = |var: &str, value: String| {
        let script = r#"
            source "$0"
            __load_completion sipstatus || exit 1
            COMP_WORDS=(sipstatus --la) COMP_CWORD=1 COMP_LINE="sipstatus --la" COMP_POINT=14
            _sipstatus sipstatus --la sipstatus
            printf "%s\n" "${COMPREPLY[@]}""#;
        stdout(
            cmd("bash").env(var, value).args([
                "--norc",
                "--noprofile",
                "-c",
                script,
                BASH_COMPLETION,
            ]),
            "bash",
        )
        .map(sorted_words)
    };
    for (var, value) in [
        ("XDG_DATA_HOME", share.display().to_string()),
        ("XDG_DATA_DIRS", format!("{}:/usr/share", share.display())),
    ] {
        let what = format!("bash completes `sipstatus --la` with {var}={value}");
        check_eq(
            &mut checks,
            &what,
            bash_complete(var, value),
            "--lang --langs",
        );
    }

    // zsh: the file parses, and compinit registers it from the prefix's
    // site-functions (the line README gives for ~/.local).
    let zsh_file = share.join("zsh/site-functions/_sipstatus");
    check_eq(
        &mut checks,
        "zsh -n _sipstatus",
        stdout(cmd("zsh").arg("-n").arg(&zsh_file), "zsh"),
        "",
    );
    let compinit = format!(
        "fpath=({} $fpath); autoload -Uz compinit; compinit -u -D; print $_comps[sipstatus]",
        share.join("zsh/site-functions").display()
    );
    check_eq(
        &mut checks,
        "zsh compinit registers _sipstatus",
        stdout(cmd("zsh").args(["-f", "-c", &compinit]), "zsh"),
        "_sipstatus",
    );

    // fish autoloads it from PREFIX/share/fish/vendor_completions.d, for
    // ~/.local (XDG_DATA_HOME) and for /usr/local (XDG_DATA_DIRS).
    for (var, value) in [
        ("XDG_DATA_HOME", share.display().to_string()),
        ("XDG_DATA_DIRS", format!("{}:/usr/share", share.display())),
    ] {
        let got = stdout(
            cmd("fish")
                .env(var, &value)
                .args(["-c", "complete -C 'sipstatus --la'"]),
            "fish",
        )
        .map(|text| {
            sorted_words(
                text.lines()
                    .map(|l| l.split('\t').next().unwrap_or(""))
                    .collect::<Vec<_>>()
                    .join("\n"),
            )
        });
        let what = format!("fish completes `sipstatus --la` with {var}={value}");
        check_eq(&mut checks, &what, got, "--lang --langs");
    }

    let summary = checks.summary("installed CLI");
    println!("{summary}");
    assert!(checks.failed.is_empty(), "{summary}: {:#?}", checks.failed);
    assert_eq!(checks.passed, 11, "{summary}: not 11 checks");
}

/// The lines of `text`, sorted and joined by spaces.
fn sorted_words(text: String) -> String {
    let mut words: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
    words.sort_unstable();
    words.join(" ")
}
