# Shared by scripts/*: steps with a clear banner, and installing what the
# project needs when it is missing (apt for system tools), so a fresh
# machine needs nothing done by hand.

step() {
    printf '\n==> %s\n' "$1"
}

# apt_install PACKAGE...: installs Debian packages, quietly, as root or
# through sudo; `apt-get update` once per script.
apt_install() {
    step "installing $*"
    local sudo=
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    if [ -z "${APT_UPDATED:-}" ]; then
        $sudo apt-get update -qq
        APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# need_apt COMMAND PACKAGE...: installs PACKAGE(s) when COMMAND is missing.
need_apt() {
    local cmd=$1
    shift
    command -v "$cmd" >/dev/null 2>&1 || apt_install "$@"
}

# need_c_tools: what every C test part needs (gcc, clang, valgrind).
need_c_tools() {
    need_apt cc gcc libc6-dev
    need_apt clang clang
    need_apt valgrind valgrind
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
