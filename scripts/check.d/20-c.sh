# The C tests: header, API contract, threads, valgrind (tests/c/run.sh).
set -euo pipefail
. scripts/lib.sh
need_apt cc gcc libc6-dev
need_apt clang clang
need_apt valgrind valgrind

cargo build --quiet
bash tests/c/run.sh
