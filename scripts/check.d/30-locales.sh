# Translations and their tools: the translators' linter over locales/ (with
# the longest phrase of each locale), clippy and the tests of the `sipstatus`
# command-line tool (feature `cli`, which the plain `cargo test` of 00-rust
# does not build), the linter's, negotiation's and runtime overrides' tests,
# and test_reload in C: reloads, good and broken, while 6 threads call
# sip_reason, built with gcc and clang, then under valgrind memcheck.
set -euo pipefail
. scripts/lib.sh

step "sipstatus-lint --stats locales"
cargo run --quiet --bin sipstatus-lint -- --stats locales

step "cargo clippy --all-targets --features cli -- -D warnings"
cargo clippy --quiet --all-targets --features cli -- -D warnings

step "cargo test --features cli: the CLI, the linter, negotiation, runtime overrides"
cargo test --quiet --features cli --test cli --test lint --test negotiation --test reload

step "test_reload (C): reloads while 6 threads look up phrases"
cargo build --quiet
c_build gcc shared tests/c/test_reload.c "$C_OUT/test_reload-gcc-shared" -std=c11
c_build clang static tests/c/test_reload.c "$C_OUT/test_reload-clang-static" -std=c11
"$C_OUT/test_reload-gcc-shared"
"$C_OUT/test_reload-clang-static"

step "test_reload under valgrind memcheck (a refused load must leak nothing)"
# Accepted loads keep their memory on purpose, reachable from the current
# registry ("still reachable"); anything definitely lost is an error.
memcheck "$C_OUT/test_reload-gcc-shared" 3
