# Hostile locale folders (issue 20): tests/c/test_hostile.c with gcc and
# clang against the shared and the static library, then under valgrind
# memcheck and under AddressSanitizer + UndefinedBehaviorSanitizer. Each
# case that could kill or hang a process runs in a forked child with a time
# limit. The Rust side (tests/hostile.rs) and the fuzz corpus of the
# locale_dir target run in 00-rust's `cargo test`; Python's
# (python/tests/test_hostile.py) in 40-python.
set -euo pipefail
. scripts/lib.sh

cargo build --quiet
# 200 reloads then 2000 for the memory check, 20 forks.
c_matrix test_hostile c11 200 20

step "test_hostile under valgrind memcheck (memory figures printed, not checked)"
memcheck "$C_OUT/test_hostile-gcc-shared" 10 2

step "test_hostile under AddressSanitizer + UndefinedBehaviorSanitizer"
clang -std=c11 -Wall -Wextra -Werror -pedantic -Iinclude -Itests/c -pthread -g \
    -fsanitize=address,undefined -fno-sanitize-recover=undefined tests/c/test_hostile.c \
    -o "$C_OUT/test_hostile-asan" "$C_LIB/libsipstatus.a" $(static_link_flags)
# ASan keeps freed memory in quarantine: a small one, so that the memory
# check measures the library, not ASan.
ASAN_OPTIONS=quarantine_size_mb=8 "$C_OUT/test_hostile-asan" 200 20
