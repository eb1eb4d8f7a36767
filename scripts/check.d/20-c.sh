# The C and C++ tests: tests/native.rs, one table of cases run by cargo test
# (docs/testing.md). 00-rust's `cargo test` has run the fast trials; this
# part runs the slow ones: valgrind memcheck and helgrind, ASan+UBSan, TSan
# (reported ignored when nightly has no rust-src), the panic-test and
# firmware builds of the library.
#   SIPSTATUS_STRESS_SECONDS=60 ./scripts/check 20-c   a longer stress run
set -euo pipefail

cargo test --test native -- --ignored
