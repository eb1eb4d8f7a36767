# Translations and their tools (tests/locales.rs, an ignored test this part
# turns on): the translators' linter over locales/; the `sipstatus`
# command-line tool (cli/): clippy, its tests, and its install with man page
# and completions, each found by man, bash-completion, zsh and fish. Then
# the linter's, negotiation's and runtime overrides' tests. (test_reload.c
# runs in tests/native.rs.)
set -euo pipefail

cargo test --quiet --test locales --test lint --test negotiation --test reload -- --include-ignored --nocapture
