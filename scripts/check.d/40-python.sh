# The Python package (python/): linted with ruff, built into a wheel with
# pip (which must carry LICENSE-MIT and LICENSE-APACHE) and installed into a
# virtualenv made here (target/py-venv), type-checked with mypy --strict, and
# its pytest suite run twice: against the library shipped inside the
# installed package, and with SIPSTATUS_LIBRARY set to a fresh `cargo build`.
# 45-python-dist tests the release files (sdist, manylinux wheel).
set -euo pipefail
. scripts/lib.sh

need_py_venv
venv=$PY_VENV
pip=("$venv/bin/pip" -q --disable-pip-version-check)

step "ruff format --check, ruff check (python/)"
"$venv/bin/ruff" format --check python
"$venv/bin/ruff" check python

# pip builds the crate in release mode through setuptools-rust; a target
# folder of its own keeps that build cached between runs without mixing
# with other builds' flags.
step "pip wheel ./python, pip install the wheel"
wheels=target/py-wheel
rm -rf "$wheels"
CARGO_TARGET_DIR="$PWD/target/python-build" "${pip[@]}" wheel --no-deps -w "$wheels" ./python
wheel=$(echo "$wheels"/sipstatus-*.whl)
"${pip[@]}" install --force-reinstall --no-deps "$wheel"

step "the wheel carries LICENSE-MIT and LICENSE-APACHE (unzip -l)"
unzip -l "$wheel" >"$wheels/contents"
for f in LICENSE-MIT LICENSE-APACHE; do
    grep -Eq "\.dist-info/licenses/$f\$" "$wheels/contents" || {
        echo "$wheel: no .dist-info/licenses/$f" >&2
        exit 1
    }
    unzip -p "$wheel" "*.dist-info/licenses/$f" | cmp - "$f"
done
echo "$(basename "$wheel"): both license files, the same as the repository's"

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
