#!/usr/bin/env bash
# Lab test: natdoctor's probes over SSH against the lab.
#   1. The live capture on pub equals analysing the pcap it saved.
#   2. The connection probe from priv (through pub) in gateway mode: large
#      responses stall after connecting, small ones succeed.
#   3. With the destination fixed (path MTU discovery on, DF set), the
#      fragmentation check finds no fragments in a large response.
#   test_probes.sh NATDOCTOR_BINARY
. "$(dirname "$0")/lib/testlib.sh"
natdoctor=${1:?usage: test_probes.sh NATDOCTOR_BINARY}

lab_up --mode gateway
work=$(mktemp -d /tmp/natlab-probes.XXXXXX)
export XDG_STATE_HOME=$work/state
trap '"$natlab" down >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
ssh_args=(--known-hosts "$NATLAB_STATE/known_hosts" --identity "$NATLAB_STATE/id_ed25519")
json() { python3 -c "import json, sys; j = json.load(open(sys.argv[1])); print($2)" "$1"; }

# 1. Live capture == the saved file.
rc=0
timeout 120 "$natdoctor" diagnose --json --public "$NATLAB_USER@$PUB_ADDR" --dest "$DST_ADDR:$HTTP_PORT" \
    --path /bytes/65536 "${ssh_args[@]}" --capture-file "$work/live.pcap" >"$work/live.json" 2>"$work/live.err" || rc=$?
echo "diagnose exit status $rc"
# Its exit status is the capture's verdict (1: fragments from the destination).
"$natdoctor" analyze "$work/live.pcap" --json >"$work/file.json" || true
same=$(python3 - "$work/live.json" "$work/file.json" <<'PY'
import json, sys
live = json.load(open(sys.argv[1]))["fragmentation"]["capture"]
saved = json.load(open(sys.argv[2]))
# The numbers only: findings are not part of a capture summary (core/findings derives
# them; the live run knows the destination and the trigger, a file alone does not).
keys = ["packets", "fragments", "tcp", "icmp_frag_needed", "timestamps"]
diff = [k for k in keys if live.get(k) != saved.get(k)]
print("same" if not diff else "differ in " + ",".join(diff), live["packets"], live["fragments"]["packets"])
PY
)
echo "live vs saved: $same"
check "the live analysis equals analysing the saved capture" grep -q "^same" <<<"$same"
check "and it saw fragments" [ "$(awk '{print $3}' <<<"$same")" -gt 0 ]

# 2. From behind the NAT gateway: large stalls after connect, small succeeds.
probe_results() { # PATH: the result of every baseline attempt from priv
    timeout 150 "$natdoctor" diagnose --json --public "$NATLAB_USER@$PUB_ADDR" --private "$NATLAB_USER@$PRIV_ADDR" \
        --dest "$DST_ADDR:$HTTP_PORT" --path "$1" --attempts 2 "${ssh_args[@]}" >"$work/p.json" 2>>"$work/p.err" || true
    json "$work/p.json" '" ".join(a["result"] for a in j["timestamp_test"]["baseline"]["attempts"])'
}
large=$(probe_results /bytes/65536)
small=$(probe_results /bytes/100)
echo "large: $large; small: $small"
check "large responses from priv stall after connecting" [ "$large" = "stalled_after_connect stalled_after_connect" ]
check "small responses from priv succeed" [ "$small" = "ok ok" ]
check "tcp_timestamps on priv is restored" [ "$(nsx priv cat /proc/sys/net/ipv4/tcp_timestamps)" = 1 ]

# 3. The fix on the destination's side: DF and path MTU discovery.
# (A socket takes the setting when it is created, and accepted sockets inherit
# the listener's: the web server is restarted after the change.)
nsx dst sysctl -q -w net.ipv4.ip_no_pmtu_disc=0
nsx dst ip route flush cache
pkill -f "httpd.py $HTTP_PORT" || true
for _ in $(seq 1 50); do [ -z "$(nsx dst ss -Hltn "sport = :$HTTP_PORT")" ] && break; sleep 0.1; done
nsx dst setsid /usr/bin/python3 "$(dirname "$0")/httpd.py" "$HTTP_PORT" </dev/null >"$work/httpd.log" 2>&1 &
echo $! >"$NATLAB_STATE/dst/httpd.pid"
for _ in $(seq 1 50); do [ -n "$(nsx dst ss -Hltn "sport = :$HTTP_PORT")" ] && break; sleep 0.1; done
rc=0
timeout 120 "$natdoctor" diagnose --json --public "$NATLAB_USER@$PUB_ADDR" --dest "$DST_ADDR:$HTTP_PORT" \
    --path /bytes/65536 "${ssh_args[@]}" >"$work/df.json" 2>"$work/df.err" || rc=$?
ids=$(json "$work/df.json" '" ".join(f["id"] for f in j["findings"])')
echo "with DF: exit $rc, findings: $ids"
check "no-fragmentation-observed when the destination sets DF" grep -qw no-fragmentation-observed <<<"$ids"
check "and no tcp-fragments-from-destination" bash -c '! grep -qw tcp-fragments-from-destination <<<"$1"' sh "$ids"
finish
