#!/usr/bin/env bash
# The Lua module (lua/) for Lua 5.1 and 5.4: clippy on its Rust for each;
# tests/lua/test_sipstatus.lua (every function against the C ABI's answers,
# every bad input) under each interpreter; tests/lua/reload.c (Lua states
# opened and closed, as app_lua.reload does); tests/lua/panic.lua under each,
# with a build that panics on demand (feature panic-test). Skips, saying
# why, the Lua whose interpreter is missing. Expects `cargo build` to have
# run (target/debug/libsipstatus.so gives the expected answers).
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/lib.sh

out=target/lua
mkdir -p "$out"
python3 tests/lua/expected.py target/debug/libsipstatus.so >"$out/expected.lua"

for feature in lua51 lua54; do
    v=${feature#lua}
    lua=lua${v:0:1}.${v:1} # lua51 -> lua5.1
    dev=lib$lua-dev
    [ "$lua" != lua5.1 ] || dev=liblua5.1-0-dev

    step "clippy, sipstatus-lua --features $feature"
    cargo clippy --quiet -p sipstatus-lua --features "$feature" --all-targets -- -D warnings

    if ! command -v "$lua" >/dev/null; then
        echo "SKIPPED: the $lua tests, because $lua is not installed (Debian package $lua)."
        continue
    fi

    step "$lua tests/lua/test_sipstatus.lua"
    module=$(lua/build "$feature" --debug | tail -n 1)
    "$lua" tests/lua/test_sipstatus.lua "$(dirname "$module")" "$out/expected.lua"

    step "tests/lua/reload.c: 1000 Lua states require, use and close the module"
    if command -v cc >/dev/null && pkg-config --exists "$lua" 2>/dev/null; then
        # shellcheck disable=SC2046
        cc -std=c99 -Wall -Wextra -Werror -pedantic tests/lua/reload.c \
            $(pkg-config --cflags --libs "$lua") -o "$out/reload-$feature"
        "$out/reload-$feature" "$(dirname "$module")" 1000
    else
        echo "SKIPPED: reload.c for $lua, because cc, pkg-config or $lua's headers are missing (Debian packages gcc pkg-config $dev)."
    fi

    step "$lua tests/lua/panic.lua: panics contained (feature panic-test)"
    cargo build --quiet -p sipstatus-lua --features "$feature,panic-test"
    mkdir -p "target/debug/$feature-panic"
    cp target/debug/libsipstatus_lua.so "target/debug/$feature-panic/sipstatus.so"
    for site in registry negotiate; do
        SIPSTATUS_PANIC_AT=$site "$lua" tests/lua/panic.lua "target/debug/$feature-panic" "$site" \
            2>"$out/panic-$feature-$site.err"
        # The panics did happen (Rust's hook reports each on stderr).
        n=$(grep -c "injected panic at $site" "$out/panic-$feature-$site.err" || true)
        if [ "$n" -eq 0 ]; then
            echo "no panic was injected at $site" >&2
            exit 1
        fi
        echo "$n panics injected at $site, each answered nil and a message"
    done
done
