# The firmware profile (docs/performance.md, "Firmware"): the lookups link
# no panic code, and examples/lookup.c's static size (tests/firmware.rs).
# tests/c/test_firmware.c against the firmware build runs in tests/native.rs
# (20-c).
set -euo pipefail
. scripts/lib.sh

step "the lookups link no panic code; examples/lookup.c's size (tests/firmware.rs)"
cargo test --quiet --test firmware -- --include-ignored --nocapture
