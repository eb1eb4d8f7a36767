//! How tests/native.rs turns its table into trials: the flags, the valgrind
//! and sanitizer settings, the library builds, one compile and run per
//! trial, and the checks of a program's result. Nothing here names a test
//! program; the table does.

use libtest_mimic::{Completion, Failed, Trial};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Mutex, OnceLock};

/// One row of the table: a program, built with each compiler in each link
/// mode for each language standard, run by each runner. Trials are named
/// `NAME::STD::COMPILER[::LINK]::RUNNER`.
pub struct Case {
    /// The trial names' first part, and what `Check::Summary` looks for.
    pub name: &'static str,
    /// The source, relative to the repository.
    pub source: &'static str,
    /// `-std=` values: `c99`..`c17` for C, `c++17`, `c++20` for C++.
    pub stds: &'static [&'static str],
    pub compilers: &'static [Compiler],
    pub links: &'static [Link],
    pub runners: &'static [Runner],
    /// Which build of the library it links (or loads).
    pub lib: Lib,
    /// Compiler flags beyond the shared strict ones (`-O2`, more warnings).
    pub cflags: &'static [&'static str],
    /// Linker flags after the library (`-ldl`, `-Wl,--gc-sections`).
    pub ldflags: &'static [&'static str],
    pub args: &'static [Arg],
    /// Environment for the program; a key the runner sets too (e.g.
    /// ASAN_OPTIONS) gets both values, the runner's first, joined by ':'.
    pub env: &'static [(&'static str, &'static str)],
    pub check: Check,
}

/// The defaults of a row, for `..ROW`.
pub const ROW: Case = Case {
    name: "",
    source: "",
    stds: &["c99"],
    compilers: &[Compiler::Gcc, Compiler::Clang],
    links: &[Link::Shared, Link::Static],
    runners: &[Runner::Plain],
    lib: Lib::Dev,
    cflags: &[],
    ldflags: &[],
    args: &[],
    env: &[],
    check: Check::Summary,
};

/// The warnings every C and C++ program is built with, spelled once.
const STRICT: &[&str] = &["-Wall", "-Wextra", "-Werror", "-pedantic"];
const INCLUDES: &[&str] = &["-Iinclude", "-Itests/c"];

/// What the static library needs from the system to link: what
/// `rustc --print native-static-libs` says for this crate on Linux (glibc),
/// kept in tests/c/static-libs, which scripts/lib.sh reads too.
fn static_libs() -> impl Iterator<Item = &'static str> {
    include_str!("../c/static-libs").split_whitespace()
}

/// valgrind, every tool: a finding is exit status 99; the report goes to a
/// log file (shown on failure); forked children stay silent.
const VALGRIND: &[&str] = &["--error-exitcode=99", "--child-silent-after-fork=yes"];
/// memcheck: any error, or memory definitely lost, fails.
const MEMCHECK: &[&str] = &[
    "--tool=memcheck",
    "--leak-check=full",
    "--errors-for-leak-kinds=definite",
];
const HELGRIND: &[&str] = &["--tool=helgrind"];

/// AddressSanitizer + UndefinedBehaviorSanitizer on the C side, against the
/// ordinary static library: the C code is instrumented, the Rust code is not
/// (its memory is checked by the fuzz targets and by Miri).
const ASAN_FLAGS: &[&str] = &[
    "-fsanitize=address,undefined",
    "-fno-sanitize-recover=all",
    "-fno-omit-frame-pointer",
    "-g",
];
const ASAN_ENV: &[(&str, &str)] = &[
    ("ASAN_OPTIONS", "detect_leaks=1:halt_on_error=1"),
    ("UBSAN_OPTIONS", "halt_on_error=1:print_stacktrace=1"),
];
/// ThreadSanitizer needs the Rust side instrumented too (std included), or
/// it cannot see Rust's atomics: a nightly build with -Zbuild-std, linked
/// with rustc's TSan runtime (clang's can be older than rustc's LLVM).
const TSAN_FLAGS: &[&str] = &["-fsanitize=thread", "-g"];
const TSAN_ENV: &[(&str, &str)] = &[("TSAN_OPTIONS", "halt_on_error=1:exitcode=66")];

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Compiler {
    Gcc,
    Clang,
}

impl Compiler {
    fn command(self, cxx: bool) -> &'static str {
        match (self, cxx) {
            (Compiler::Gcc, false) => "gcc",
            (Compiler::Gcc, true) => "g++",
            (Compiler::Clang, false) => "clang",
            (Compiler::Clang, true) => "clang++",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Link {
    /// `-lsipstatus` with an rpath to the build.
    Shared,
    /// `libsipstatus.a` and tests/c/static-libs.
    Static,
    /// Not linked: the program loads the library itself (dlopen).
    NoLib,
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Runner {
    /// Compiled (`-c`) and not run: the header checks.
    Compile,
    Plain,
    Memcheck,
    Helgrind,
    /// ASan + UBSan, clang, static library only.
    AsanUbsan,
    /// TSan against the instrumented nightly build, static library only.
    Tsan,
}

impl Runner {
    fn label(self) -> &'static str {
        match self {
            Runner::Compile => "compile",
            Runner::Plain => "plain",
            Runner::Memcheck => "memcheck",
            Runner::Helgrind => "helgrind",
            Runner::AsanUbsan => "asan",
            Runner::Tsan => "tsan",
        }
    }
}

/// The builds of the library the programs link.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Lib {
    /// `cargo build --lib`: what `cargo build` makes, in this target dir.
    Dev,
    /// `--features panic-test` (tests/c/panic.c), in target/panic-test.
    PanicTest,
    /// The firmware profile (docs/performance.md): `SIPSTATUS_LOCALES=en,de`,
    /// `--release --no-default-features`, in target/firmware.
    Firmware,
    /// The size-optimized build of `scripts/build-small` (nightly,
    /// `-Zbuild-std`), in target/small: the one docs/performance.md
    /// measures against the 768 KiB goal, proven to work here.
    Small,
}

/// A program argument.
#[derive(Clone, Copy, Debug)]
pub enum Arg {
    Lit(&'static str),
    /// The absolute path of the shared library of the row's build.
    SharedLib,
    /// A file path of the trial's own, under the output directory.
    Scratch,
    /// `SIPSTATUS_STRESS_SECONDS`, else 2.
    StressSeconds,
    /// A number of rounds: `Check::HeapFlat` runs the program with each.
    Rounds,
    /// The path of a file the harness writes into the trial's directory
    /// before each run, from the library itself (tests/native/fixtures.rs).
    Fixture(Fixture),
}

/// A file of facts for a C test, made by the Rust library's own API.
#[derive(Clone, Copy, Debug)]
pub struct Fixture {
    /// Its name in the trial's directory.
    pub file: &'static str,
    /// Its contents.
    pub text: fn() -> String,
}

/// What a run must show, beyond the runner's own verdict (exit status 0 for
/// every runner: valgrind exits 99, the sanitizers non-zero, on a finding).
#[derive(Clone, Copy, Debug)]
pub enum Check {
    /// Exit status 0 and tests/c/check.h's line `NAME: N passed, 0 failed`
    /// (NAME is the row's name), N > 0.
    Summary,
    /// Exit status 0 and the line `LINE: N passed, 0 failed`.
    SummaryOf(&'static str),
    /// `Summary`, and at least `min` lines of stderr contain `text`.
    SummaryAndStderr { text: &'static str, min: usize },
    /// benches/cold.c's line: 8 tab-separated figures, the 5th the number of
    /// locales the library ships, memory figures positive.
    ColdFigures,
    /// Under memcheck, run with `Arg::Rounds` = `few`, then `many`: both
    /// `Summary`, and valgrind's heap "in use at exit" may grow by at most
    /// `max_growth` bytes from the first run to the second.
    HeapFlat {
        few: u32,
        many: u32,
        max_growth: u64,
    },
}

/// The repository root, where programs are built and run (their arguments
/// are relative to it).
fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// This test run's target directory (CARGO_TARGET_TMPDIR is `<target>/tmp`).
fn target_dir() -> &'static Path {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("target/tmp has a parent")
}

/// Where the programs are built: one subdirectory per trial.
fn out_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("native")
}

/// Every trial of the table. The tool runners, and every build but the
/// ordinary library, are ignored unless asked for (`--include-ignored`).
pub fn trials(cases: &'static [Case]) -> Vec<Trial> {
    let mut trials = Vec::new();
    let mut names = std::collections::BTreeSet::new();
    for case in cases {
        for &std in case.stds {
            for &compiler in case.compilers {
                for &link in case.links {
                    for &runner in case.runners {
                        let t = One {
                            case,
                            std,
                            compiler,
                            link,
                            runner,
                        };
                        let name = t.name();
                        assert!(names.insert(name.clone()), "two rows make {name}");
                        let slow = !matches!(runner, Runner::Plain | Runner::Compile)
                            || case.lib != Lib::Dev;
                        trials.push(
                            Trial::ignorable_test(name, move || t.run()).with_ignored_flag(slow),
                        );
                    }
                }
            }
        }
    }
    trials
}

/// One trial: a row with one standard, compiler, link mode and runner.
#[derive(Clone, Copy)]
struct One {
    case: &'static Case,
    std: &'static str,
    compiler: Compiler,
    link: Link,
    runner: Runner,
}

/// What a trial did, shown when it fails: each command, its exit status,
/// stdout and stderr.
#[derive(Default)]
struct Log(String);

impl Log {
    fn command(&mut self, cmd: &Command, out: &Output) {
        let env: String = cmd
            .get_envs()
            .filter_map(|(k, v)| Some(format!("{}={} ", k.to_str()?, v?.to_str()?)))
            .collect();
        let args: Vec<String> = cmd
            .get_args()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        let _ = writeln!(
            self.0,
            "$ {env}{} {}",
            cmd.get_program().to_string_lossy(),
            args.join(" ")
        );
        let _ = writeln!(self.0, "  -> {}", out.status);
        for (what, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            if !bytes.is_empty() {
                let _ = writeln!(
                    self.0,
                    "--- {what}\n{}",
                    tail(&String::from_utf8_lossy(bytes))
                );
            }
        }
    }

    fn file(&mut self, what: &str, path: &Path) {
        if let Ok(text) = std::fs::read_to_string(path) {
            let _ = writeln!(self.0, "--- {what} ({})\n{}", path.display(), tail(&text));
        }
    }

    fn fail(self, name: &str, why: impl std::fmt::Display) -> Failed {
        Failed::from(format!("{name}: {why}\n{}", self.0))
    }
}

/// The last 200 lines of a stream (valgrind can say a lot).
fn tail(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let skip = lines.len().saturating_sub(200);
    let mut s = String::new();
    if skip > 0 {
        let _ = writeln!(s, "[{skip} lines left out]");
    }
    s + &lines[skip..].join("\n")
}

/// Runs `cmd`, logs it; Err when it could not start.
fn run(cmd: &mut Command, log: &mut Log) -> Result<Output, String> {
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run {:?}: {e}", cmd.get_program()))?;
    log.command(cmd, &out);
    Ok(out)
}

/// A build of the library: the directory of libsipstatus.so and .a, or why
/// there is none (a failed build, or a toolchain that is not installed:
/// scripts/setup checks for the nightly one; a trial fails, never skips).
#[derive(Clone)]
enum Built {
    Dir(PathBuf),
    Failed(String),
}

/// One cargo at a time: the builds share the machine, and cargo's locks.
static CARGO: Mutex<()> = Mutex::new(());

fn cargo_build(cargo: &mut Command, dir: PathBuf) -> Built {
    let _one = CARGO.lock().unwrap_or_else(|e| e.into_inner());
    let mut log = Log::default();
    match run(cargo.current_dir(root()), &mut log) {
        Ok(out) if out.status.success() => Built::Dir(dir),
        Ok(_) => Built::Failed(log.0),
        Err(e) => Built::Failed(e),
    }
}

fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

/// Builds `lib` (or, for TSan, the instrumented build) once per test run;
/// the trials that need it wait for the first.
fn library(lib: Lib, runner: Runner) -> Built {
    static DEV: OnceLock<Built> = OnceLock::new();
    static PANIC: OnceLock<Built> = OnceLock::new();
    static FIRMWARE: OnceLock<Built> = OnceLock::new();
    static TSAN: OnceLock<Built> = OnceLock::new();
    static SMALL: OnceLock<Built> = OnceLock::new();
    let target = target_dir();
    match (lib, runner) {
        (Lib::Dev, Runner::Tsan) => TSAN.get_or_init(tsan_library).clone(),
        (Lib::Dev, _) => DEV
            .get_or_init(|| {
                // `cargo test` builds the cdylib and staticlib into deps/ but
                // only `cargo build` puts them in place: this one is nearly
                // free after it, and builds what a lone trial needs.
                let mut c = cargo();
                c.args(["build", "--quiet", "--lib", "--target-dir"])
                    .arg(target);
                cargo_build(&mut c, target.join("debug"))
            })
            .clone(),
        (Lib::Small, Runner::Tsan) => {
            Built::Failed("the table asks TSan of a build it has no instrumented form of".into())
        }
        (Lib::Small, _) => SMALL.get_or_init(small_library).clone(),
        (Lib::PanicTest, Runner::Tsan) | (Lib::Firmware, Runner::Tsan) => {
            Built::Failed("the table asks TSan of a build it has no instrumented form of".into())
        }
        (Lib::PanicTest, _) => PANIC
            .get_or_init(|| {
                let dir = target.join("panic-test");
                let mut c = cargo();
                c.args([
                    "build",
                    "--quiet",
                    "--lib",
                    "--features",
                    "panic-test",
                    "--target-dir",
                ])
                .arg(&dir);
                cargo_build(&mut c, dir.join("debug"))
            })
            .clone(),
        (Lib::Firmware, _) => FIRMWARE
            .get_or_init(|| {
                let dir = target.join("firmware");
                cargo_build(
                    &mut crate::common::firmware_build(&dir),
                    dir.join("release"),
                )
            })
            .clone(),
    }
}

/// The nightly toolchain's sysroot, when it has rust-src (scripts/setup
/// adds it to nightly, and fails without a nightly toolchain).
fn nightly_sysroot() -> Result<PathBuf, String> {
    let out = Command::new("rustup")
        .args(["run", "nightly", "rustc", "--print", "sysroot"])
        .output()
        .map_err(|e| format!("rustup: {e}"))?;
    if !out.status.success() {
        return Err("no nightly toolchain".into());
    }
    let sysroot = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    if !sysroot.join("lib/rustlib/src/rust/library").is_dir() {
        return Err("nightly has no rust-src".into());
    }
    Ok(sysroot)
}

fn host_triple() -> String {
    let out = Command::new("rustc")
        .arg("-vV")
        .output()
        .expect("rustc -vV");
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines()
        .find_map(|l| l.strip_prefix("host: "))
        .expect("rustc -vV names the host")
        .to_owned()
}

fn tsan_library() -> Built {
    let sysroot = match nightly_sysroot() {
        Ok(s) => s,
        Err(why) => {
            return Built::Failed(format!(
                "ThreadSanitizer needs nightly with rust-src: {why}"
            ))
        }
    };
    let triple = host_triple();
    let dir = target_dir().join("tsan");
    let mut c = Command::new("rustup");
    c.args([
        "run",
        "nightly",
        "cargo",
        "build",
        "--quiet",
        "--lib",
        "-Zbuild-std",
        "--target",
    ])
    .arg(&triple)
    .arg("--target-dir")
    .arg(&dir)
    .env("RUSTFLAGS", "-Zsanitizer=thread")
    .env_remove("CARGO_ENCODED_RUSTFLAGS")
    .env_remove("RUSTC")
    .env_remove("RUSTUP_TOOLCHAIN");
    let built = cargo_build(&mut c, dir.join(&triple).join("debug"));
    let runtime = sysroot.join(format!(
        "lib/rustlib/{triple}/lib/librustc-nightly_rt.tsan.a"
    ));
    match built {
        Built::Dir(_) if !runtime.is_file() => Built::Failed(format!("no {}", runtime.display())),
        other => other,
    }
}

fn small_library() -> Built {
    if let Err(why) = nightly_sysroot() {
        return Built::Failed(format!(
            "the size-optimized build needs nightly with rust-src: {why}"
        ));
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut c = Command::new("bash");
    c.arg(root.join("scripts/build-small"))
        .current_dir(root)
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("RUSTC")
        .env_remove("RUSTUP_TOOLCHAIN");
    cargo_build(
        &mut c,
        root.join("target/small")
            .join(host_triple())
            .join("release"),
    )
}

fn tsan_runtime() -> PathBuf {
    let sysroot = nightly_sysroot().expect("checked by tsan_library");
    sysroot.join(format!(
        "lib/rustlib/{}/lib/librustc-nightly_rt.tsan.a",
        host_triple()
    ))
}

impl One {
    fn name(&self) -> String {
        let mut name =
            format!("{}::{}::{:?}", self.case.name, self.std, self.compiler).to_lowercase();
        if self.link != Link::NoLib {
            name += &format!("::{:?}", self.link).to_lowercase();
        }
        name += "::";
        name += self.runner.label();
        if self.case.lib == Lib::Small {
            name += "::small-build";
        }
        name
    }

    fn cxx(&self) -> bool {
        self.std.starts_with("c++")
    }

    fn run(self) -> Result<Completion, Failed> {
        let name = self.name();
        let lib = match self.link {
            Link::NoLib if self.case.args.iter().all(|a| !matches!(a, Arg::SharedLib)) => None,
            _ => match library(self.case.lib, self.runner) {
                Built::Dir(d) => Some(d),
                Built::Failed(log) => {
                    return Err(Failed::from(format!(
                        "{name}: the library build failed\n{log}"
                    )))
                }
            },
        };
        let dir = out_dir().join(name.replace("::", "-"));
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let exe = dir.join(self.case.name);
        let mut log = Log::default();
        self.compile(lib.as_deref(), &exe, &mut log)
            .map_err(|why| log_fail(&mut log, &name, why))?;
        if self.runner == Runner::Compile {
            return Ok(Completion::Completed);
        }
        match self.case.check {
            Check::HeapFlat {
                few,
                many,
                max_growth,
            } => {
                let a = self.execute(&exe, lib.as_deref(), &dir, Some(few), &mut log);
                let b = self.execute(&exe, lib.as_deref(), &dir, Some(many), &mut log);
                let (a, b) = match (a, b) {
                    (Ok(a), Ok(b)) => (a, b),
                    (Err(why), _) | (_, Err(why)) => return Err(log.fail(&name, why)),
                };
                let (a, b) = match (in_use_at_exit(&a), in_use_at_exit(&b)) {
                    (Some(a), Some(b)) => (a, b),
                    _ => return Err(log.fail(&name, "no \"in use at exit\" in valgrind's report")),
                };
                if b > a + max_growth {
                    return Err(log.fail(
                        &name,
                        format!(
                            "heap in use at exit grew by {} bytes from {few} to {many} rounds",
                            b - a
                        ),
                    ));
                }
            }
            _ => {
                let out = self.execute(&exe, lib.as_deref(), &dir, None, &mut log);
                out.map_err(|why| log.fail(&name, why))?;
            }
        }
        Ok(Completion::Completed)
    }

    fn compile(&self, lib: Option<&Path>, exe: &Path, log: &mut Log) -> Result<(), String> {
        let cc = self.compiler.command(self.cxx());
        let mut c = Command::new(cc);
        c.current_dir(root())
            .arg(format!("-std={}", self.std))
            .args(STRICT)
            .args(INCLUDES)
            .arg("-pthread")
            .args(self.case.cflags);
        match self.runner {
            Runner::Compile => {
                c.arg("-c")
                    .arg(self.case.source)
                    .arg("-o")
                    .arg(exe.with_extension("o"));
                return check_status(run(&mut c, log)?);
            }
            Runner::AsanUbsan => {
                c.args(ASAN_FLAGS);
            }
            Runner::Tsan => {
                // Compiled instrumented, then linked with rustc's runtime.
                let obj = exe.with_extension("o");
                c.args(TSAN_FLAGS)
                    .arg("-c")
                    .arg(self.case.source)
                    .arg("-o")
                    .arg(&obj);
                check_status(run(&mut c, log)?)?;
                let lib = lib.expect("TSan links the instrumented build");
                let mut l = Command::new(cc);
                l.current_dir(root())
                    .arg("-pthread")
                    .arg(&obj)
                    .arg("-o")
                    .arg(exe);
                l.arg(lib.join("libsipstatus.a"));
                l.arg("-Wl,--whole-archive")
                    .arg(tsan_runtime())
                    .arg("-Wl,--no-whole-archive");
                l.args(static_libs()).args(self.case.ldflags);
                return check_status(run(&mut l, log)?);
            }
            _ => {}
        }
        c.arg(self.case.source).arg("-o").arg(exe);
        match (self.link, lib) {
            (Link::Shared, Some(lib)) => {
                c.arg(format!("-L{}", lib.display()))
                    .arg("-lsipstatus")
                    .arg(format!("-Wl,-rpath,{}", lib.display()));
            }
            (Link::Static, Some(lib)) => {
                c.arg(lib.join("libsipstatus.a")).args(static_libs());
            }
            _ => {}
        }
        c.args(self.case.ldflags);
        check_status(run(&mut c, log)?)
    }

    /// Runs the program under the trial's runner and checks what it did.
    /// Returns valgrind's log file when there is one.
    fn execute(
        &self,
        exe: &Path,
        lib: Option<&Path>,
        dir: &Path,
        rounds: Option<u32>,
        log: &mut Log,
    ) -> Result<PathBuf, String> {
        let vg_log = dir.join(format!("valgrind-{}.log", rounds.unwrap_or(0)));
        let tool: &[&str] = match self.runner {
            Runner::Memcheck => MEMCHECK,
            Runner::Helgrind => HELGRIND,
            _ => &[],
        };
        let mut c = if tool.is_empty() {
            Command::new(exe)
        } else {
            let _ = std::fs::remove_file(&vg_log);
            let mut c = Command::new("valgrind");
            c.args(tool)
                .args(VALGRIND)
                .arg(format!("--log-file={}", vg_log.display()))
                .arg(exe);
            c
        };
        // `cargo test` puts its own target/debug/deps on LD_LIBRARY_PATH,
        // which would win over the rpath to the row's build.
        c.current_dir(root()).env_remove("LD_LIBRARY_PATH");
        for arg in self.case.args {
            match arg {
                Arg::Lit(s) => c.arg(s),
                Arg::SharedLib => c.arg(lib.expect("a build").join("libsipstatus.so")),
                Arg::Scratch => c.arg(dir.join("scratch")),
                Arg::StressSeconds => {
                    c.arg(std::env::var("SIPSTATUS_STRESS_SECONDS").unwrap_or_else(|_| "2".into()))
                }
                Arg::Rounds => c.arg(
                    rounds
                        .expect("Arg::Rounds needs Check::HeapFlat")
                        .to_string(),
                ),
                Arg::Fixture(f) => {
                    let path = dir.join(f.file);
                    std::fs::write(&path, (f.text)())
                        .map_err(|e| format!("{}: {e}", path.display()))?;
                    c.arg(path)
                }
            };
        }
        let runner_env = match self.runner {
            Runner::AsanUbsan => ASAN_ENV,
            Runner::Tsan => TSAN_ENV,
            _ => &[],
        };
        for (k, v) in runner_env {
            c.env(k, v);
        }
        for (k, v) in self.case.env {
            match runner_env.iter().find(|(rk, _)| rk == k) {
                Some((_, rv)) => c.env(k, format!("{rv}:{v}")),
                None => c.env(k, v),
            };
        }
        let out = run(&mut c, log)?;
        if !tool.is_empty() {
            log.file("valgrind", &vg_log);
        }
        check_status(out.clone())?;
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        match self.case.check {
            Check::Summary | Check::HeapFlat { .. } => summary(&stdout, self.case.name)?,
            Check::SummaryOf(line) => summary(&stdout, line)?,
            Check::SummaryAndStderr { text, min } => {
                summary(&stdout, self.case.name)?;
                let n = stderr.lines().filter(|l| l.contains(text)).count();
                if n < min {
                    return Err(format!(
                        "{n} lines of stderr say \"{text}\", fewer than {min}"
                    ));
                }
            }
            Check::ColdFigures => cold_figures(&stdout)?,
        }
        Ok(vg_log)
    }
}

fn log_fail(log: &mut Log, name: &str, why: String) -> Failed {
    std::mem::take(log).fail(name, why)
}

fn check_status(out: Output) -> Result<(), String> {
    if out.status.success() {
        Ok(())
    } else {
        Err(format!("exited with {}", out.status))
    }
}

/// tests/c/check.h's summary line for `name`: some checks, none failed.
fn summary(stdout: &str, name: &str) -> Result<(), String> {
    let prefix = format!("{name}: ");
    let line = stdout
        .lines()
        .rev()
        .find(|l| l.starts_with(&prefix) && l.ends_with(" failed"))
        .ok_or_else(|| format!("no line \"{name}: N passed, N failed\""))?;
    let counts = line[prefix.len()..]
        .strip_suffix(" failed")
        .and_then(|s| s.split_once(" passed, "));
    match counts.map(|(p, f)| (p.parse::<u64>(), f.parse::<u64>())) {
        Some((Ok(p), Ok(0))) if p > 0 => Ok(()),
        _ => Err(format!("summary says \"{line}\"")),
    }
}

/// benches/cold.c prints one line: dlopen µs, dlopen to first phrase µs,
/// median and max first call of a further locale µs, locales, VmRSS KiB
/// before, after the first phrase, after every locale.
fn cold_figures(stdout: &str) -> Result<(), String> {
    let lines: Vec<&str> = stdout.lines().collect();
    let [line] = lines[..] else {
        return Err(format!("{} lines, want 1", lines.len()));
    };
    let fields: Vec<f64> = line
        .split('\t')
        .map(str::parse)
        .collect::<Result<_, _>>()
        .map_err(|e| format!("{line:?}: {e}"))?;
    let locales = sipstatus::Lang::all().len();
    match fields[..] {
        [_, _, _, _, n, rss0, rss1, rss2]
            if n == locales as f64 && rss0 > 0.0 && rss1 > 0.0 && rss2 > 0.0 =>
        {
            Ok(())
        }
        _ => Err(format!(
            "{line:?}: want 8 figures, the 5th {locales} (the locales shipped), memory > 0"
        )),
    }
}

/// valgrind's "in use at exit: N bytes" from its log.
fn in_use_at_exit(log: &Path) -> Option<u64> {
    let text = std::fs::read_to_string(log).ok()?;
    let rest = text.split("in use at exit: ").nth(1)?;
    rest.split(" bytes").next()?.replace(',', "").parse().ok()
}

/// The checks above, on outputs they must refuse: a check that passes
/// everything would pass every trial.
pub fn self_test() -> Trial {
    Trial::test("harness::checks", || {
        let ok = |r: Result<(), String>, want: bool, what: &str| match (r.is_ok(), want) {
            (true, false) => Err(format!("accepted {what}")),
            (false, true) => Err(format!("refused {what}")),
            _ => Ok(()),
        };
        ok(
            summary("t: 3 passed, 0 failed\n", "t"),
            true,
            "a good summary",
        )?;
        ok(summary("t: 3 passed, 1 failed\n", "t"), false, "a failure")?;
        ok(summary("t: 0 passed, 0 failed\n", "t"), false, "no checks")?;
        ok(
            summary("u: 3 passed, 0 failed\n", "t"),
            false,
            "another program's line",
        )?;
        ok(summary("", "t"), false, "no summary")?;
        let n = sipstatus::Lang::all().len();
        let cold = |n: usize| format!("1.0\t2.0\t0.4\t5.0\t{n}\t1248\t3092\t3604\n");
        ok(cold_figures(&cold(n)), true, "cold's line")?;
        ok(
            cold_figures(&cold(n - 1)),
            false,
            "a locale missing in cold's line",
        )?;
        ok(cold_figures("1.0\t2.0\n"), false, "a short cold line")?;
        let log = out_dir().join("harness-in-use.log");
        std::fs::create_dir_all(out_dir()).map_err(|e| e.to_string())?;
        std::fs::write(&log, "==1==     in use at exit: 1,234 bytes in 5 blocks\n")
            .map_err(|e| e.to_string())?;
        ok(
            in_use_at_exit(&log)
                .filter(|&n| n == 1234)
                .map(|_| ())
                .ok_or_else(|| "no figure".to_string()),
            true,
            "valgrind's figure",
        )?;
        Ok(())
    })
}
