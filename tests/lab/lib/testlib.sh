# Helpers for the lab tests (tests/lab/test_*.sh). Sourced, not run.
# A test exits 0 on success and 1 on failure, also when it cannot run (not root):
# a lab test that skips would let CI pass while testing nothing.
# shellcheck shell=bash
set -euo pipefail

lab_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
natlab="$lab_dir/natlab"
# shellcheck source=topology.sh
. "$lab_dir/lib/topology.sh"

if [ "$(id -u)" -ne 0 ]; then
    echo "FAIL: the lab tests need root (network namespaces, veth, nftables, sshd); run ctest -L lab as root" \
        "or leave them out with ctest -LE lab"
    exit 1
fi

failures=0
ok() { echo "ok: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# check WHAT CMD...: one condition. For several, use `all` below: in
# `check "x" [ a ] && [ b ]` the shell runs [ b ] after check printed "ok: x".
check() { local what=$1; shift; if "$@"; then ok "$what"; else fail "$what"; fi; }
# all CMD... --and CMD...: succeeds only when every command does, e.g.
#   check "small response succeeds" all [ "$rc" = 0 ] --and [ "$bytes" = 100 ]
all() {
    local cmd=()
    while [ $# -gt 0 ]; do
        if [ "$1" = --and ]; then
            "${cmd[@]}" || return 1
            cmd=()
        else
            cmd+=("$1")
        fi
        shift
    done
    "${cmd[@]}"
}
# Refuse the pattern above in the test that sources this file, so it cannot come
# back ('single-quoted' text is dropped first: && inside an awk program is fine).
if sed -e "s/'[^']*'//g" "$0" 2>/dev/null |
    grep -nE '^[[:space:]]*check[[:space:]].*[[:space:]](&&|\|\|)([[:space:]]|$)'; then
    echo "FAIL: $0: a check followed by && or || tests only its first condition; use check \"...\" all A --and B"
    exit 1
fi
finish() {
    if [ "$failures" -eq 0 ]; then echo "PASS"; exit 0; fi
    echo "$failures check(s) failed"; exit 1
}

quiet() { "$@" >/dev/null 2>&1; }
nsx() { local h=$1; shift; ip netns exec "${NATLAB_PREFIX}$h" "$@"; }

# One lab per machine: serialise with any other lab user (another ctest run).
exec 9>/run/lock/natlab-tests.lock
flock -w 600 9 || { echo "FAIL: another lab test holds /run/lock/natlab-tests.lock"; exit 1; }

# lab_up ARGS...: a fresh lab, always removed when the test exits.
lab_up() {
    "$natlab" down >/dev/null 2>&1 || true
    trap '"$natlab" down >/dev/null 2>&1 || true' EXIT
    NATLAB_QUIET=1 "$natlab" up "$@"
}

CURL_W='exit_hint=%{exitcode} http_code=%{http_code} bytes=%{size_download} connect_s=%{time_connect} total_s=%{time_total}'
# fetch HOST URL [MAX_TIME]: prints "rc=N http_code=... bytes=... connect_s=..." from HOST.
fetch() {
    local h=$1 url=$2 max=${3:-5} rc=0 out
    out=$(nsx "$h" curl -s -o /dev/null --connect-timeout 3 --max-time "$max" -w "$CURL_W" "$url") || rc=$?
    echo "rc=$rc $out"
}
# field KEY LINE: the value of KEY in a key=value line.
field() { tr ' ' '\n' <<<"$2" | sed -n "s/^$1=//p" | head -n1; }

# connected LINE: curl's time_connect is non-zero (the handshake completed).
connected() { awk -v c="$(field connect_s "$1")" 'BEGIN { exit !(c > 0) }'; }

LARGE_URL=http://$DST_ADDR:$HTTP_PORT/bytes/65536
SMALL_URL=http://$DST_ADDR:$HTTP_PORT/bytes/100
