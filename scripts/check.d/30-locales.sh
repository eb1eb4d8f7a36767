# Translations and their tools: the translators' linter over locales/ (with
# the longest phrase of each locale); the `sipstatus` command-line tool
# (its own crate, cli/, which the plain `cargo test` of 00-rust does not
# build): clippy, its tests, and its documented install (scripts/install-cli)
# into a temporary prefix, where man, bash-completion, zsh and fish must each
# find and use what was installed; the linter's, negotiation's and runtime
# overrides' tests; and test_reload in C: reloads, good and broken, while 6
# threads call sip_reason, built with gcc and clang, then under valgrind
# memcheck.
set -euo pipefail
. scripts/lib.sh

# The shells and man are used, not installed, here (scripts/setup installs them).
for tool in man zsh fish; do
    command -v "$tool" >/dev/null || { echo "30-locales: $tool is missing (Debian: see scripts/setup)" >&2; exit 1; }
done
bash_completion=/usr/share/bash-completion/bash_completion
[ -f "$bash_completion" ] || { echo "30-locales: $bash_completion is missing (Debian package bash-completion)" >&2; exit 1; }

step "sipstatus-lint --stats locales"
cargo run --quiet --bin sipstatus-lint -- --stats locales

step "cargo clippy -p sipstatus-cli --all-targets -- -D warnings"
cargo clippy --quiet -p sipstatus-cli --all-targets -- -D warnings

step "cargo test -p sipstatus-cli: the command-line tool"
cargo test --quiet -p sipstatus-cli

step "scripts/install-cli: the tool, its man page and completions, as installed"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
# A debug build in the worktree's target/, so that this reuses the build above.
scripts/install-cli "$prefix" --debug --target-dir target --quiet
passed=0 failed=0
# ok 'TEST': TEST is kept in single quotes so that a failure prints it as written.
ok() {
    if eval "$1"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAILED: $1" >&2
    fi
}
share=$prefix/share
export PATH="$prefix/bin:$PATH"
# shellcheck disable=SC2016 # expanded by eval in ok
{
    ok '[ "$(command -v sipstatus)" = "$prefix/bin/sipstatus" ]'
    ok 'sipstatus 486 --lang de | grep -qx "phrase:      Besetzt"'
    # man finds the page through PATH (PREFIX/bin -> PREFIX/share/man) and
    # renders it without a warning.
    ok '[ "$(env -u MANPATH man -w sipstatus)" = "$share/man/man1/sipstatus.1" ]'
    ok '[ -z "$(MANWIDTH=80 man --warnings -l "$share/man/man1/sipstatus.1" 2>&1 >/dev/null)" ]'
    ok 'MANWIDTH=80 man -l "$share/man/man1/sipstatus.1" 2>/dev/null | grep -q "^ENVIRONMENT"'
    # bash-completion loads it on demand, from ~/.local/share (XDG_DATA_HOME)
    # and from /usr/local/share (XDG_DATA_DIRS), then completes options.
    bash_complete() { # ENV=VALUE: the completions of `sipstatus --la`
        env HOME="$tmp" "$1" bash --norc --noprofile -c '
            source "$0"
            __load_completion sipstatus || exit 1
            COMP_WORDS=(sipstatus --la) COMP_CWORD=1 COMP_LINE="sipstatus --la" COMP_POINT=14
            _sipstatus sipstatus --la sipstatus
            printf "%s\n" "${COMPREPLY[@]}" | sort | paste -sd " "' "$bash_completion"
    }
    ok '[ "$(bash_complete XDG_DATA_HOME="$share")" = "--lang --langs" ]'
    ok '[ "$(bash_complete XDG_DATA_DIRS="$share:/usr/share")" = "--lang --langs" ]'
    # zsh: the file parses, and compinit registers it from the prefix's
    # site-functions (the line README gives for ~/.local).
    ok 'zsh -n "$share/zsh/site-functions/_sipstatus"'
    ok '[ "$(HOME=$tmp zsh -f -c "fpath=($share/zsh/site-functions \$fpath); autoload -Uz compinit; compinit -u -D; print \$_comps[sipstatus]")" = _sipstatus ]'
    # fish autoloads it from PREFIX/share/fish/vendor_completions.d, for
    # ~/.local (XDG_DATA_HOME) and for /usr/local (XDG_DATA_DIRS).
    fish_complete() { # ENV=VALUE: the completions of `sipstatus --la`
        env HOME="$tmp" "$1" fish -c "complete -C 'sipstatus --la'" | cut -f1 | sort | paste -sd " "
    }
    ok '[ "$(fish_complete XDG_DATA_HOME="$share")" = "--lang --langs" ]'
    ok '[ "$(fish_complete XDG_DATA_DIRS="$share:/usr/share")" = "--lang --langs" ]'
}
echo "installed CLI: $passed passed, $failed failed"
[ "$failed" = 0 ]

step "cargo test: the linter, negotiation, runtime overrides"
cargo test --quiet --test lint --test negotiation --test reload

step "test_reload (C): reloads while 6 threads look up phrases"
cargo build --quiet
c_build gcc shared tests/c/test_reload.c "$C_OUT/test_reload-gcc-shared" -std=c11
c_build clang static tests/c/test_reload.c "$C_OUT/test_reload-clang-static" -std=c11
"$C_OUT/test_reload-gcc-shared"
"$C_OUT/test_reload-clang-static"

step "test_reload under valgrind memcheck (a refused load must leak nothing)"
# Accepted loads keep their memory on purpose, reachable from the current
# registry ("still reachable"); anything definitely lost is an error.
memcheck "$C_OUT/test_reload-gcc-shared" 3
