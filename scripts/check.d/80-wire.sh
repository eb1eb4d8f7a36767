# On the wire: sip_lang_from_accept_language from C (tests/c/test_accept.c),
# and examples/responder.c answering SIPp on 127.0.0.1 while tshark captures
# (tests/wire/run.sh).
set -euo pipefail
. scripts/lib.sh

cargo build --quiet
bash tests/wire/run.sh
