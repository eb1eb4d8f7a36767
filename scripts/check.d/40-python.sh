# The Python package (python/): linted with ruff, built and installed with
# pip into a virtualenv made here (target/py-venv), type-checked with mypy
# --strict, and its pytest suite run twice: against the library shipped
# inside the installed package, and with SIPSTATUS_LIBRARY set to a fresh
# `cargo build`. 45-python-dist tests the release files (sdist, wheel).
set -euo pipefail
. scripts/lib.sh

# Debian's python3 makes virtualenvs only with python3-venv (for ensurepip).
if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
    apt_install python3-venv
fi

py_venv
venv=$PY_VENV
pip=("$venv/bin/pip" -q --disable-pip-version-check)

step "ruff format --check, ruff check (python/)"
"$venv/bin/ruff" format --check python
"$venv/bin/ruff" check python

# pip builds the crate in release mode through setuptools-rust; a target
# folder of its own keeps that build cached between runs without mixing
# with other builds' flags.
step "pip install ./python"
CARGO_TARGET_DIR="$PWD/target/python-build" "${pip[@]}" install --force-reinstall --no-deps ./python

# The installed copy (so its py.typed counts), then a user's view of it.
step "mypy --strict: the installed package, python/tests/test_typing.py"
mypy=("$venv/bin/mypy" --strict --cache-dir target/mypy-cache)
"${mypy[@]}" -p sipstatus
"${mypy[@]}" python/tests/test_typing.py

step "pytest, the installed package"
"$venv/bin/pytest" -q -p no:cacheprovider python/tests

step "pytest, SIPSTATUS_LIBRARY=target/debug/libsipstatus.so (a fresh cargo build)"
cargo build --quiet
SIPSTATUS_LIBRARY="$PWD/target/debug/libsipstatus.so" "$venv/bin/pytest" -q -p no:cacheprovider python/tests
