# The fast paths of sip_reason (tests/c/test_hot.c: negotiation cache, tags of
# every length, page edges, a full cache, threads, reload) with gcc and clang,
# shared and static library, and under valgrind memcheck; and the benchmark
# harness (benches/bench.c) built and smoke-run: its loops must give the same
# phrases. Nothing here measures time.
set -euo pipefail
. scripts/lib.sh
need_apt cc gcc libc6-dev
need_apt clang clang
need_apt valgrind valgrind

cargo build --quiet
lib=target/debug
out=target/c-tests
mkdir -p "$out"
strict=(-std=c11 -Wall -Wextra -Werror -pedantic -Iinclude -Itests/c -pthread)

for cc in gcc clang; do
    for link in shared static; do
        if [ $link = shared ]; then
            flags=(-L$lib -lsipstatus -Wl,-rpath,"$PWD/$lib")
        else
            # shellcheck disable=SC2207
            flags=($lib/libsipstatus.a $(static_link_flags))
        fi
        $cc "${strict[@]}" tests/c/test_hot.c -o "$out/test_hot-$cc-$link" "${flags[@]}"
        step "test_hot, $cc, $link library"
        "$out/test_hot-$cc-$link" "$out/test_hot-$cc-$link.tmp"
    done
done

step "test_hot under valgrind memcheck"
valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
    "$out/test_hot-gcc-shared" "$out/test_hot-memcheck.tmp"

step "benchmark harness: built, loops checked against each other (no timing)"
gcc -O2 -std=c11 -Wall -Wextra -Werror -Iinclude -pthread benches/bench.c -o "$out/bench" \
    -L$lib -lsipstatus -Wl,-rpath,"$PWD/$lib"
gcc -O2 -std=c11 -Wall -Wextra -Werror benches/cold.c -o "$out/cold" -ldl
"$out/bench" check
"$out/cold" "$PWD/$lib/libsipstatus.so" >/dev/null
echo "cold: 1 passed, 0 failed"
