# The Python package's release files, as a user gets them: scripts/python-dist
# makes the sdist and the manylinux wheel (auditwheel must accept it for
# manylinux2014, glibc 2.17); both must carry what they need; the zig-linked
# library must contain panics; then each is installed with pip into a fresh
# virtualenv, with nothing else of the repository, and the package's tests
# run against that installed copy (SIPSTATUS_TEST_INSTALLED makes them fail
# if they import another).
set -euo pipefail
. scripts/lib.sh

dist=target/py-dist
scripts/python-dist "$dist"
sdist=$(echo "$dist"/sipstatus-*.tar.gz)
wheel=$(echo "$dist"/sipstatus-*.whl)

step "the wheel: tag, library, typing marker, licenses"
case $(basename "$wheel") in
    sipstatus-*-py3-none-manylinux2014_x86_64.manylinux_2_17_x86_64.whl) ;;
    sipstatus-*-py3-none-manylinux2014_aarch64.manylinux_2_17_aarch64.whl) ;;
    *) echo "$wheel: not tagged py3-none-manylinux2014" >&2; exit 1 ;;
esac
unzip -Z1 "$wheel" >"$dist/wheel-files"
for f in sipstatus/__init__.py sipstatus/_ffi.py sipstatus/py.typed \
    sipstatus/_libsipstatus.abi3.so; do
    grep -qx "$f" "$dist/wheel-files" || { echo "$wheel: no $f" >&2; exit 1; }
done
for f in LICENSE-MIT LICENSE-APACHE; do
    unzip -p "$wheel" "sipstatus-*.dist-info/licenses/$f" | cmp - "$f"
done
echo "$(basename "$wheel"): $(wc -l <"$dist/wheel-files") files, library, py.typed, both licenses"

step "the sdist: the crate as cargo packs it, the licenses"
tar -tzf "$sdist" | sed 's|^[^/]*/||' >"$dist/sdist-files"
cargo package --list --allow-dirty --locked --quiet 2>/dev/null | grep -vx '.cargo_vcs_info.json' |
    sed 's|^|crate/|' >"$dist/crate-files"
missing=$(grep -vxFf "$dist/sdist-files" "$dist/crate-files" || true)
if [ -n "$missing" ]; then
    echo "$sdist lacks files of the crate: $missing" >&2
    exit 1
fi
for f in pyproject.toml setup.py sipstatus/__init__.py LICENSE-MIT LICENSE-APACHE \
    crate/Cargo.lock crate/build.rs crate/cbindgen.toml crate/include/sipstatus.h \
    crate/LICENSE-MIT crate/LICENSE-APACHE crate/locales/en/sip.ftl; do
    grep -qx "$f" "$dist/sdist-files" || { echo "$sdist: no $f" >&2; exit 1; }
done
echo "$(basename "$sdist"): $(wc -l <"$dist/crate-files") files of the crate, both licenses"

# zig links the wheel's library with its own unwinder (no libgcc_s): panics
# must still be caught at the C boundary. The panic-test build of the same
# target, under tests/c/panic.c as 50-reliability runs it.
step "panic containment in a cargo-zigbuild library (glibc 2.17, release, panic-test)"
zig_lib=target/py-zig-panic/$(uname -m)-unknown-linux-gnu/release
PATH="$PWD/$PY_VENV/bin:$PATH" cargo zigbuild --quiet --release --lib --features panic-test \
    --target "$(uname -m)-unknown-linux-gnu.2.17" --target-dir target/py-zig-panic
mkdir -p "$C_OUT"
clang -Wall -Wextra -Werror -Iinclude -Itests/c -pthread tests/c/panic.c -o "$C_OUT/panic-zig" \
    -L"$zig_lib" -lsipstatus -Wl,-rpath,"$PWD/$zig_lib" -ldl
RUST_BACKTRACE=0 "$C_OUT/panic-zig" tests/c/stress/a 2>"$C_OUT/panic-zig.stderr"
panics=$(grep -c "injected panic" "$C_OUT/panic-zig.stderr" || true)
echo "panic-zig: $panics panics injected and contained"
[ "$panics" -ge 3000 ]

# install_and_test NAME ARTIFACT: a fresh virtualenv target/py-fresh-NAME,
# ARTIFACT installed with pip (timed), the test tools, then pytest.
install_and_test() {
    local name=$1 artifact=$2 fresh=target/py-fresh-$1
    step "pip install $(basename "$artifact") into a fresh virtualenv ($fresh)"
    rm -rf "$fresh"
    python3 -m venv "$fresh"
    local t0=${EPOCHREALTIME/,/.}
    # An sdist builds the crate (release); its cargo target folder is kept
    # between runs as a compile cache. Nothing else of the repository is used.
    CARGO_TARGET_DIR="$PWD/target/py-sdist-build" \
        "$fresh/bin/pip" install -q --disable-pip-version-check "$artifact"
    awk -v a="$t0" -v b="${EPOCHREALTIME/,/.}" -v n="$name" \
        'BEGIN { printf "pip install (%s): %.1f s\n", n, b - a }'
    "$fresh/bin/pip" install -q --disable-pip-version-check -r python/requirements-test.txt
    step "pytest against the $name installed in $fresh"
    env -u SIPSTATUS_LIBRARY SIPSTATUS_TEST_INSTALLED="$PWD/$fresh" \
        "$fresh/bin/pytest" -q -p no:cacheprovider python/tests
}

install_and_test wheel "$wheel"
install_and_test sdist "$sdist"
