#!/usr/bin/env bash
# sipstatus inside a real Kamailio: examples/kamailio (KEMI, its Lua script
# run by app_lua, which loads the module built from lua/) answers SIPp's
# INVITEs on 127.0.0.1 while tshark captures them. One request per shipped
# locale to a busy user (486) and one to an unknown user (404), plus a
# weighted Accept-Language, none, and two Accept-Language fields. SIPp checks
# each status line and Reason header with an ereg; tshark decodes the
# capture and kamailio.py checks every response (status line, Reason
# header, copied headers, no malformed packet, no expert info) against what
# the library says through its C ABI.
#
# Kamailio runs in the foreground (-DD -E) in its own process group, on a
# free port, with its run directory and log in target/kamailio; it is
# stopped when the script ends, however it ends, and the script fails if
# any of its processes is left. Skips, saying why, when a Debian package
# it needs is missing. Expects `cargo build` to have run (target/debug).
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/lib.sh

out=target/kamailio
lib=target/debug/libsipstatus.so
cfg=examples/kamailio/kamailio.cfg
script=examples/kamailio/sipstatus.lua

skip() {
    echo "SKIPPED: the Kamailio test, because $1."
    echo "It needs the Debian packages kamailio, kamailio-lua-modules, sip-tester and tshark."
    exit 0
}
command -v kamailio >/dev/null || skip "kamailio is not installed (Debian package kamailio)"
mpath=$(kamailio -h 2>&1 | sed -n 's/.*Modules search path (default: \(.*\))$/\1/p')
[ -f "$mpath/app_lua.so" ] ||
    skip "$mpath/app_lua.so is missing (Debian package kamailio-lua-modules)"
command -v sipp >/dev/null || skip "sipp is not installed (Debian package sip-tester)"
command -v tshark >/dev/null || skip "tshark is not installed (Debian package tshark)"
sudo=
[ "$(id -u)" -eq 0 ] || sudo=sudo

# The Lua that app_lua links decides the module's build.
lua=$(ldd "$mpath/app_lua.so" | sed -n 's/^.*liblua\(5\.[0-9]\)\.so.*$/\1/p' | head -n 1)
case $lua in
    5.1) feature=lua51 ;;
    5.4) feature=lua54 ;;
    *)
        echo "$mpath/app_lua.so links no Lua this module builds for (${lua:-none found by ldd})" >&2
        exit 1
        ;;
esac
step "app_lua.so links Lua $lua: lua/build $feature --debug"
module=$(lua/build "$feature" --debug | tail -n 1)
echo "$module"

rm -rf "$out"
mkdir -p "$out/run"

step "the cases: what the library says for each (C ABI)"
python3 tests/kamailio/kamailio.py cases "$lib" "$out" | tee "$out/cases.txt"
cases=$(wc -l <"$out/cases.txt")
# INVITE, the response, and the ACK of each case.
packets=$((3 * cases))

# Everything started below is stopped on exit, however the script ends.
kpid=
pids=()
# group_alive PGID: a process of group PGID is running (zombies aside).
group_alive() {
    ps -eo pgid=,stat= | awk -v g="$1" '$1 == g && $2 !~ /^Z/ { found = 1 } END { exit !found }'
}
# stop_kamailio: SIGTERM to Kamailio's main process, which stops its
# children; SIGKILL to what is left of its process group after half a
# minute (a bound). Fails if a process of the group survives.
stop_kamailio() {
    local i
    [ -n "$kpid" ] || return 0
    kill -TERM "$kpid" 2>/dev/null || true
    for ((i = 0; i < 300; i++)); do
        group_alive "$kpid" || break
        sleep 0.1
    done
    kill -KILL -- "-$kpid" 2>/dev/null || true
    wait "$kpid" 2>/dev/null || true
    if group_alive "$kpid"; then
        echo "kamailio: processes of group $kpid still running:" >&2
        ps -eo pid,pgid,stat,cmd | awk -v g="$kpid" '$2 == g' >&2
        return 1
    fi
    kpid=
}
cleanup() {
    local p
    stop_kamailio || true
    for p in "${pids[@]}"; do
        kill "$p" 2>/dev/null || true
    done
    wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# wait_exit PID: its exit status, after at most a minute (then it is killed).
wait_exit() {
    local i
    for ((i = 0; i < 600; i++)); do
        kill -0 "$1" 2>/dev/null || break
        sleep 0.1
    done
    kill -INT "$1" 2>/dev/null || true
    wait "$1"
}

# Kamailio in the foreground, in a process group of its own (job control
# on while it starts), on a free port; another port if that one was taken
# in the meantime.
for attempt in 1 2 3; do
    port=$(python3 tests/kamailio/kamailio.py free-port)
    step "kamailio -DD -E on udp:127.0.0.1:$port, run directory $out/run"
    set -m
    LUA_CPATH="$PWD/$(dirname "$module")/?.so;;" kamailio -DD -E -f "$cfg" \
        -Y "$PWD/$out/run" -P "$PWD/$out/run/kamailio.pid" \
        -A "SIPSTATUS_LISTEN=udp:127.0.0.1:$port" -A "SIPSTATUS_SCRIPT=\"$PWD/$script\"" \
        >"$out/kamailio.log" 2>&1 &
    kpid=$!
    set +m
    if python3 tests/kamailio/kamailio.py probe "$port" "$kpid"; then
        break
    fi
    stop_kamailio
    if [ "$attempt" -lt 3 ] && grep -q "Address already in use" "$out/kamailio.log"; then
        continue
    fi
    tail -n 30 "$out/kamailio.log" >&2
    exit 1
done

step "tshark -i lo -f \"udp port $port\": $packets packets"
$sudo tshark -i lo -f "udp port $port" -c $packets -a duration:900 -w "$out/kamailio.pcap" -q \
    >"$out/tshark.out" 2>"$out/tshark.err" &
tshark=$!
pids+=("$tshark")
for ((i = 0; i < 600; i++)); do
    grep -q "^Capturing on" "$out/tshark.err" 2>/dev/null && break
    kill -0 "$tshark" 2>/dev/null || break
    sleep 0.1
done
grep -q "^Capturing on" "$out/tshark.err" || {
    cat "$out/tshark.err" >&2
    exit 1
}

step "SIPp: $cases INVITEs, each response's status line and Reason header checked by an ereg"
passed=0 failed=0
for ((i = 0; i < cases; i++)); do
    name=$(sed -n "$((i + 1))p" "$out/cases.txt")
    # The case number starts the Call-ID, for the capture check.
    if (cd "$out" && timeout --foreground 120 sipp -sf "case-$i.xml" "127.0.0.1:$port" -i 127.0.0.1 -m 1 -nr \
        -cid_str "case-$i-%u-%p@%s" \
        -timeout 60s -timeout_error -nostdin -trace_err -error_file "case-$i.errors" \
        -trace_logs -log_file "case-$i.log" >"case-$i.out" 2>&1); then
        passed=$((passed + 1))
        echo "ok   ${name#*: }: $(tr -d '\r' <"$out/case-$i.log")"
    else
        failed=$((failed + 1))
        echo "FAIL ${name#*: }" >&2
        tail -n 15 "$out/case-$i.errors" "$out/case-$i.out" >&2 2>/dev/null || true
    fi
done
echo "sipp: $passed passed, $failed failed"

step "tshark: the capture ends"
wait_exit "$tshark" || true

step "kamailio: stopped, no process left, its log"
status=0
stop_kamailio || status=1
answered=$(grep -c 'sipstatus: INVITE ' "$out/kamailio.log" || true)
workers=$(sed -n 's/^ *[0-9]*(\([0-9]*\)) INFO: .*sipstatus: INVITE .*/\1/p' "$out/kamailio.log" | sort -u | wc -l)
errors=$(grep -cE ' (ERROR|CRITICAL|ALERT|BUG): ' "$out/kamailio.log" || true)
grep -E ' (ERROR|CRITICAL|ALERT|BUG): ' "$out/kamailio.log" >&2 || true
ok=0 bad=0
for check in "$status -eq 0" "$answered -eq $cases" "$errors -eq 0"; do
    # shellcheck disable=SC2086
    if [ $check ]; then ok=$((ok + 1)); else bad=$((bad + 1)); fi
done
echo "kamailio (all processes ended: $([ $status -eq 0 ] && echo yes || echo NO), $answered INVITEs answered by the script in $workers worker processes, $errors errors logged): $ok passed, $bad failed"
failed=$((failed + bad))

step "tshark -r: every response decoded as SIP, with its status line and Reason header"
python3 tests/kamailio/kamailio.py check-pcap "$out/kamailio.pcap" "$port" "$out/expected.tsv" ||
    failed=$((failed + 1))

[ "$failed" -eq 0 ]
