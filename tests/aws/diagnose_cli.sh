#!/usr/bin/env bash
# `natdoctor diagnose --aws` end to end: moto_server on 127.0.0.1 (moto.sh),
# the real aws CLI, the JSON session, the HTML and PDF report's section.
#   diagnose_cli.sh NATDOCTOR TESTS_AWS_DIR
set -uo pipefail
natdoctor=$1
here=$2
state=$(mktemp -d)
trap '"$here/moto.sh" stop "$state"; rm -rf "$state"' EXIT
failures=0
fail() { printf 'FAIL: %s\n' "$*" >&2; failures=$((failures + 1)); }

ep=$("$here/moto.sh" start "$state") || { echo "FAIL: cannot start moto_server (see above)" >&2; exit 1; }
export AWS_CONFIG_FILE="$state/config" AWS_SHARED_CREDENTIALS_FILE="$state/credentials" AWS_EC2_METADATA_DISABLED=true
unset AWS_PROFILE AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN AWS_DEFAULT_REGION AWS_REGION
seed() { python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]][sys.argv[3]])' "$state/seed.json" "$1" "$2"; }
# jq-like checks on the session JSON: EXPR is evaluated with `s` bound to it.
check() { # FILE EXPR WHAT
    python3 -c 'import json, sys; s = json.load(open(sys.argv[1])); sys.exit(0 if eval(sys.argv[2]) else 1)' "$1" "$2" \
        || fail "$3"
}

region=$(seed ports region)
instance=$(seed ports instance)
"$natdoctor" diagnose --dest 203.0.113.10:443 --aws --region "$region" --instance-id "$instance" \
    --aws-endpoint-url "$ep" --json --save "$state/session.json" --report "$state/report.html" \
    >"$state/out.json" 2>"$state/err.txt"
status=$?
cat "$state/err.txt" >&2
[ "$status" -ne 0 ] && [ "$status" -ne 2 ] || fail "diagnose --aws exited $status (want a verdict: 1 or 3)"
check "$state/out.json" 's["cloud"]["path"]["via"] == "nat-gateway"' "the path goes through the NAT gateway"
check "$state/out.json" 's["cloud"]["path"]["nat_gateway_id"] == "'"$(seed ports nat)"'"' "the gateway is the seeded one"
check "$state/out.json" 'any(f["id"] == "nat-port-allocation-errors" for f in s["findings"])' "nat-port-allocation-errors"
check "$state/out.json" 'sum(1 for e in s["evidence"] if e["step"] == "aws-nat-gateway") == 6' "six aws calls kept as evidence"
check "$state/out.json" 'any("describe-nat-gateways" in e["command"] and "--endpoint-url" in e["command"] for e in s["evidence"])' \
    "the describe-nat-gateways call and its endpoint are evidence"
check "$state/session.json" 'len(s["cloud"]["metrics"]) == 8' "the saved session has the eight metrics"
grep -q 'NAT gateway (AWS)' "$state/report.html" || fail "the HTML report has no NAT gateway section"
[ "$(grep -o '<svg' "$state/report.html" | wc -l)" -ge 8 ] || fail "the HTML report has fewer than 8 charts"

# The PDF report has the section too.
"$natdoctor" diagnose --dest 203.0.113.10:443 --aws --region "$region" --instance-id "$instance" \
    --aws-endpoint-url "$ep" --report "$state/report.pdf" >/dev/null 2>&1
if command -v pdftotext >/dev/null; then
    pdftotext "$state/report.pdf" "$state/report.txt" # not piped into grep -q: pipefail would see the SIGPIPE
    grep -q 'NAT gateway (AWS)' "$state/report.txt" || fail "the PDF report has no NAT gateway section"
    grep -q 'ErrorPortAllocation' "$state/report.txt" || fail "the PDF report has no ErrorPortAllocation chart"
fi

# An ACL denying the ephemeral ports, through the CLI's text output.
"$natdoctor" diagnose --dest 203.0.113.10:443 --aws --region "$(seed acl region)" --instance-id "$(seed acl instance)" \
    --aws-endpoint-url "$ep" >"$state/acl.txt" 2>/dev/null
grep -q 'nacl-blocks-ephemeral-ports' "$state/acl.txt" || fail "nacl-blocks-ephemeral-ports in the text output"
grep -q "replace-network-acl-entry --region $(seed acl region) --network-acl-id $(seed acl acl) --rule-number 90" "$state/acl.txt" \
    || fail "the exact fix for rule 90"

# No credentials: the AWS step says so; the diagnosis still ends with a verdict.
: >"$state/empty"
AWS_CONFIG_FILE="$state/empty" AWS_SHARED_CREDENTIALS_FILE="$state/empty" \
    "$natdoctor" diagnose --dest 203.0.113.10:443 --aws --region "$region" --instance-id "$instance" \
    --aws-endpoint-url "$ep" --json >"$state/nocreds.json" 2>/dev/null
status=$?
[ "$status" -ne 2 ] || fail "no credentials is not a usage error (exit $status)"
check "$state/nocreds.json" 's["cloud"]["problem"] == "no-credentials"' "the problem is no-credentials"
check "$state/nocreds.json" 'any(f["id"] == "aws-evidence-missing" and f["severity"] == "info" for f in s["findings"])' \
    "aws-evidence-missing (info) without credentials"

# Usage errors: exit 2, one line.
for args in "--profile p" "--aws --instance-id bogus" "--aws --aws-endpoint-url ftp://x" "--aws --region"; do
    # shellcheck disable=SC2086
    "$natdoctor" diagnose --dest 203.0.113.10:443 $args >/dev/null 2>"$state/usage.txt"
    status=$?
    [ "$status" -eq 2 ] || fail "diagnose --dest ... $args exited $status, want 2"
    [ "$(wc -l <"$state/usage.txt")" -eq 1 ] || fail "diagnose $args: want one line on stderr"
done

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all diagnose --aws checks passed"
