//! The C and C++ tests: one table of cases, each a program built with each
//! of its compilers, standards and link modes, and run by each of its
//! runners (plain, valgrind memcheck or helgrind, ASan+UBSan, TSan). Every
//! trial is named `PROGRAM::STD::COMPILER[::LINK]::RUNNER`.
//!
//!   cargo test --test native                       the fast trials: plain runs
//!                                                  against `cargo build`'s library
//!   cargo test --test native -- test_api           the trials whose names contain it
//!   cargo test --test native -- --include-ignored  everything (scripts/check does this)
//!   cargo test --test native -- --ignored --list   what the slow set holds
//!
//! The slow set (ignored unless asked for) is every tool runner and every
//! other build of the library: the panic-test build (target/panic-test), the
//! firmware profile (target/firmware, release), the TSan build (nightly,
//! target/tsan; reported ignored when nightly with rust-src is absent).
//! At most two trials run at once unless `--test-threads` says otherwise;
//! `SIPSTATUS_STRESS_SECONDS` (default 2) is how long tests/c/stress.c runs.
//! A failed trial shows its command lines and the output of each.
//! How the rows become trials, and the flags: tests/native/support.rs.

#[path = "support/mod.rs"]
mod common;
#[path = "native/fixtures.rs"]
mod fixtures;
#[path = "native/support.rs"]
mod support;

use support::{Arg, Arg::*, Case, Check, Compiler::*, Lib, Link::*, Runner::*, ROW};

/// What the Rust API gives for every known code in every locale (phrases in
/// each form, descriptions, class names), which test_api compares the C ABI
/// with.
const API_TEXTS: Arg = Fixture(fixtures::API_TEXTS);

/// What the Rust API says of Q.850 (the RFC 3398 mappings both ways, the
/// classes, the assigned causes, their names and the class names in every
/// locale), which test_q850 compares the C ABI with.
const Q850_FACTS: Arg = Fixture(fixtures::Q850);

/// The registered warn-codes, their English texts and their texts in every
/// locale, for test_warning.
const WARN_CODES: Arg = Fixture(fixtures::WARN_CODES);

const CASES: &[Case] = &[
    // The header alone, as C and as C++.
    Case {
        name: "header_c",
        source: "tests/c/header_c.c",
        stds: &["c99", "c11", "c17"],
        links: &[NoLib],
        runners: &[Compile],
        ..ROW
    },
    Case {
        name: "header_cxx",
        source: "tests/c/header_cxx.cpp",
        stds: &["c++17"],
        links: &[NoLib],
        runners: &[Compile],
        ..ROW
    },
    // The API contract, the named codes, threads.
    Case {
        name: "test_api",
        source: "tests/c/test_api.c",
        args: &[API_TEXTS],
        ..ROW
    },
    Case {
        name: "test_codes",
        source: "tests/c/test_codes.c",
        ..ROW
    },
    Case {
        name: "test_threads",
        source: "tests/c/test_threads.c",
        ..ROW
    },
    Case {
        name: "test_api",
        source: "tests/c/test_api.c",
        compilers: &[Gcc],
        links: &[Shared],
        runners: &[Memcheck],
        args: &[API_TEXTS],
        ..ROW
    },
    Case {
        name: "test_api",
        source: "tests/c/test_api.c",
        compilers: &[Clang],
        links: &[Static],
        runners: &[Memcheck],
        args: &[API_TEXTS],
        ..ROW
    },
    Case {
        name: "test_threads",
        source: "tests/c/test_threads.c",
        compilers: &[Gcc],
        links: &[Shared],
        runners: &[Memcheck],
        args: &[Lit("2")],
        ..ROW
    },
    // Under the thread and memory tools, C11 as the reliability checks had it.
    Case {
        name: "test_threads",
        source: "tests/c/test_threads.c",
        stds: &["c11"],
        compilers: &[Clang],
        links: &[Shared],
        runners: &[Helgrind],
        args: &[Lit("1")],
        ..ROW
    },
    Case {
        name: "test_threads",
        source: "tests/c/test_threads.c",
        stds: &["c11"],
        compilers: &[Clang],
        links: &[Static],
        runners: &[AsanUbsan],
        args: &[Lit("20")],
        ..ROW
    },
    Case {
        name: "test_threads",
        source: "tests/c/test_threads.c",
        stds: &["c11"],
        compilers: &[Clang],
        links: &[Static],
        runners: &[Tsan],
        args: &[Lit("2")],
        ..ROW
    },
    Case {
        name: "test_api",
        source: "tests/c/test_api.c",
        stds: &["c11"],
        compilers: &[Clang],
        links: &[Static],
        runners: &[AsanUbsan],
        args: &[API_TEXTS],
        ..ROW
    },
    // Hostile locale folders (issue 20): 200 reloads then 2000 for the
    // memory check, 20 forks; fewer under valgrind, where the memory figures
    // are printed, not checked. ASan keeps freed memory in quarantine: a
    // small one, so that the memory check measures the library, not ASan.
    Case {
        name: "test_hostile",
        source: "tests/c/test_hostile.c",
        stds: &["c11"],
        args: &[Lit("200"), Lit("20")],
        ..ROW
    },
    Case {
        name: "test_hostile",
        source: "tests/c/test_hostile.c",
        stds: &["c11"],
        compilers: &[Gcc],
        links: &[Shared],
        runners: &[Memcheck],
        args: &[Lit("10"), Lit("2")],
        ..ROW
    },
    Case {
        name: "test_hostile",
        source: "tests/c/test_hostile.c",
        stds: &["c11"],
        compilers: &[Clang],
        links: &[Static],
        runners: &[AsanUbsan],
        args: &[Lit("200"), Lit("20")],
        env: &[("ASAN_OPTIONS", "quarantine_size_mb=8")],
        ..ROW
    },
    // Reloads while 6 threads read; a refused load must leak nothing
    // (accepted loads keep their memory on purpose, still reachable).
    Case {
        name: "test_reload",
        source: "tests/c/test_reload.c",
        stds: &["c11"],
        compilers: &[Gcc],
        links: &[Shared],
        runners: &[Plain],
        ..ROW
    },
    Case {
        name: "test_reload",
        source: "tests/c/test_reload.c",
        stds: &["c11"],
        compilers: &[Clang],
        links: &[Static],
        runners: &[Plain],
        ..ROW
    },
    Case {
        name: "test_reload",
        source: "tests/c/test_reload.c",
        stds: &["c11"],
        compilers: &[Gcc],
        links: &[Shared],
        runners: &[Memcheck],
        args: &[Lit("3")],
        ..ROW
    },
    // Accept-Language, on exactly sized heap buffers for valgrind.
    Case {
        name: "test_accept",
        source: "tests/c/test_accept.c",
        links: &[Shared],
        ..ROW
    },
    Case {
        name: "test_accept",
        source: "tests/c/test_accept.c",
        compilers: &[Gcc],
        links: &[Shared],
        runners: &[Memcheck],
        ..ROW
    },
    // The fast paths of sip_reason (negotiation cache, tags of every length,
    // page edges, a full cache, threads, reload).
    Case {
        name: "test_hot",
        source: "tests/c/test_hot.c",
        stds: &["c11"],
        args: &[Scratch],
        ..ROW
    },
    Case {
        name: "test_hot",
        source: "tests/c/test_hot.c",
        stds: &["c11"],
        compilers: &[Gcc],
        links: &[Shared],
        runners: &[Memcheck],
        args: &[Scratch],
        ..ROW
    },
    // The benchmark programs, built as scripts/bench builds them and
    // smoke-run (no timing is checked): bench's loops give the same phrases;
    // cold's figures line is whole and counts every shipped locale.
    Case {
        name: "bench",
        source: "benches/bench.c",
        stds: &["c11"],
        compilers: &[Gcc],
        links: &[Shared],
        cflags: &["-O2"],
        args: &[Lit("check")],
        check: Check::SummaryOf("bench check"),
        ..ROW
    },
    Case {
        name: "cold",
        source: "benches/cold.c",
        stds: &["c11"],
        compilers: &[Gcc],
        links: &[NoLib],
        cflags: &["-O2"],
        ldflags: &["-ldl"],
        args: &[SharedLib],
        check: Check::ColdFigures,
        ..ROW
    },
    // Q.850, Reason and Warning.
    Case {
        name: "test_q850",
        source: "tests/c/test_q850.c",
        args: &[Q850_FACTS],
        ..ROW
    },
    Case {
        name: "test_warning",
        source: "tests/c/test_warning.c",
        args: &[WARN_CODES],
        ..ROW
    },
    Case {
        name: "test_q850",
        source: "tests/c/test_q850.c",
        compilers: &[Gcc],
        links: &[Shared],
        runners: &[Memcheck],
        args: &[Q850_FACTS],
        ..ROW
    },
    Case {
        name: "test_q850",
        source: "tests/c/test_q850.c",
        compilers: &[Clang],
        links: &[Static],
        runners: &[Memcheck],
        args: &[Q850_FACTS],
        ..ROW
    },
    Case {
        name: "test_warning",
        source: "tests/c/test_warning.c",
        compilers: &[Gcc],
        links: &[Shared],
        runners: &[Memcheck],
        args: &[WARN_CODES],
        ..ROW
    },
    Case {
        name: "test_warning",
        source: "tests/c/test_warning.c",
        compilers: &[Clang],
        links: &[Static],
        runners: &[Memcheck, AsanUbsan],
        args: &[WARN_CODES],
        ..ROW
    },
    // The C++17 wrapper against the C API it wraps, with more warnings.
    Case {
        name: "test_wrapper",
        source: "tests/cpp/test_wrapper.cpp",
        stds: &["c++17", "c++20"],
        links: &[Shared],
        cflags: &[
            "-Wconversion",
            "-Wsign-conversion",
            "-Wshadow",
            "-Wold-style-cast",
        ],
        ..ROW
    },
    Case {
        name: "test_wrapper",
        source: "tests/cpp/test_wrapper.cpp",
        stds: &["c++17"],
        compilers: &[Gcc],
        links: &[Static],
        runners: &[AsanUbsan],
        cflags: &[
            "-Wconversion",
            "-Wsign-conversion",
            "-Wshadow",
            "-Wold-style-cast",
        ],
        ..ROW
    },
    // Reliability (docs/reliability.md): 16 threads while a 17th reloads
    // tests/c/stress/{a,b,bad}; dlopen/dlclose 1000 rounds, and under
    // memcheck the heap after 10 and after 1000 rounds; every guarded
    // function under injected panics (the panic-test build), each panic on
    // stderr.
    Case {
        name: "stress",
        source: "tests/c/stress.c",
        stds: &["c11"],
        compilers: &[Clang],
        links: &[Shared],
        args: &[StressSeconds, Lit("tests/c/stress")],
        ..ROW
    },
    Case {
        name: "stress",
        source: "tests/c/stress.c",
        stds: &["c11"],
        compilers: &[Clang],
        links: &[Static],
        runners: &[AsanUbsan, Tsan],
        args: &[StressSeconds, Lit("tests/c/stress")],
        ..ROW
    },
    Case {
        name: "dlopen_loop",
        source: "tests/c/dlopen_loop.c",
        stds: &["c11"],
        compilers: &[Clang],
        links: &[Shared],
        ldflags: &["-ldl"],
        args: &[SharedLib, Lit("1000")],
        ..ROW
    },
    Case {
        name: "dlopen_loop",
        source: "tests/c/dlopen_loop.c",
        stds: &["c11"],
        compilers: &[Clang],
        links: &[Shared],
        runners: &[Memcheck],
        ldflags: &["-ldl"],
        args: &[SharedLib, Rounds, Lit("--valgrind")],
        check: Check::HeapFlat {
            few: 10,
            many: 1000,
            max_growth: 256 * 1024,
        },
        ..ROW
    },
    Case {
        name: "panic",
        source: "tests/c/panic.c",
        stds: &["c11"],
        compilers: &[Clang],
        links: &[Shared],
        runners: &[Plain, Memcheck],
        lib: Lib::PanicTest,
        args: &[Lit("tests/c/stress/a")],
        env: &[("RUST_BACKTRACE", "0")],
        check: Check::SummaryAndStderr {
            text: "injected panic",
            min: 3000,
        },
        ..ROW
    },
    Case {
        name: "panic",
        source: "tests/c/panic.c",
        stds: &["c11"],
        compilers: &[Clang],
        links: &[Static],
        runners: &[AsanUbsan],
        lib: Lib::PanicTest,
        args: &[Lit("tests/c/stress/a")],
        env: &[("RUST_BACKTRACE", "0")],
        check: Check::SummaryAndStderr {
            text: "injected panic",
            min: 3000,
        },
        ..ROW
    },
    // The firmware profile: two locales, no runtime loading, linked
    // statically with --gc-sections.
    Case {
        name: "test_firmware",
        source: "tests/c/test_firmware.c",
        links: &[Static],
        runners: &[Plain],
        lib: Lib::Firmware,
        ldflags: &["-Wl,--gc-sections"],
        ..ROW
    },
    Case {
        name: "test_firmware",
        source: "tests/c/test_firmware.c",
        compilers: &[Gcc],
        links: &[Static],
        runners: &[Memcheck],
        lib: Lib::Firmware,
        ldflags: &["-Wl,--gc-sections"],
        ..ROW
    },
    // The size-optimized build (scripts/build-small) does what the default
    // build does.
    Case {
        name: "test_api",
        source: "tests/c/test_api.c",
        compilers: &[Gcc],
        links: &[Shared],
        lib: Lib::Small,
        args: &[API_TEXTS],
        ..ROW
    },
];

fn main() {
    let mut args = libtest_mimic::Arguments::from_args();
    // Two at a time: the machines this runs on have two cores.
    args.test_threads = args.test_threads.or(Some(2));
    let mut trials = support::trials(CASES);
    trials.push(support::self_test());
    libtest_mimic::run(&args, trials).exit();
}
