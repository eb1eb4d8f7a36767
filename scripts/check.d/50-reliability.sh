# Reliability (README.md, "Reliability"): sanitizers, the stress test,
# dlopen/dlclose, panic containment, Miri. The fuzz corpus replay
# (tests/fuzz_replay.rs) and the proptest properties (tests/properties.rs)
# run in 00-rust.sh's `cargo test`; the long fuzz runs are ./scripts/fuzz.
#   SIPSTATUS_STRESS_SECONDS=60 ./scripts/check 50-rel   a longer stress run
set -euo pipefail
. scripts/lib.sh

out=target/c-tests
mkdir -p "$out"
strict=(-std=c11 -Wall -Wextra -Werror -pedantic -Iinclude -Itests/c -pthread)
lib=target/debug
# shellcheck disable=SC2207
static=($(static_link_flags))
stress_seconds=${SIPSTATUS_STRESS_SECONDS:-2}
export RUST_BACKTRACE=0 # panic.c panics thousands of times on purpose

cargo build --quiet
step "panic-test build (cargo feature panic-test, target/panic-test)"
cargo build --quiet --features panic-test --target-dir target/panic-test
cargo clippy --quiet --all-targets --features panic-test --target-dir target/panic-test -- -D warnings
rustfmt --check --edition 2021 fuzz/fuzz_targets/*.rs

# The C programs against the ordinary library (shared for dlopen).
build() { # NAME LIBDIR EXTRA-FLAGS...
    local name=$1 libdir=$2
    shift 2
    clang "${strict[@]}" "$@" tests/c/$name.c -o "$out/$name" -L"$libdir" -lsipstatus \
        -Wl,-rpath,"$PWD/$libdir" -ldl
}
build stress $lib
build panic target/panic-test/debug
build dlopen_loop $lib

step "stress: 16 threads for $stress_seconds s while a thread reloads locales"
"$out/stress" "$stress_seconds" tests/c/stress

step "panic containment: every guarded function under injected panics"
"$out/panic" tests/c/stress/a 2>"$out/panic.stderr"
panics=$(grep -c "injected panic" "$out/panic.stderr" || true)
echo "panic: $panics panics injected and contained"
[ "$panics" -ge 3000 ]

step "dlopen + lookups + dlclose, 1000 rounds"
"$out/dlopen_loop" "$PWD/$lib/libsipstatus.so" 1000

step "valgrind memcheck: dlopen_loop (10 and 1000 rounds), panic"
vg=(valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite)
in_use() { grep -o 'in use at exit: [0-9,]* bytes' "$1" | tr -dc 0-9; }
for n in 10 1000; do
    "${vg[@]}" --log-file="$out/dlopen-$n.vg" "$out/dlopen_loop" "$PWD/$lib/libsipstatus.so" $n --valgrind
done
a=$(in_use "$out/dlopen-10.vg") b=$(in_use "$out/dlopen-1000.vg")
echo "dlopen_loop under valgrind: heap in use at exit $a bytes after 10 rounds, $b after 1000"
[ $((b - a)) -le 262144 ] || { echo "heap grew by $((b - a)) bytes"; exit 1; }
"${vg[@]}" --quiet "$out/panic" tests/c/stress/a 2>/dev/null
echo "panic under valgrind: no error"

step "helgrind: test_threads"
build test_threads $lib
valgrind --tool=helgrind --quiet --error-exitcode=99 "$out/test_threads" 1

# ASan + UBSan on the C side, against the ordinary static library: the C
# code is instrumented, the Rust code is not (its memory is checked by the
# fuzz targets, which cargo fuzz builds with ASan, and by Miri).
step "AddressSanitizer + UndefinedBehaviorSanitizer: test_api, test_threads, stress, panic"
san=(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g)
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
for t in test_api test_threads stress; do
    clang "${strict[@]}" "${san[@]}" tests/c/$t.c -o "$out/$t-asan" $lib/libsipstatus.a "${static[@]}"
done
clang "${strict[@]}" "${san[@]}" tests/c/panic.c -o "$out/panic-asan" \
    target/panic-test/debug/libsipstatus.a "${static[@]}"
"$out/test_api-asan" locales
"$out/test_threads-asan" 20
"$out/stress-asan" "$stress_seconds" tests/c/stress
"$out/panic-asan" tests/c/stress/a 2>/dev/null

# ThreadSanitizer needs the Rust side instrumented too (std included),
# or it cannot see Rust's atomics: nightly, -Zbuild-std. Clang's TSan
# runtime can be older than rustc's LLVM, so the runtime is rustc's.
nightly_sysroot=$(rustc +nightly --print sysroot 2>/dev/null || true)
nightly_src=
[ -n "$nightly_sysroot" ] && [ -d "$nightly_sysroot/lib/rustlib/src/rust/library" ] && nightly_src=yes
if [ -n "$nightly_src" ]; then
    step "ThreadSanitizer (Rust std and sipstatus instrumented): test_threads, stress"
    triple=x86_64-unknown-linux-gnu
    RUSTFLAGS="-Zsanitizer=thread" cargo +nightly build --quiet -Zbuild-std \
        --target $triple --target-dir target/tsan
    tsan_rt=$nightly_sysroot/lib/rustlib/$triple/lib/librustc-nightly_rt.tsan.a
    for t in test_threads stress; do
        clang "${strict[@]}" -fsanitize=thread -g -c tests/c/$t.c -o "$out/$t-tsan.o"
        clang -pthread "$out/$t-tsan.o" -o "$out/$t-tsan" target/tsan/$triple/debug/libsipstatus.a \
            -Wl,--whole-archive "$tsan_rt" -Wl,--no-whole-archive "${static[@]}"
    done
    export TSAN_OPTIONS=halt_on_error=1:exitcode=66
    "$out/test_threads-tsan" 2
    "$out/stress-tsan" "$stress_seconds" tests/c/stress
else
    echo "tsan: nightly toolchain with rust-src not present, skipped (helgrind above covers test_threads)"
fi

# Miri: building a locale's strings (Fluent parsing) takes minutes under
# Miri, so it runs the tests that build none: every FFI argument path
# (ffi::tests::args), the code table, negotiation, the header grammar, the
# Warning parser and agents, the sanitizer.
if [ -n "$nightly_src" ] && cargo +nightly miri --version >/dev/null 2>&1; then
    filter=(ffi::tests::args code::tests locale::tests::negotiation locale::tests::english
        header::tests sanitize::tests warning::tests::agents warning::tests::malformed
        warning::tests::several warning::tests::the_rfc warning::tests::the_table)
    step "Miri: cargo +nightly miri test --lib -- ${filter[*]}"
    MIRIFLAGS=-Zmiri-disable-isolation cargo +nightly miri test --quiet --lib -- "${filter[@]}"
else
    echo "miri: nightly toolchain with miri (and rust-src) not present, skipped"
fi
