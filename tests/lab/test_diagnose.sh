#!/usr/bin/env bash
# Lab test, end to end: `natdoctor diagnose` over SSH against the lab in gateway mode
# (pub as the public host, priv through pub, dst as the remote server) finds the
# fragmentation cause and reports tcp_tw_recycle absent; it leaves no capture running
# on the hosts and every sysctl as it was.
#   test_diagnose.sh NATDOCTOR_BINARY
. "$(dirname "$0")/lib/testlib.sh"
natdoctor=${1:?usage: test_diagnose.sh NATDOCTOR_BINARY}

lab_up --mode gateway
before=$(for h in pub priv dst; do nsx "$h" cat /proc/sys/net/ipv4/tcp_timestamps; done | tr '\n' ' ')
out=$(mktemp /tmp/natlab-test.XXXXXX.json)
trap '"$natlab" down >/dev/null 2>&1 || true; rm -f "$out"' EXIT
rc=0
timeout 150 "$natdoctor" diagnose --json \
    --public "$NATLAB_USER@$PUB_ADDR" --private "$NATLAB_USER@$PRIV_ADDR" \
    --remote "$NATLAB_USER@$DST_ADDR" --dest "$DST_ADDR:$HTTP_PORT" \
    --trigger http --path /bytes/65536 --attempts 3 \
    --known-hosts "$NATLAB_STATE/known_hosts" --identity "$NATLAB_STATE/id_ed25519" >"$out" || rc=$?
echo "natdoctor diagnose exit status $rc"
check "diagnose exits 1 (a problem was found)" [ "$rc" = 1 ]
ids=$(/usr/bin/python3 -c 'import json, sys; print(" ".join(f["id"] for f in json.load(open(sys.argv[1]))["findings"]))' "$out" 2>&1) || true
echo "findings: $ids"
check "finding tcp-fragments-from-destination" grep -qw tcp-fragments-from-destination <<<"$ids"
check "finding tw-recycle-absent (kernel >= 4.12)" grep -qw tw-recycle-absent <<<"$ids"

sleep 1
left=""
for h in pub priv dst; do
    for p in $(ip netns pids "${NATLAB_PREFIX}$h"); do
        c=$(tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null || true)
        case "$c" in *tcpdump*|*curl*|*sleep*) left="$left [$h] $c;" ;; esac
    done
done
[ -z "$left" ] || echo "still running:$left"
check "no capture, curl or timer left running on the hosts" [ -z "$left" ]
after=$(for h in pub priv dst; do nsx "$h" cat /proc/sys/net/ipv4/tcp_timestamps; done | tr '\n' ' ')
check "tcp_timestamps unchanged on pub, priv, dst ($after)" [ "$before" = "$after" ]
finish
