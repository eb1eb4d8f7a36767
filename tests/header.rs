//! The committed header must be exactly what cbindgen makes of src/ffi.rs.
//! Run with `SIPSTATUS_BLESS=1` to rewrite it after changing the ABI.

use std::path::Path;

#[test]
fn committed_header_is_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = cbindgen::Config::from_file(root.join("cbindgen.toml")).expect("cbindgen.toml");
    let mut generated = Vec::new();
    cbindgen::Builder::new()
        .with_config(config)
        .with_src(root.join("src/ffi.rs"))
        .generate()
        .expect("cbindgen could not read src/ffi.rs")
        .write(&mut generated);
    let generated = String::from_utf8(generated).expect("header is UTF-8");

    let path = root.join("include/sipstatus.h");
    if std::env::var_os("SIPSTATUS_BLESS").is_some() {
        std::fs::write(&path, &generated).expect("write include/sipstatus.h");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "include/sipstatus.h is stale: run `SIPSTATUS_BLESS=1 cargo test --test header` and commit it"
    );
}
