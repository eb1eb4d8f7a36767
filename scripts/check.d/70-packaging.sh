# Packaging for C and C++ users (docs/install.md, docs/cpp.md):
#   1. Their commands, run as written: cargo-c installs into a temporary
#      prefix; examples/lookup.c is built with pkg-config, examples/cmake/
#      with CMake, a firmware-style static link from a sysroot, C++ with c++;
#      each program runs and must print what the page says.
#   2. The installed layout: soname, links, archive, headers (the committed
#      ones), sipstatus.pc; which libraries the programs need.
#   3. tests/cpp/test_wrapper.cpp (the C++17 wrapper) with g++ and clang++
#      as C++17 and C++20, and with AddressSanitizer; as C++14 the wrapper
#      must stop with its one #error.
#   4. The ABI guard (tests/abi.rs, abi/README.md): abidiff of abi/ against
#      the release library; the installed library's exported symbols.
#   5. The crate package (`cargo package --list`) carries LICENSE-MIT and
#      LICENSE-APACHE.
# shellcheck shell=bash disable=SC2016,SC2034 # ok '...' tests expand in eval
set -euo pipefail
. scripts/lib.sh

# docs/install.md's cargo-c install command (run below as written) returns at once:
# scripts/setup has installed cargo-c.

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export PREFIX=$tmp/prefix SYSROOT=$tmp/sysroot
rm -rf build/cmake build/lookup build/lookup-static build/sip_reason

# docs/install.md and docs/cpp.md -> a bash script of their ```sh blocks,
# run as written (scripts/doc-blocks says how).
python3 scripts/doc-blocks docs/install.md docs/cpp.md "$tmp/results" >"$tmp/readme.sh"

step "docs/install.md and docs/cpp.md: their commands, as written"
start=$SECONDS
bash "$tmp/readme.sh"
count() { grep -cx "$1" "$tmp/results" || true; }
echo "docs: $(count block) blocks run in $((SECONDS - start)) s, $(count notrun) not run;" \
    "printed output: $(count pass) passed, $(count fail) failed"
[ "$(count fail)" = 0 ]

step "installed files"
passed=0 failed=0
# ok 'TEST': TEST is kept in single quotes so that a failure prints it as written.
ok() {
    if eval "$1"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAILED: $1" >&2
    fi
}
level=$(cat abi/version.txt) # the soname version, checked against Cargo.toml by tests/abi.rs
lib=$PREFIX/lib
soname() { objdump -p "$1" | awk '/SONAME/ { print $2 }'; }
needed() { objdump -p "$1" | awk '/NEEDED/ { print $2 }'; }
ok '[ "$(soname "$lib/libsipstatus.so")" = "libsipstatus.so.$level" ]'
ok '[ -L "$lib/libsipstatus.so" ] && [ -e "$lib/libsipstatus.so.$level" ]'
ok '[ "$(readlink -f "$lib/libsipstatus.so")" = "$(readlink -f "$lib/libsipstatus.so.$level")" ]'
ok '[ -f "$lib/libsipstatus.a" ]'
ok 'cmp include/sipstatus.h "$PREFIX/include/sipstatus.h"'
ok 'cmp include/sipstatus.hpp "$PREFIX/include/sipstatus.hpp"'
ok '[ "$(PKG_CONFIG_PATH=$lib/pkgconfig pkg-config --modversion sipstatus)" = "$(cargo pkgid | sed "s/.*[#@]//")" ]'
ok '[ "$(PKG_CONFIG_PATH=$lib/pkgconfig pkg-config --variable=prefix sipstatus)" = "$PREFIX" ]'
ok 'needed build/lookup | grep -qx "libsipstatus.so.$level"'
ok 'needed build/cmake/sip_reason | grep -qx "libsipstatus.so.$level"'
ok '! needed build/lookup-static | grep -q libsipstatus'
ok '[ -f "$SYSROOT/usr/lib/libsipstatus.a" ] && ! ls "$SYSROOT"/usr/lib/libsipstatus.so* 2>/dev/null'
ok 'grep -qx "prefix=/usr" "$SYSROOT/usr/lib/pkgconfig/sipstatus.pc"'
ok 'cmp include/sipstatus.h "$SYSROOT/usr/include/sipstatus.h"'
echo "installed files: $passed passed, $failed failed"
[ "$failed" = 0 ]

step "C++ wrapper: tests/cpp/test_wrapper.cpp with g++ and clang++, C++17 and C++20, and with ASan"
# shellcheck disable=SC2207
pc=($(PKG_CONFIG_PATH=$lib/pkgconfig pkg-config --cflags --libs sipstatus))
cxx_strict=(-Wall -Wextra -Werror -pedantic -Wconversion -Wsign-conversion -Wshadow -Wold-style-cast)
for cxx in g++ clang++; do
    for std in c++17 c++20; do
        $cxx -std=$std "${cxx_strict[@]}" tests/cpp/test_wrapper.cpp "${pc[@]}" -Wl,-rpath,"$lib" \
            -o "$tmp/test_wrapper-$cxx-$std"
        printf '%s -std=%s: ' "$cxx" "$std"
        "$tmp/test_wrapper-$cxx-$std"
    done
done
# The wrapper copies string_view arguments into stack buffers: AddressSanitizer
# and UBSan watch every read and write of them (the library itself is not
# instrumented; 50-reliability does that).
g++ -std=c++17 -g -fsanitize=address,undefined -fno-sanitize-recover=all "${cxx_strict[@]}" \
    tests/cpp/test_wrapper.cpp "${pc[@]}" -Wl,-rpath,"$lib" -o "$tmp/test_wrapper-asan"
printf 'g++ -fsanitize=address,undefined: '
"$tmp/test_wrapper-asan"

step "C++ wrapper before C++17: one clear #error"
want='sipstatus.hpp needs C++17 or later'
for cxx in g++ clang++; do
    if echo '#include <sipstatus.hpp>' | $cxx -std=c++14 "${pc[@]}" -fsyntax-only -x c++ - 2>"$tmp/cxx14.err"; then
        echo "$cxx -std=c++14 compiled sipstatus.hpp; it must stop with #error" >&2
        exit 1
    fi
    errors=$(grep -c 'error:' "$tmp/cxx14.err" || true)
    if ! grep -q "$want" "$tmp/cxx14.err" || [ "$errors" != 1 ]; then
        echo "$cxx -std=c++14: want one error, \"$want\"; got $errors:" >&2
        cat "$tmp/cxx14.err" >&2
        exit 1
    fi
    echo "$cxx -std=c++14: $(grep 'error:' "$tmp/cxx14.err" | sed 's/.*error: //')"
done

step "ABI guard: abi/ against the release library and the header; the installed library's symbols"
cargo test --test abi -- --include-ignored
SIPSTATUS_ABI_LIB="$lib/libsipstatus.so" cargo test --test abi -- --include-ignored

step "crate package: cargo package --list carries the license files"
passed=0 failed=0
cargo package --list --allow-dirty 2>/dev/null >"$tmp/package.list"
ok 'grep -qx LICENSE-MIT "$tmp/package.list"'
ok 'grep -qx LICENSE-APACHE "$tmp/package.list"'
echo "crate package: $passed passed, $failed failed"
[ "$failed" = 0 ]
