# The Lua module (lua/, Lua 5.1 and 5.4): clippy, its Lua tests and panic
# containment (tests/lua/run.sh); then inside a real Kamailio, answering
# SIPp while tshark captures (tests/kamailio.rs).
set -euo pipefail

cargo build --quiet
bash tests/lua/run.sh
cargo test --quiet --test kamailio -- --include-ignored --nocapture
