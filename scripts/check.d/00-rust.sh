# Formatting, lints, and every Rust test (unit, doc, integration: header
# staleness, locale completeness).
set -euo pipefail
. scripts/lib.sh

step "cargo fmt --check"
cargo fmt --check

step "cargo clippy --all-targets -- -D warnings"
cargo clippy --quiet --all-targets -- -D warnings

step "cargo test"
cargo test
