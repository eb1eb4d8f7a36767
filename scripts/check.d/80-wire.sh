# On the wire: sip_lang_from_accept_language from C (tests/c/test_accept.c),
# and examples/responder.c answering SIPp on 127.0.0.1 while tshark captures
# (tests/wire/run.sh); installs sip-tester and tshark when missing.
set -euo pipefail
. scripts/lib.sh
need_c_tools
need_apt python3 python3

cargo build --quiet
bash tests/wire/run.sh
