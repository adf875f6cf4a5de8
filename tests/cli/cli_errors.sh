#!/usr/bin/env bash
# Bad input to `natdoctor analyze` and `natdoctor diagnose` gives one line on stderr and exit status 2;
# a truncated capture is analysed up to the break with "truncated": true.
# usage: cli_errors.sh NATDOCTOR DATA_DIR
set -u
natdoctor="$1"
data="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
checks=0

expect_error() { # description, then the natdoctor arguments
    local what="$1"
    shift
    checks=$((checks + 1))
    "$natdoctor" "$@" >"$work/out" 2>"$work/err"
    local rc=$?
    local lines
    lines=$(wc -l <"$work/err")
    if [ "$rc" -ne 2 ] || [ "$lines" -ne 1 ] || [ -s "$work/out" ]; then
        echo "FAIL $what: exit $rc, $lines stderr lines, stdout $(wc -c <"$work/out") bytes"
        cat "$work/err"
        failures=$((failures + 1))
    else
        echo "ok   $what: $(cat "$work/err")"
    fi
}

: >"$work/empty.pcap"
printf 'GET / HTTP/1.1\r\nHost: x\r\n\r\n' >"$work/text.pcap"
head -c 4096 /dev/urandom >"$work/random.bin"
sample="$(ls "$data"/*.pcap | head -n 1)"
head -c 10 "$sample" >"$work/header-cut.pcap"

expect_error "missing file" analyze "$work/does-not-exist.pcap"
expect_error "directory" analyze "$work"
expect_error "empty file" analyze "$work/empty.pcap"
expect_error "text file" analyze "$work/text.pcap"
expect_error "random bytes" analyze "$work/random.bin"
expect_error "file header cut" analyze "$work/header-cut.pcap"
expect_error "no file" analyze --json
expect_error "two files" analyze "$sample" "$sample"
expect_error "unknown option" analyze --frobnicate "$sample"

expect_error "diagnose without --public" diagnose --dest 198.18.3.10:80
expect_error "diagnose without --dest" diagnose --public natlab@198.18.2.10
expect_error "diagnose with a bad port" diagnose --public natlab@host:99999 --dest 198.18.3.10:80
expect_error "diagnose with a bad trigger" diagnose --public u@h --dest d:80 --trigger smtp
expect_error "diagnose with a dangling option" diagnose --public u@h --dest d:80 --attempts
expect_error "diagnose with an unknown option" diagnose --public u@h --dest d:80 --insecure
expect_error "unknown command-line arguments" --frobnicate

# Truncated inside a record: analysed up to the break.
checks=$((checks + 1))
size=$(stat -c %s "$sample")
head -c $((size - 7)) "$sample" >"$work/cut.pcap"
if "$natdoctor" analyze "$work/cut.pcap" --json 2>/dev/null | python3 -c '
import json, sys
j = json.load(sys.stdin)
sys.exit(0 if j["truncated"] is True and j["packets"] > 0 else 1)'; then
    echo "ok   truncated capture analysed up to the break"
else
    echo "FAIL truncated capture"
    failures=$((failures + 1))
fi

# The verdict decides the exit status: 1 a problem, 0 positive evidence of none,
# 3 when the capture can't decide (never an all-clear from missing evidence).
expect_verdict() {
    local what=$1 want=$2 file=$3 rc=0 outcome
    checks=$((checks + 1))
    outcome=$("$natdoctor" analyze "$file" --json 2>/dev/null | python3 -c 'import json, sys; print(json.load(sys.stdin)["verdict"]["outcome"])') || true
    "$natdoctor" analyze "$file" >/dev/null 2>&1 || rc=$?
    if [ "$rc" = "$want" ] && [ -n "$outcome" ]; then
        echo "ok   $what: exit $rc ($outcome)"
    else
        echo "FAIL $what: exit $rc ($outcome), expected $want"
        failures=$((failures + 1))
    fi
}

expect_verdict "fragments from the destination" 1 "$data/pub-eth-gateway-large.pcap"
expect_verdict "a small response only" 3 "$data/priv-eth-gateway-small.pcap"
expect_verdict "a large response, unfragmented" 0 "$data/pub-tun-raw.pcap"
head -c 24 "$sample" >"$work/empty.pcap"
expect_verdict "a capture with no packets" 3 "$work/empty.pcap"

checks=$((checks + 1))
if "$natdoctor" --version | grep -Eq '^natdoctor [0-9]+\.[0-9]+\.[0-9]+$' && "$natdoctor" --help | grep -q 'analyze'; then
    echo "ok   --version and --help"
else
    echo "FAIL --version/--help"
    failures=$((failures + 1))
fi

echo "$((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
