# The Q.850 C tests (tests/c/test_q850.c): both RFC 3398 tables, the cause
# names and classes of every locale, the Reason header both ways. Built with
# gcc and clang against the shared and the static library like tests/c/run.sh,
# then run under valgrind memcheck, which must report no error.
# (The Rust side, src/q850.rs, src/reason.rs and tests/reason_random.rs,
# runs in 00-rust.)
set -euo pipefail
. scripts/lib.sh

cargo build --quiet
c_matrix test_q850 c99 locales

step "test_q850 under valgrind memcheck"
memcheck "$C_OUT/test_q850-gcc-shared" locales
memcheck "$C_OUT/test_q850-clang-static" locales
