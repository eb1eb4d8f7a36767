//! Replays the committed fuzz corpus (`fuzz/corpus/<target>/`, inputs that
//! cargo-fuzz found interesting, minimized) through the same contract checks
//! as the fuzz targets (`fuzz/contract.rs`), on stable: every input that
//! once reached new code, or once broke something, stays a regression test.

#[path = "../fuzz/contract.rs"]
mod contract;
/// The `locale_dir` target's own checks: the target file is a module here.
#[path = "../fuzz/fuzz_targets/locale_dir.rs"]
mod locale_dir;

use std::path::Path;
use std::sync::Mutex;

/// The `ftl` and `locale_dir` inputs reload locales: never while `ffi`
/// compares answers.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn replay(target: &str, check: fn(&[u8])) {
    let _guard = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("read the corpus").path())
        .collect();
    inputs.sort();
    assert!(
        inputs.len() >= 10,
        "{}: only {} inputs",
        dir.display(),
        inputs.len()
    );
    for path in &inputs {
        let data = std::fs::read(path).expect("read an input");
        let outcome = std::panic::catch_unwind(|| check(&data));
        assert!(outcome.is_ok(), "{} breaks the contract", path.display());
    }
    println!("fuzz corpus {target}: {} inputs replayed", inputs.len());
}

#[test]
fn ffi_corpus() {
    replay("ffi", contract::ffi);
}

#[test]
fn ftl_corpus() {
    replay("ftl", contract::ftl);
    contract::ftl_cleanup();
}

#[test]
fn wire_corpus() {
    replay("wire", contract::wire);
}

#[test]
fn warning_corpus() {
    replay("warning", contract::warning);
}

#[test]
fn sanitize_corpus() {
    replay("sanitize", contract::sanitize);
}

#[test]
fn locale_dir_corpus() {
    replay("locale_dir", locale_dir::check);
    locale_dir::cleanup();
}
