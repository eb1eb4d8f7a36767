# Shared by scripts/*: steps with a clear banner, the Python virtualenv.
# Nothing here installs anything: scripts/setup does, and scripts/demo and
# scripts/check run it first.

step() {
    printf '\n==> %s\n' "$1"
}

# The C and C++ tests are tests/native.rs (run by `cargo test`). What stays
# here serves the scripts that still build C themselves.

# Flags to link the static library: tests/c/static-libs, which the C tests'
# harness reads too.
static_link_flags() {
    cat tests/c/static-libs
}


# The Python tools' virtualenv (40-python, 45-python-dist, scripts/python-dist):
# scripts/setup makes it when missing and brings it to
# python/requirements-dev.txt (pinned; pip does nothing when everything is
# there); the test steps only use it (need_py_venv).
PY_VENV=target/py-venv
py_venv() {
    if ! "$PY_VENV/bin/python" -c pass >/dev/null 2>&1; then
        step "making $PY_VENV"
        rm -rf "$PY_VENV"
        python3 -m venv "$PY_VENV"
    fi
    "$PY_VENV/bin/pip" -q --disable-pip-version-check install -r python/requirements-dev.txt
}
need_py_venv() {
    "$PY_VENV/bin/python" -c 'import build, pytest, mypy, auditwheel, ziglang' 2>/dev/null || {
        echo "$PY_VENV lacks the Python tools: run scripts/setup" >&2
        exit 1
    }
}
