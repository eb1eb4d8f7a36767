//! Fault injection for the panic-containment test (tests/c/panic.c): with
//! the test-only cargo feature `panic-test`, [`point`] panics when the
//! environment variable `SIPSTATUS_PANIC_AT` names its site (or is `all`).
//! Without the feature it is an empty inline function.

/// A place where a test build can be made to panic: `boundary` (inside every
/// guarded C function), `negotiate`, `registry` (putting the shipped locales in place on first use),
/// `load` (a reload, with its lock held).
#[inline(always)]
pub(crate) fn point(site: &str) {
    #[cfg(feature = "panic-test")]
    if std::env::var("SIPSTATUS_PANIC_AT").is_ok_and(|v| v == site || v == "all") {
        panic!("sipstatus: injected panic at {site} (feature panic-test)");
    }
    let _ = site;
}
