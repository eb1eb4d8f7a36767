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

# Flags to link the static library: what rustc says its std needs.
static_link_flags() {
    echo "-lgcc_s -lutil -lrt -lpthread -lm -ldl -lc"
}
