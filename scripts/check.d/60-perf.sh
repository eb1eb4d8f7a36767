# The fast paths of sip_reason (tests/c/test_hot.c: negotiation cache, tags of
# every length, page edges, a full cache, threads, reload) with gcc and clang,
# shared and static library, and under valgrind memcheck; and the benchmark
# harness (benches/bench.c) built and smoke-run: its loops must give the same
# phrases. Nothing here measures time.
set -euo pipefail
. scripts/lib.sh

cargo build --quiet
c_matrix test_hot c11 "$C_OUT/test_hot.tmp"

step "test_hot under valgrind memcheck"
memcheck "$C_OUT/test_hot-gcc-shared" "$C_OUT/test_hot-memcheck.tmp"

step "benchmark harness: built, loops checked against each other (no timing)"
gcc -O2 -std=c11 -Wall -Wextra -Werror -Iinclude -pthread benches/bench.c -o "$C_OUT/bench" \
    -L"$C_LIB" -lsipstatus -Wl,-rpath,"$PWD/$C_LIB"
gcc -O2 -std=c11 -Wall -Wextra -Werror benches/cold.c -o "$C_OUT/cold" -ldl
"$C_OUT/bench" check
"$C_OUT/cold" "$PWD/$C_LIB/libsipstatus.so" >/dev/null
echo "cold: 1 passed, 0 failed"
