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
PY_WHEELHOUSE=target/py-wheelhouse
py_venv() {
    if ! "$PY_VENV/bin/python" -c pass >/dev/null 2>&1; then
        step "making $PY_VENV"
        rm -rf "$PY_VENV"
        python3 -m venv "$PY_VENV"
    fi
    "$PY_VENV/bin/pip" -q --disable-pip-version-check install -r python/requirements-dev.txt
    # The build backend, as wheels the release-file checks build from
    # offline (PIP_NO_INDEX, PIP_FIND_LINKS); fetched again only when the
    # pins change.
    if ! cmp -s python/requirements-build.txt "$PY_WHEELHOUSE/requirements-build.txt"; then
        rm -rf "$PY_WHEELHOUSE"
        "$PY_VENV/bin/pip" -q --disable-pip-version-check download --no-deps \
            -d "$PY_WHEELHOUSE" -r python/requirements-build.txt
        cp python/requirements-build.txt "$PY_WHEELHOUSE/"
    fi
}
need_py_venv() {
    "$PY_VENV/bin/python" -c 'import build, pytest, mypy, auditwheel, ziglang' 2>/dev/null &&
        cmp -s python/requirements-build.txt "$PY_WHEELHOUSE/requirements-build.txt" || {
        echo "$PY_VENV or $PY_WHEELHOUSE lacks the Python tools: run scripts/setup" >&2
        exit 1
    }
}
