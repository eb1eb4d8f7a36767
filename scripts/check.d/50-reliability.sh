# Reliability (README.md, "Reliability"), the Rust side: the feature builds
# that the C tests link (panic-test, the firmware profile) pass clippy, the
# fuzz targets are formatted, and Miri. The C side (stress, dlopen/dlclose,
# panic containment, sanitizers, helgrind) is in tests/native.rs (20-c);
# the fuzz corpus replay and the proptest properties run in 00-rust's
# `cargo test`; the long fuzz runs are ./scripts/fuzz.
set -euo pipefail
. scripts/lib.sh

step "clippy: --features panic-test, and the firmware profile (--no-default-features)"
cargo clippy --quiet --all-targets --features panic-test --target-dir target/panic-test -- -D warnings
cargo clippy --quiet --lib --no-default-features -- -D warnings
rustfmt --check --edition 2021 fuzz/fuzz_targets/*.rs

# Miri: building a locale's strings (Fluent parsing) takes minutes under
# Miri, so it runs the tests that build none: every FFI argument path
# (ffi::tests::args), the code table, negotiation, the header grammar, the
# Warning parser and agents, the sanitizer.
filter=(ffi::tests::args code::tests locale::tests::negotiation locale::tests::english
    header::tests sanitize::tests warning::tests::agents warning::tests::malformed
    warning::tests::several warning::tests::the_rfc warning::tests::the_table
    catalog::tests::inflate catalog::tests::a_cold_text)
step "Miri: cargo +nightly miri test --lib -- ${filter[*]}"
MIRIFLAGS=-Zmiri-disable-isolation cargo +nightly miri test --quiet --lib -- "${filter[@]}"
