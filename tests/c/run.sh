#!/usr/bin/env bash
# The C side of the test suite: the header compiled alone as C99/C11/C17 and
# C++17 by gcc and clang; test_api and test_threads built with gcc and clang,
# linked once against the shared and once against the static library, run;
# then both run under valgrind memcheck, which must report no error.
# Expects `cargo build` to have run (uses target/debug).
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/lib.sh

lib=target/debug
out=target/c-tests
mkdir -p "$out"
strict=(-Wall -Wextra -Werror -pedantic -Iinclude -Itests/c)

step "header compiles alone: C99, C11, C17, C++17 with gcc and clang"
for cc in gcc clang; do
    for std in c99 c11 c17; do
        $cc -std=$std "${strict[@]}" -c tests/c/header_c.c -o "$out/header-$cc-$std.o"
    done
done
for cxx in g++ clang++; do
    $cxx -std=c++17 "${strict[@]}" -c tests/c/header_cxx.cpp -o "$out/header-$cxx.o"
done
echo "ok"

for cc in gcc clang; do
    for link in shared static; do
        if [ $link = shared ]; then
            flags=(-L$lib -lsipstatus -Wl,-rpath,"$PWD/$lib")
        else
            # shellcheck disable=SC2207
            flags=($lib/libsipstatus.a $(static_link_flags))
        fi
        for t in test_api test_threads; do
            $cc -std=c99 "${strict[@]}" -pthread tests/c/$t.c -o "$out/$t-$cc-$link" "${flags[@]}"
        done
        step "C tests, $cc, $link library"
        "$out/test_api-$cc-$link" locales
        "$out/test_threads-$cc-$link"
    done
done

step "C tests under valgrind memcheck"
vg=(valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite)
"${vg[@]}" "$out/test_api-gcc-shared" locales
"${vg[@]}" "$out/test_threads-gcc-shared" 2
"${vg[@]}" "$out/test_api-clang-static" locales
