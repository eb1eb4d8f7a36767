# The Lua module (lua/, Lua 5.1 and 5.4): clippy, its Lua tests and panic
# containment (tests/lua/run.sh); then inside a real Kamailio, answering
# SIPp while tshark captures (tests/kamailio/run.sh). Each says why it
# skips what a missing Debian package prevents (lua5.1, lua5.4, kamailio,
# kamailio-lua-modules, sip-tester, tshark); scripts/setup installs them.
set -euo pipefail
. scripts/lib.sh

cargo build --quiet
bash tests/lua/run.sh
bash tests/kamailio/run.sh
