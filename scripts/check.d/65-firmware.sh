# The firmware profile (docs/performance.md, "Firmware"): the library built
# with only en and de (SIPSTATUS_LOCALES) and without runtime loading
# (--no-default-features), linked statically into tests/c/test_firmware.c
# with --gc-sections, run, and under valgrind memcheck.
set -euo pipefail
. scripts/lib.sh

fw=target/firmware
step "SIPSTATUS_LOCALES=en,de cargo build --release --no-default-features --lib"
SIPSTATUS_LOCALES=en,de cargo build --quiet --release --no-default-features --lib --target-dir "$fw"
cargo clippy --quiet --lib --no-default-features -- -D warnings

step "test_firmware: static, --gc-sections, gcc and clang"
mkdir -p "$C_OUT"
for cc in gcc clang; do
    "$cc" -std=c99 -Wall -Wextra -Werror -pedantic -Iinclude -Itests/c tests/c/test_firmware.c \
        -o "$C_OUT/test_firmware-$cc" "$fw/release/libsipstatus.a" -Wl,--gc-sections $(static_link_flags)
    "$C_OUT/test_firmware-$cc"
done
memcheck "$C_OUT/test_firmware-gcc"

step "the lookups link no panic code; examples/lookup.c's size (tests/firmware.rs)"
cargo test --quiet --test firmware -- --include-ignored --nocapture
