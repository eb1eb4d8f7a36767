#!/usr/bin/env bash
# On the wire: examples/responder.c (under valgrind) answers SIPp's requests
# on 127.0.0.1 while tshark captures them. One request per case: the
# Accept-Language "de-CH, fr;q=0.5", one naming each locale the library
# ships, none, and an OPTIONS in compact forms. SIPp checks each status line
# with an ereg; then tshark decodes the capture and wire.py checks every
# response (status line, copied headers, no malformed packet, no expert
# info). Bad datagrams sent first must be refused without harm.
# Expects `cargo build` to have run (uses target/debug).
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/lib.sh

lib=target/debug
out=target/wire
code=486
rm -rf "$out"
mkdir -p "$out"
strict=(-std=c99 -Wall -Wextra -Werror -pedantic -Iinclude -Itests/c)
link=(-L"$lib" -lsipstatus -Wl,-rpath,"$PWD/$lib")
vg=(valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite)
sudo=
[ "$(id -u)" -eq 0 ] || sudo=sudo

step "responder and test_accept with gcc and clang: -std=c99 -Wall -Wextra -Werror -pedantic"
for cc in gcc clang; do
    $cc "${strict[@]}" examples/responder.c -o "$out/responder-$cc" "${link[@]}"
    $cc "${strict[@]}" tests/c/test_accept.c -o "$out/test_accept-$cc" "${link[@]}"
done
echo ok

step "test_accept: gcc, clang, valgrind"
"$out/test_accept-gcc"
"$out/test_accept-clang"
"${vg[@]}" "$out/test_accept-gcc"

# Everything started below is stopped on exit, however the script ends.
pids=()
cleanup() {
    local p
    for p in "${pids[@]}"; do
        kill "$p" 2>/dev/null || true
    done
    wait 2>/dev/null || true
}
trap cleanup EXIT

# wait_for FILE PATTERN PID: until FILE has PATTERN (false if PID ends or
# a minute passes first: a bound, not a timing check).
wait_for() {
    local i
    for ((i = 0; i < 600; i++)); do
        grep -q "$2" "$1" 2>/dev/null && return 0
        kill -0 "$3" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

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

step "the cases: what the library says for $code in each locale"
declare -A phrase
tags=()
while IFS=$'\t' read -r tag text; do
    phrase[$tag]=$text
    tags+=("$tag")
done < <(python3 tests/wire/wire.py phrases "$lib/libsipstatus.so" $code)
shipped=$(find locales -mindepth 1 -maxdepth 1 -type d | wc -l)
if [ "${#tags[@]}" -ne "$shipped" ]; then
    echo "the library has ${#tags[@]} locales, locales/ has $shipped" >&2
    exit 1
fi

names=()
packets=0
: >"$out/expected"
# add_case TEMPLATE EXPECTED_TAG [HEADER...]: one SIPp scenario.
add_case() {
    local template=$1 want=$2 n=${#names[@]}
    shift 2
    python3 tests/wire/wire.py scenario "tests/wire/$template.xml" $code "${phrase[$want]}" "$@" \
        >"$out/case-$n.xml"
    names+=("$template, ${*:-no Accept-Language} -> $want")
    printf 'SIP/2.0 %s %s\n' $code "${phrase[$want]}" >>"$out/expected"
    # request and response, and the ACK of an INVITE
    packets=$((packets + 2))
    [ "$template" != invite ] || packets=$((packets + 1))
}
add_case invite de "Accept-Language: de-CH, fr;q=0.5"
for tag in "${tags[@]}"; do
    if [ "$tag" = en ]; then
        add_case invite en "Accept-Language: en"
    else
        # English first but weighted lower: the weight has to count.
        add_case invite "$tag" "Accept-Language: en;q=0.5, ${tag,,}"
    fi
done
add_case invite en
add_case options it "Accept-Language: fr;q=0" "Accept-Language: it;q=0.3, *;q=0.2"
printf '%s\n' "${names[@]}"

step "responder (under valgrind) on a free port of 127.0.0.1"
"${vg[@]}" "$out/responder-gcc" 0 $code ${#names[@]} 600 >"$out/responder.out" 2>"$out/responder.err" &
responder=$!
pids+=("$responder")
wait_for "$out/responder.out" "^listening on" "$responder"
port=$(sed -n 's/^listening on 127\.0\.0\.1:\([0-9]*\)$/\1/p' "$out/responder.out")
echo "port $port"
python3 tests/wire/wire.py garbage "$port"

step "tshark -i lo -f \"udp port $port\": $packets packets"
$sudo tshark -i lo -f "udp port $port" -c $packets -a duration:900 -w "$out/wire.pcap" -q \
    >"$out/tshark.out" 2>"$out/tshark.err" &
tshark=$!
pids+=("$tshark")
wait_for "$out/tshark.err" "^Capturing on" "$tshark" || {
    cat "$out/tshark.err" >&2
    exit 1
}

step "SIPp: ${#names[@]} requests, each response's status line checked by an ereg"
passed=0 failed=0
for ((i = 0; i < ${#names[@]}; i++)); do
    if (cd "$out" && timeout 120 sipp -sf "case-$i.xml" "127.0.0.1:$port" -i 127.0.0.1 -m 1 -nr \
        -timeout 60s -timeout_error -nostdin -trace_err -error_file "case-$i.errors" \
        -trace_logs -log_file "case-$i.log" >"case-$i.out" 2>&1); then
        passed=$((passed + 1))
        echo "ok   ${names[$i]}: $(tr -d '\r' <"$out/case-$i.log")"
    else
        failed=$((failed + 1))
        echo "FAIL ${names[$i]}" >&2
        tail -n 15 "$out/case-$i.errors" "$out/case-$i.out" >&2 2>/dev/null || true
    fi
done
echo "sipp: $passed passed, $failed failed"

step "the responder: exit status, answers, refusals"
status=0
[ "$failed" -eq 0 ] || kill "$responder" 2>/dev/null || true
wait_exit "$responder" || status=$?
answered=$(grep -c -- ' -> ' "$out/responder.out" || true)
refused=$(grep -c '^responder: refused' "$out/responder.err" || true)
grep -v '^responder: ignored' "$out/responder.err" || true
echo "ignored (ACK, BYE): $(grep -c '^responder: ignored' "$out/responder.err" || true)"
ok=0 bad=0
for check in "$status -eq 0" "$answered -eq ${#names[@]}" "$refused -eq 5"; do
    # shellcheck disable=SC2086
    if [ $check ]; then ok=$((ok + 1)); else bad=$((bad + 1)); fi
done
echo "responder (exit status $status, $answered answered, $refused of 5 bad datagrams refused): $ok passed, $bad failed"
failed=$((failed + bad))

step "tshark -r: every response decoded as a SIP status line with the phrase"
wait_exit "$tshark" || true
python3 tests/wire/wire.py check-pcap "$out/wire.pcap" "$port" $code "$out/expected" || failed=$((failed + 1))

[ "$failed" -eq 0 ]
