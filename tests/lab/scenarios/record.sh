#!/usr/bin/env bash
# Records, from the lab's scenario setups, the captures and outputs in tests/data/ that
# tests/data/README.md lists under "Scenario recordings". Needs root; takes the lab lock,
# brings the lab up (gateway mode, MTU 1000) and always brings it down.
#
#   tests/lab/scenarios/record.sh [OUTDIR]     (default: tests/data)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lab="$(cd "$here/.." && pwd)"
out="$(cd "${1:-$lab/../data}" && pwd)"
natlab="$lab/natlab"
setup="$here/setup"
# shellcheck source=../lib/topology.sh
. "$lab/lib/topology.sh"

[ "$(id -u)" -eq 0 ] || { echo "record.sh: must run as root" >&2; exit 1; }
exec 9>/run/lock/natlab-tests.lock
flock -w 600 9 || { echo "record.sh: the lab lock is held" >&2; exit 1; }

tmp=$(mktemp -d /tmp/natlab-scen-record.XXXXXX)
cap_pid=
cleanup() {
    [ -z "$cap_pid" ] || kill -INT "$cap_pid" 2>/dev/null || true
    "$natlab" down >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

say() { echo "record.sh: $*" >&2; }
nsx() { local h=$1; shift; ip netns exec "${NATLAB_PREFIX}$h" "$@"; }
ssh_pub() { ssh -F "$NATLAB_STATE/ssh_config" natlab-pub "$@"; }

# natdoctor's capture filter (docs/design.md §3: routers' ICMP "fragmentation needed" from any source)
filter() { echo "(host $DST_ADDR and (tcp port $1 or ip[6:2] & 0x1fff != 0)) or (icmp[0] = 3 and icmp[1] = 4)"; }

# cap_start HOST FILE TCPDUMP-ARGS...: tcpdump in HOST's namespace, once it listens.
cap_start() {
    local h=$1 f=$2 i; shift 2
    : >"$tmp/cap.err"
    ip netns exec "${NATLAB_PREFIX}$h" tcpdump --immediate-mode -Z root -s 256 -U -w "$f" "$@" 2>"$tmp/cap.err" &
    cap_pid=$!
    for i in $(seq 1 50); do
        grep -q 'listening on' "$tmp/cap.err" && return 0
        sleep 0.1
    done
    cat "$tmp/cap.err" >&2
    return 1
}
cap_stop() {
    sleep 0.5
    kill -INT "$cap_pid"
    wait "$cap_pid" || true
    cap_pid=
    say "$(basename "$1"): $(tcpdump -r "$1" 2>/dev/null | wc -l) packets"
}
# run_record BASE CMD...: CMD's stdout, stderr and exit status in BASE.{stdout,stderr,exit}.txt
run_record() {
    local base=$1 rc=0; shift
    LC_ALL=C "$@" >"$out/$base.stdout.txt" 2>"$out/$base.stderr.txt" || rc=$?
    echo "$rc" >"$out/$base.exit.txt"
}

"$natlab" down >/dev/null 2>&1 || true
NATLAB_QUIET=1 "$natlab" up --mode gateway --mtu 1000 9>&-    # the lab's daemons must not hold the lock

say "HTTPS with and without SNI, the virtual host with and without Host (from pub)"
cap_start pub "$out/pub-eth-https-sni-large.pcap" -i eth0 "$(filter "$HTTPS_PORT")"
nsx pub curl -sk -o /dev/null --resolve "$TLS_NAME:$HTTPS_PORT:$DST_ADDR" "https://$TLS_NAME/bytes/65536"
cap_stop "$out/pub-eth-https-sni-large.pcap"
cap_start pub "$out/pub-eth-https-no-sni.pcap" -i eth0 "$(filter "$HTTPS_PORT")"
nsx pub curl -sk -o /dev/null "https://$DST_ADDR/bytes/65536"
cap_stop "$out/pub-eth-https-no-sni.pcap"
cap_start pub "$out/pub-eth-vhost-host-large.pcap" -i eth0 "$(filter "$VHOST_PORT")"
nsx pub curl -s -o /dev/null --resolve "$VHOST_NAME:$VHOST_PORT:$DST_ADDR" "http://$VHOST_NAME:$VHOST_PORT/bytes/65536"
cap_stop "$out/pub-eth-vhost-host-large.pcap"
cap_start pub "$out/pub-eth-vhost-no-host.pcap" -i eth0 "$(filter "$VHOST_PORT")"
nsx pub curl -s -o /dev/null "http://$DST_ADDR:$VHOST_PORT/bytes/65536"
cap_stop "$out/pub-eth-vhost-no-host.pcap"

say "the echo service from pub and from priv (behind the NAT)"
run_record curl-echo-ip-pub nsx pub curl -sS -m 5 "http://$DST_ADDR/ip"
run_record curl-echo-ip-priv nsx priv curl -sS -m 5 "http://$DST_ADDR/ip"

say "names on pub (setup names): getent ahosts (AAAA first) and ahostsv4"
"$setup/names.sh" on 9>&-
run_record getent-ahosts-dual ssh_pub getent ahosts dual.natlab.test
run_record getent-ahostsv4-dual ssh_pub getent ahostsv4 dual.natlab.test
"$setup/names.sh" off 9>&-

say "a capture that starts 3 s late (setup late-tcpdump), the trigger 1.5 s after the start"
"$setup/late-tcpdump.sh" on 9>&-
ssh_pub sudo -n tcpdump -U --immediate-mode -n -i eth0 -s 256 -w - -- "'$(filter "$HTTP_PORT")'" \
    >"$out/pub-eth-late-start.pcap" 2>"$tmp/late.err" &
late=$!
sleep 1.5
nsx pub curl -s -o /dev/null "http://$DST_ADDR:$HTTP_PORT/bytes/65536"
sleep 3
nsx pub curl -s -o /dev/null "http://$DST_ADDR:$HTTP_PORT/bytes/100"
sleep 1
for p in $(ip netns pids "${NATLAB_PREFIX}pub"); do   # that tcpdump only, by process id
    case "$(tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null)" in
    *bin/tcpdump\ -U\ --immediate-mode*) kill -INT "$p" 2>/dev/null || true ;;
    esac
done
wait "$late" || true
say "pub-eth-late-start.pcap: $(tcpdump -r "$out/pub-eth-late-start.pcap" 2>/dev/null | wc -l) packets"
"$setup/late-tcpdump.sh" off 9>&-

say "dst does PMTUD (setup pmtud): DF, no fragments; then rtr clears DF (setup clear-df)"
"$setup/pmtud.sh" on 9>&-
cap_start pub "$out/pub-eth-pmtud-large.pcap" -i eth0 "$(filter "$HTTP_PORT")"
nsx pub curl -s -o /dev/null "http://$DST_ADDR:$HTTP_PORT/bytes/65536"
cap_stop "$out/pub-eth-pmtud-large.pcap"
"$setup/clear-df.sh" on 9>&-
cap_start pub "$out/pub-eth-router-cleared-df.pcap" -i eth0 "$(filter "$HTTP_PORT")"
nsx pub curl -s -o /dev/null "http://$DST_ADDR:$HTTP_PORT/bytes/65536"
cap_stop "$out/pub-eth-router-cleared-df.pcap"
"$setup/clear-df.sh" off 9>&-

say "PAWS-like drops at dst (setup ts-drop): SYNs from priv with and without timestamps"
"$setup/ts-drop.sh" on 9>&-
cap_start dst "$out/dst-eth-ts-drop-syns.pcap" -i eth0 "host $NAT_PUB_ADDR and tcp port $HTTP_PORT"
for _ in 1 2 3 4 5 6 7 8; do
    nsx priv curl -s -o /dev/null --connect-timeout 2 "http://$DST_ADDR:$HTTP_PORT/bytes/100" || true
done
ts=$(nsx priv cat /proc/sys/net/ipv4/tcp_timestamps)
nsx priv sysctl -q -w net.ipv4.tcp_timestamps=0
for _ in 1 2 3 4 5 6 7 8; do
    nsx priv curl -s -o /dev/null --connect-timeout 2 "http://$DST_ADDR:$HTTP_PORT/bytes/100" || true
done
nsx priv sysctl -q -w "net.ipv4.tcp_timestamps=$ts"
cap_stop "$out/dst-eth-ts-drop-syns.pcap"
"$setup/ts-drop.sh" off 9>&-
"$setup/pmtud.sh" off 9>&-
say "done"
