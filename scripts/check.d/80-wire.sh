# On the wire (tests/wire.rs): sip_lang_from_accept_language from C
# (tests/c/test_accept.c), and examples/responder.c answering SIPp on
# 127.0.0.1 while tshark captures.
set -euo pipefail

cargo build --quiet
cargo test --quiet --test wire -- --include-ignored --nocapture
