//! Every C function (the ABI guard's list, `abi/functions.txt`) is
//! reached by the bindings and by the panic test, or is named here with the
//! reason it is not: a new C function cannot be forgotten by one of them.

const FUNCTIONS: &str = include_str!("../abi/functions.txt");
const PYTHON_FFI: &str = include_str!("../python/sipstatus/_ffi.py");
const CPP: &str = include_str!("../include/sipstatus.hpp");
const PANIC_C: &str = include_str!("c/panic.c");

/// C functions a binding leaves out on purpose, with why.
const PYTHON_LEAVES_OUT: &[(&str, &str)] = &[
    ("sip_lang_id", "ids are for C hot loops; Python passes tags"),
    (
        "sip_reason_by_id",
        "ids are for C hot loops; Python passes tags",
    ),
    (
        "sip_parse_warning",
        "parse_warning() reads the first of sip_parse_warnings",
    ),
];
const CPP_LEAVES_OUT: &[(&str, &str)] = &[
    (
        "sip_class",
        "status_class() is constexpr, checked against sip_class by the test",
    ),
    (
        "sip_q850_class",
        "q850_class() is constexpr, checked against sip_q850_class by the test",
    ),
    (
        "sip_parse_reason",
        "parse_reason() uses sip_parse_reason_value (tells STIR apart)",
    ),
    (
        "sip_parse_reasons",
        "parse_reasons() uses sip_parse_reason_values",
    ),
];

fn functions() -> Vec<&'static str> {
    FUNCTIONS
        .lines()
        .filter_map(|l| l.split('(').next()?.rsplit([' ', '*']).next())
        .filter(|name| name.starts_with("sip_"))
        .collect()
}

fn check(binding: &str, text: &str, call: impl Fn(&str) -> String, left_out: &[(&str, &str)]) {
    let all = functions();
    assert!(all.len() > 30, "read {} functions", all.len());
    let missing: Vec<&str> = all
        .iter()
        .copied()
        .filter(|f| !text.contains(&call(f)) && !left_out.iter().any(|(n, _)| n == f))
        .collect();
    assert!(missing.is_empty(), "{binding} does not bind {missing:?}");
    let stale: Vec<&str> = left_out
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| !all.contains(n))
        .collect();
    assert!(stale.is_empty(), "{binding}: no such C function {stale:?}");
}

#[test]
fn python_declares_every_c_function() {
    check(
        "python/sipstatus/_ffi.py",
        PYTHON_FFI,
        |f| format!("\"{f}\""),
        PYTHON_LEAVES_OUT,
    );
}

#[test]
fn the_cpp_wrapper_calls_every_c_function() {
    check(
        "include/sipstatus.hpp",
        CPP,
        |f| format!("::{f}("),
        CPP_LEAVES_OUT,
    );
}

#[test]
fn panic_containment_covers_every_c_function() {
    check("tests/c/panic.c", PANIC_C, |f| format!("{f}("), &[]);
}
