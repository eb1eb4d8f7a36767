# The Q.850 C tests (tests/c/test_q850.c): both RFC 3398 tables, the cause
# names and classes of every locale, the Reason header both ways. Built with
# gcc and clang against the shared and the static library like tests/c/run.sh,
# then run under valgrind memcheck, which must report no error.
# (The Rust side, src/q850.rs, src/reason.rs and tests/reason_random.rs,
# runs in 00-rust.)
set -euo pipefail
. scripts/lib.sh
need_apt cc gcc libc6-dev
need_apt clang clang
need_apt valgrind valgrind

cargo build --quiet
lib=target/debug
out=target/c-tests
mkdir -p "$out"
strict=(-Wall -Wextra -Werror -pedantic -Iinclude -Itests/c)

for cc in gcc clang; do
    for link in shared static; do
        if [ $link = shared ]; then
            flags=(-L$lib -lsipstatus -Wl,-rpath,"$PWD/$lib")
        else
            # shellcheck disable=SC2207
            flags=($lib/libsipstatus.a $(static_link_flags))
        fi
        $cc -std=c99 "${strict[@]}" tests/c/test_q850.c -o "$out/test_q850-$cc-$link" "${flags[@]}"
        step "test_q850, $cc, $link library"
        "$out/test_q850-$cc-$link" locales
    done
done

step "test_q850 under valgrind memcheck"
vg=(valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite)
"${vg[@]}" "$out/test_q850-gcc-shared" locales
"${vg[@]}" "$out/test_q850-clang-static" locales
