# The C tests: header, API contract, threads, valgrind (tests/c/run.sh).
set -euo pipefail
. scripts/lib.sh
need_c_tools

cargo build --quiet
bash tests/c/run.sh
