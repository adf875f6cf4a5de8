#!/usr/bin/env bash
# Records the real `aws` CLI's answers from moto_server into tests/data/aws-*.json
# (the parser tests read them). The calls are natdoctor's own (core/cloud),
# against the scenarios of seed.py. AWS=/usr/bin/aws (Debian's v2) by default;
# the get-metric-data answer is also recorded with the CLI on PATH if that is v1.
#   tests/aws/record.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data="$here/../data"
AWS=${AWS:-/usr/bin/aws}
state=$(mktemp -d)
trap '"$here/moto.sh" stop "$state"; rm -rf "$state"' EXIT
ep=$("$here/moto.sh" start "$state")
export AWS_CONFIG_FILE="$state/config" AWS_SHARED_CREDENTIALS_FILE="$state/credentials" AWS_PAGER="" \
    AWS_EC2_METADATA_DISABLED=true
unset AWS_PROFILE AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN
get() { python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]][sys.argv[3]])' "$state/seed.json" "$1" "$2"; }
call() { local region=$1 out=$2; shift 2; "$AWS" --region "$region" --endpoint-url "$ep" --output json "$@" >"$data/$out"; }

r=$(get ports region)
call "$r" aws-describe-instances.json ec2 describe-instances --instance-ids "$(get ports instance)"
call "$r" aws-describe-route-tables.json ec2 describe-route-tables --filters "Name=association.subnet-id,Values=$(get ports private_subnet)"
call "$r" aws-describe-nat-gateways.json ec2 describe-nat-gateways --nat-gateway-ids "$(get ports nat)"
call "$r" aws-describe-addresses.json ec2 describe-addresses --allocation-ids "$(get ports allocation)"
end=$(date -u +%Y-%m-%dT%H:%M:00Z); start=$(date -u -d '-180 min' +%Y-%m-%dT%H:%M:00Z)
queries=$(python3 - "$(get ports nat)" <<'PY'
import json, sys
names = ["PacketsDropCount", "ErrorPortAllocation", "IdleTimeoutCount", "ActiveConnectionCount",
         "ConnectionAttemptCount", "ConnectionEstablishedCount", "BytesInFromDestination", "BytesOutToSource"]
print(json.dumps([{"Id": "m%d" % i, "Label": n, "MetricStat": {"Metric": {"Namespace": "AWS/NATGateway", "MetricName": n,
    "Dimensions": [{"Name": "NatGatewayId", "Value": sys.argv[1]}]}, "Period": 60,
    "Stat": "Maximum" if n == "ActiveConnectionCount" else "Sum"}, "ReturnData": True} for i, n in enumerate(names)]))
PY
)
call "$r" aws-get-metric-data-ports-v2.json cloudwatch get-metric-data --start-time "$start" --end-time "$end" --metric-data-queries "$queries"
if aws --version 2>&1 | grep -q '^aws-cli/1'; then
    AWS=aws call "$r" aws-get-metric-data-ports-v1.json cloudwatch get-metric-data --start-time "$start" --end-time "$end" --metric-data-queries "$queries"
fi
r=$(get acl region)
call "$r" aws-describe-network-acls.json ec2 describe-network-acls --filters "Name=association.subnet-id,Values=$(get acl private_subnet),$(get acl public_subnet)"
r=$(get nonat region)
call "$r" aws-describe-route-tables-none.json ec2 describe-route-tables --filters "Name=association.subnet-id,Values=$(get nonat instance_subnet)"
call "$r" aws-describe-route-tables-main.json ec2 describe-route-tables --filters "Name=vpc-id,Values=$(get nonat vpc)" Name=association.main,Values=true
# The ids the tests expect.
python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(json.dumps({k: d[k] for k in ("ports", "acl", "nonat")}, indent=1))' \
    "$state/seed.json" >"$data/aws-ids.json"
ls -l "$data"/aws-*
