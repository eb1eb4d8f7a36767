# The Lua module (lua/, Lua 5.1 and 5.4): clippy, its Lua tests against the
# library's answers, reloads and panic containment (tests/lua.rs); then
# inside a real Kamailio, answering SIPp while tshark captures
# (tests/kamailio.rs). Both are ignored tests that this part turns on.
set -euo pipefail

cargo test --quiet --test lua --test kamailio -- --include-ignored --nocapture
