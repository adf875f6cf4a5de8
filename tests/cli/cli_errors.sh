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

# The same rules for every command (one parser): --name=value as well as --name value;
# an unknown option, a missing value or a value for a flag is one line and exit 2.
expect_usage() { # description, text stderr must hold, then the natdoctor arguments
    local what="$1" want="$2"
    shift 2
    expect_error "$what" "$@"
    if ! grep -qF -- "$want" "$work/err"; then
        echo "FAIL $what: stderr lacks \"$want\""
        failures=$((failures + 1))
    fi
}
expect_usage "analyze: unknown --x=value" "unknown option --frobnicate" analyze --frobnicate=1 "$sample"
expect_usage "analyze: missing value" "--dest needs a value" analyze "$sample" --dest
expect_usage "analyze: a value for a flag" "--json takes no value" analyze "$sample" --json=yes
expect_usage "analyze: --dest=VALUE reaches the check" "got \"not-an-address\"" analyze "$sample" --dest=not-an-address
expect_usage "analyze: --paper=VALUE reaches the check" "--paper is a4 or letter" analyze "$sample" --report="$work/r.pdf" --paper=a5
expect_usage "analyze: --case-id without --report" "go with --report FILE" analyze "$sample" --case-id=SR-1
expect_usage "analyze: --customer needs a value" "--customer needs a value" analyze "$sample" --report "$work/r.pdf" --customer
expect_usage "diagnose: --where-captured without --report" "go with --report FILE" \
    diagnose --public u@h --dest d:80 --where-captured "eu-west-1"
expect_usage "diagnose: unknown --x=value" "unknown option --insecure" diagnose --public u@h --dest d:80 --insecure=yes
expect_usage "diagnose: missing value" "--identity needs a value" diagnose --public u@h --dest d:80 --identity
expect_usage "diagnose: a value for a flag" "--ipv6 takes no value" diagnose --public u@h --dest d:80 --ipv6=1
expect_usage "diagnose: --attempts=VALUE reaches the check" "natdoctor diagnose: --attempts wants a number from 1 to 1000" \
    diagnose --public=u@h --dest=d:80 --attempts=0
expect_usage "diagnose: the second --identity is read" "--identity: " \
    diagnose --public u@h --dest d:80 --identity="$sample" --identity "$work/no-such-key"
expect_usage "diagnose: a stray argument" "unexpected argument stray" diagnose --public u@h --dest d:80 stray
expect_usage "wizard: unknown --x=value" "unknown option --frobnicate" --frobnicate=1
expect_usage "wizard: missing value" "--lang needs a value" --lang
expect_usage "wizard: --lang=VALUE reaches the check" "unknown language \"xx\"" --lang=xx
expect_usage "wizard: two files" "unexpected arguments" "$sample" "$sample"

# --name=value and --name value give the same run; repeated options keep every value.
checks=$((checks + 1))
a=$("$natdoctor" analyze "$sample" --json --dest 198.18.3.10 --dest=198.18.2.10 2>&1; echo "exit $?")
b=$("$natdoctor" analyze "$sample" --json --dest=198.18.3.10 --dest 198.18.2.10 2>&1; echo "exit $?")
if [ "$a" = "$b" ] && printf '%s' "$a" | grep -q '"findings"'; then
    echo "ok   analyze --dest=A --dest B: $(printf '%s' "$a" | tail -n 1)"
else
    echo "FAIL analyze --dest=A --dest B differs from --dest A --dest=B"
    failures=$((failures + 1))
fi
# diagnose keeps the case fields in the session it prints (and saves).
checks=$((checks + 1))
"$natdoctor" diagnose --public=u@127.0.0.1:1 --dest=127.0.0.1:80 --echo-url=none --json --report "$work/d.json" \
    --case-id SR-7 --customer "Globex Industries" >"$work/out" 2>"$work/err"
rc=$?
if [ "$rc" = 2 ] && python3 -c '
import json, sys
for f in sys.argv[1:]:
    if json.load(open(f))["case"] != {"id": "SR-7", "customer": "Globex Industries"}:
        sys.exit(1)' "$work/out" "$work/d.json"; then
    echo "ok   diagnose --case-id --customer reach the session and the report"
else
    echo "FAIL diagnose --case-id: exit $rc, $(head -c 300 "$work/out") $(cat "$work/err")"
    failures=$((failures + 1))
fi
# diagnose reads --attempts=5 and --size=1000 into the session it prints (nothing listens on
# 127.0.0.1:1, so the connection fails at once: exit 2, the session still on stdout).
checks=$((checks + 1))
"$natdoctor" diagnose --public=u@127.0.0.1:1 --dest=127.0.0.1:80 --attempts=5 --size 1000 --echo-url=none \
    --json >"$work/out" 2>"$work/err"
rc=$?
if [ "$rc" = 2 ] && python3 -c '
import json, sys
i = json.load(open(sys.argv[1]))["inputs"]
sys.exit(0 if i["attempts"] == 5 and i["size"] == 1000 and i["echo_url"] == "" else 1)' "$work/out"; then
    echo "ok   diagnose --attempts=5 --size 1000 --echo-url=none reach the session"
else
    echo "FAIL diagnose --attempts=5: exit $rc, $(head -c 300 "$work/out") $(cat "$work/err")"
    failures=$((failures + 1))
fi

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

# Every command's --help (and -h) exits 0 and lists its options, each once under "Options:".
for cmd in "" analyze diagnose; do
    checks=$((checks + 1))
    # shellcheck disable=SC2086
    "$natdoctor" $cmd --help >"$work/help" 2>"$work/err"
    rc=$?
    # shellcheck disable=SC2086
    "$natdoctor" $cmd -h >"$work/help-h" 2>/dev/null
    listed=$(sed -n '/^Options/,/^$/p' "$work/help" | grep -cE '^  -')
    if [ "$rc" = 0 ] && [ ! -s "$work/err" ] && cmp -s "$work/help" "$work/help-h" && [ "$listed" -ge 3 ] \
        && grep -q -- '--help' "$work/help"; then
        echo "ok   natdoctor $cmd --help: $listed options"
    else
        echo "FAIL natdoctor $cmd --help: exit $rc, $listed options listed"
        failures=$((failures + 1))
    fi
done

echo "$((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
