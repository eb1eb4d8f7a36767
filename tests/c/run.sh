#!/usr/bin/env bash
# The C side of the test suite: the header compiled alone as C99/C11/C17 and
# C++17 by gcc and clang; test_api, test_threads and test_codes (the named
# code constants) built with gcc and clang, linked once against the shared
# and once against the static library, run; then test_api and test_threads
# run under valgrind memcheck, which must report no error.
# Expects `cargo build` to have run (uses target/debug).
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/lib.sh

mkdir -p "$C_OUT"
strict=(-Wall -Wextra -Werror -pedantic -Iinclude -Itests/c)

step "header compiles alone: C99, C11, C17, C++17 with gcc and clang"
for cc in gcc clang; do
    for std in c99 c11 c17; do
        $cc -std=$std "${strict[@]}" -c tests/c/header_c.c -o "$C_OUT/header-$cc-$std.o"
    done
done
for cxx in g++ clang++; do
    $cxx -std=c++17 "${strict[@]}" -c tests/c/header_cxx.cpp -o "$C_OUT/header-$cxx.o"
done
echo "ok"

c_matrix test_api c99 locales
c_matrix test_threads c99
c_matrix test_codes c99

step "C tests under valgrind memcheck"
memcheck "$C_OUT/test_api-gcc-shared" locales
memcheck "$C_OUT/test_threads-gcc-shared" 2
memcheck "$C_OUT/test_api-clang-static" locales
