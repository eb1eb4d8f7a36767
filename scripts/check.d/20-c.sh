# The C tests: header, API contract, threads, valgrind (tests/c/run.sh).
set -euo pipefail
. scripts/lib.sh

cargo build --quiet
bash tests/c/run.sh
