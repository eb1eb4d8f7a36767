# Shared by scripts/*: steps with a clear banner, and the C build helpers.
# Nothing here installs anything: scripts/setup does, and scripts/demo and
# scripts/check run it first.

step() {
    printf '\n==> %s\n' "$1"
}

# Flags to link the static library: what rustc says its std needs.
static_link_flags() {
    echo "-lgcc_s -lutil -lrt -lpthread -lm -ldl -lc"
}

# The C tests link the debug library (`cargo build`) and are built here.
C_LIB=target/debug
C_OUT=target/c-tests

# c_build CC shared|static SOURCE OUTPUT [CFLAGS...]: compiles SOURCE with
# the project's strict warnings against the shared or the static library.
c_build() {
    local cc=$1 link=$2 src=$3 out=$4
    shift 4
    local libs
    if [ "$link" = shared ]; then
        libs=(-L"$C_LIB" -lsipstatus -Wl,-rpath,"$PWD/$C_LIB")
    else
        # shellcheck disable=SC2207
        libs=("$C_LIB/libsipstatus.a" $(static_link_flags))
    fi
    mkdir -p "$C_OUT"
    "$cc" -Wall -Wextra -Werror -pedantic -Iinclude -Itests/c -pthread "$@" "$src" -o "$out" "${libs[@]}"
}

# c_matrix NAME STD [ARGS...]: tests/c/NAME.c as C STD, built with gcc and
# clang, each against the shared and the static library, each run with ARGS.
# The binaries are $C_OUT/NAME-{gcc,clang}-{shared,static}.
c_matrix() {
    local name=$1 std=$2 cc link
    shift 2
    for cc in gcc clang; do
        for link in shared static; do
            c_build "$cc" "$link" "tests/c/$name.c" "$C_OUT/$name-$cc-$link" -std="$std"
            step "$name, $cc, $link library"
            "$C_OUT/$name-$cc-$link" "$@"
        done
    done
}

# memcheck COMMAND...: runs COMMAND under valgrind memcheck; any error, or
# memory definitely lost, fails.
memcheck() {
    valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
        --child-silent-after-fork=yes "$@"
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
