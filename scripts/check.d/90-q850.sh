# The Q.850, Reason and Warning C tests: tests/c/test_q850.c (both RFC 3398
# tables, the cause names and classes of every locale, the Q.850 Reason
# header both ways) and tests/c/test_warning.c (every warn-code in every
# locale, the Warning header and the SIP and STIR Reason values both ways,
# sip_sanitize_text, sip_is_valid_reason_phrase). Each is built with gcc and
# clang against the shared and the static library like tests/c/run.sh, run
# under valgrind memcheck, which must report no error, and built with
# AddressSanitizer and UndefinedBehaviorSanitizer (the C side instrumented,
# against the static library).
# (The Rust side, src/q850.rs, src/reason.rs, src/warning.rs,
# src/sanitize.rs and tests/reason_random.rs, runs in 00-rust.)
set -euo pipefail
. scripts/lib.sh

cargo build --quiet
for t in test_q850 test_warning; do
    c_matrix "$t" c99 locales
done

for t in test_q850 test_warning; do
    step "$t under valgrind memcheck"
    memcheck "$C_OUT/$t-gcc-shared" locales
    memcheck "$C_OUT/$t-clang-static" locales
done

step "test_warning with AddressSanitizer + UndefinedBehaviorSanitizer"
c_build clang static tests/c/test_warning.c "$C_OUT/test_warning-asan" -std=c99 \
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g
ASAN_OPTIONS=detect_leaks=1:halt_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "$C_OUT/test_warning-asan" locales
