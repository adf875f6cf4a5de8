#!/usr/bin/env bash
# Regenerates the recorded data in this directory from the namespace lab
# (tests/lab/natlab). Needs root. Every file it writes has a line in README.md
# saying how it was made; this script is the exact recipe.
#
#   tests/data/record.sh [--only base|scenarios] [OUTDIR]     (default: this directory)
#
# "base" records the files of README.md's "Captures" and "Command outputs";
# "scenarios" those of "Scenario recordings" (with the scenario setups of
# tests/lab/scenarios/setup/ switched on and off); both by default. It takes the
# lab lock, brings the lab up (gateway mode, MTU 1000), records, and always
# brings it down.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
only=
if [ "${1:-}" = --only ]; then
    case "${2:-}" in
    base | scenarios) only=$2 ;;
    *) echo "usage: record.sh [--only base|scenarios] [OUTDIR]" >&2; exit 2 ;;
    esac
    shift 2
fi
out="$(cd "${1:-$here}" && pwd)"
natlab="$here/../lab/natlab"
setup="$here/../lab/scenarios/setup"
# shellcheck source=../lab/lib/topology.sh
. "$here/../lab/lib/topology.sh"

[ "$(id -u)" -eq 0 ] || { echo "record.sh: must run as root" >&2; exit 1; }
exec 9>/run/lock/natlab-tests.lock
flock -w 600 9 || { echo "record.sh: the lab lock is held" >&2; exit 1; }

tmp=$(mktemp -d /tmp/natlab-record.XXXXXX)
cap_pid=
tun_pid=
cleanup() {
    [ -z "$cap_pid" ] || kill -INT "$cap_pid" 2>/dev/null || true
    [ -z "$tun_pid" ] || kill "$tun_pid" 2>/dev/null || true
    "$natlab" down >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

say() { echo "record.sh: $*" >&2; }
nsx() { local h=$1; shift; ip netns exec "${NATLAB_PREFIX}$h" "$@"; }
ssh_pub() { ssh -F "$NATLAB_STATE/ssh_config" natlab-pub "$@"; }

# The capture filter natdoctor used when the base files were recorded: trailing
# fragments carry no TCP header.
FILTER="host $DST_ADDR and (tcp port $HTTP_PORT or ip[6:2] & 0x1fff != 0 or icmp)"
# natdoctor's capture filter now (docs/design.md section 3: routers' ICMP "fragmentation
# needed" from any source), for the scenario recordings.
filter() { echo "(host $DST_ADDR and (tcp port $1 or ip[6:2] & 0x1fff != 0)) or (icmp[0] = 3 and icmp[1] = 4)"; }
LARGE=http://$DST_ADDR:$HTTP_PORT/bytes/65536
SMALL=http://$DST_ADDR:$HTTP_PORT/bytes/100

# cap_start HOST FILE TOOL-ARGS...: start tcpdump (or dumpcap if TOOL-ARGS start with
# "dumpcap") in HOST's namespace and wait until it is capturing.
cap_start() {
    local h=$1 f=$2; shift 2
    : >"$tmp/cap.err"
    if [ "$1" = dumpcap ]; then
        shift
        ip netns exec "${NATLAB_PREFIX}$h" dumpcap -q -s 256 -w "$f" "$@" 2>"$tmp/cap.err" &
    else
        ip netns exec "${NATLAB_PREFIX}$h" tcpdump --immediate-mode -Z root -s 256 -U -w "$f" "$@" 2>"$tmp/cap.err" &
    fi
    cap_pid=$!
    local i
    for i in $(seq 1 50); do
        grep -q -e 'listening on' -e 'Capturing on' "$tmp/cap.err" && return 0
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
    say "$(basename "$1"): $(tshark -r "$1" 2>/dev/null | wc -l) packets"
}

# run_record BASE HOST CMD...: CMD's stdout, stderr and exit status in
# BASE.stdout.txt, BASE.stderr.txt and BASE.exit.txt.
run_record() {
    local base=$1 h=$2 rc=0; shift 2
    LC_ALL=C nsx "$h" "$@" >"$out/$base.stdout.txt" 2>"$out/$base.stderr.txt" || rc=$?
    echo "$rc" >"$out/$base.exit.txt"
}

# The curl command of natdoctor's connection probe (core/probes/ConnectionProbe.cpp).
CURL_W='http_code=%{http_code} bytes=%{size_download} connect_s=%{time_connect} total_s=%{time_total}'

# probe_loop N URL: the connection probe's script, as natdoctor sends it.
probe_loop() {
    cat <<EOF
LC_ALL=C; export LC_ALL
i=0
while [ "\$i" -lt $1 ]; do
  i=\$((i + 1))
  out=\$(curl -s -o /dev/null --connect-timeout 3 --max-time 5 -w '$CURL_W' '$2')
  printf 'attempt=%d exit=%d %s\n' "\$i" "\$?" "\$out"
  sleep 0.20
done
EOF
}

# The kernel probe's script (core/probes/KernelProbe.cpp).
kernel_probe() {
    local n
    echo "LC_ALL=C; export LC_ALL"
    echo "echo '@@ uname -r'; uname -r; echo \"@@ status \$?\""
    for n in tcp_tw_recycle tcp_timestamps tcp_tw_reuse ip_no_pmtu_disc; do
        echo "echo '@@ $n'; cat /proc/sys/net/ipv4/$n 2>&1; echo \"@@ status \$?\""
    done
    echo "echo '@@ netstat'; cat /proc/net/netstat 2>&1; echo \"@@ status \$?\""
}

record_base() {
    say "captures on pub during a large response (gateway mode)"
    cap_start pub "$out/pub-any-gateway-large.pcap" -i any "$FILTER"
    nsx pub curl -s -o /dev/null "$LARGE"
    cap_stop "$out/pub-any-gateway-large.pcap"

    cap_start pub "$out/pub-eth-gateway-large.pcap" -i eth0 "$FILTER"
    nsx pub curl -s -o /dev/null "$LARGE"
    cap_stop "$out/pub-eth-gateway-large.pcap"

    cap_start pub "$out/pub-any-sll1-gateway-large.pcap" -i any -y LINUX_SLL "$FILTER"
    nsx pub curl -s -o /dev/null "$LARGE"
    cap_stop "$out/pub-any-sll1-gateway-large.pcap"

    cap_start pub "$out/pub-eth-gateway-large.pcapng" dumpcap -i eth0 -f "$FILTER"
    nsx pub curl -s -o /dev/null "$LARGE"
    cap_stop "$out/pub-eth-gateway-large.pcapng"

    say "captures on priv: gateway (stall) and instance (success)"
    cap_start priv "$out/priv-eth-gateway-large.pcap" -i eth0 "$FILTER"
    nsx priv curl -s -o /dev/null --max-time 5 "$LARGE" || true
    cap_stop "$out/priv-eth-gateway-large.pcap"

    cap_start priv "$out/priv-eth-gateway-small.pcap" -i eth0 "$FILTER"
    nsx priv curl -s -o /dev/null --max-time 5 "$SMALL"
    cap_stop "$out/priv-eth-gateway-small.pcap"

    "$natlab" mode instance >/dev/null 2>&1 9>&-
    cap_start priv "$out/priv-eth-instance-large.pcap" -i eth0 "$FILTER"
    nsx priv curl -s -o /dev/null --max-time 5 "$LARGE"
    cap_stop "$out/priv-eth-instance-large.pcap"
    "$natlab" mode gateway >/dev/null 2>&1 9>&-

    say "closed port (RST) and black-holed port (unanswered SYNs), from pub"
    cap_start pub "$out/pub-eth-closed-port.pcap" -i eth0 "host $DST_ADDR and tcp port $CLOSED_PORT"
    for _ in 1 2 3; do nsx pub curl -s -o /dev/null "http://$DST_ADDR:$CLOSED_PORT/" || true; done
    cap_stop "$out/pub-eth-closed-port.pcap"

    cap_start pub "$out/pub-eth-blackhole-port.pcap" -i eth0 "host $DST_ADDR and tcp port $BLACKHOLE_PORT"
    nsx pub curl -s -o /dev/null --connect-timeout 4 "http://$DST_ADDR:$BLACKHOLE_PORT/" || true
    cap_stop "$out/pub-eth-blackhole-port.pcap"

    say "ICMP fragmentation needed from rtr, on dst"
    cap_start dst "$out/dst-eth-icmp-frag-needed.pcap" -i eth0 icmp
    run_record ping-frag-needed dst ping -n -M do -c 3 -i 0.5 -s 1400 "$PUB_ADDR"
    # dst (ip_no_pmtu_disc=1) ignored the MTU and cached the minimum (552): forget it.
    nsx dst ip route flush cache
    cap_stop "$out/dst-eth-icmp-frag-needed.pcap"

    say "IPv6: fragments on pub, Packet Too Big on dst"
    cap_start pub "$out/pub-eth-ipv6-fragments.pcap" -i eth0 "ip6 and host $DST_ADDR6"
    pub_cap=$cap_pid
    cap_start dst "$out/dst-eth-icmpv6-packet-too-big.pcap" -i eth0 "icmp6 and not (ip6[40] = 135 or ip6[40] = 136)"
    nsx dst ping -n -6 -c 4 -i 0.3 -s 3000 "$PUB_ADDR6" >/dev/null || true
    cap_stop "$out/dst-eth-icmpv6-packet-too-big.pcap"
    cap_pid=$pub_cap
    cap_stop "$out/pub-eth-ipv6-fragments.pcap"

    say "raw IP (LINKTYPE_RAW): a TUN wire between pub and dst"
    ip netns exec "${NATLAB_PREFIX}pub" /usr/bin/python3 "$here/../lab/tunwire.py" \
        "${NATLAB_PREFIX}pub" tun0 "${NATLAB_PREFIX}dst" tun0 >"$tmp/tun.log" 2>&1 &
    tun_pid=$!
    for _ in $(seq 1 50); do grep -q ready "$tmp/tun.log" && break; sleep 0.1; done
    nsx pub ip addr add 198.18.4.1 peer 198.18.4.2 dev tun0
    nsx pub ip link set tun0 up
    nsx dst ip addr add 198.18.4.2 peer 198.18.4.1 dev tun0
    nsx dst ip link set tun0 up
    cap_start pub "$out/pub-tun-raw.pcap" -i tun0 "host 198.18.4.2"
    nsx pub curl -s -o /dev/null "http://198.18.4.2:$HTTP_PORT/bytes/20000"
    nsx pub ping -n -c 2 -i 0.2 -s 3000 198.18.4.2 >/dev/null
    cap_stop "$out/pub-tun-raw.pcap"
    kill "$tun_pid"; wait "$tun_pid" 2>/dev/null || true; tun_pid=

    say "curl outputs from priv (gateway mode)"
    for c in "success|$SMALL" "stalled|$LARGE" \
        "connect-timeout|http://$DST_ADDR:$BLACKHOLE_PORT/" "refused|http://$DST_ADDR:$CLOSED_PORT/"; do
        name=${c%%|*} url=${c#*|}
        run_record "curl-$name" priv curl -sS -o /dev/null --connect-timeout 3 --max-time 5 -w "$CURL_W" "$url"
        probe_loop 2 "$url" >"$tmp/probe.sh"
        nsx priv sh "$tmp/probe.sh" >"$out/connection-probe-$name.txt"
    done

    say "kernel outputs"
    nsx dst uname -r >"$out/uname-r.txt"
    nsx dst sh -c 'cat /proc/sys/net/ipv4/tcp_timestamps /proc/sys/net/ipv4/tcp_tw_reuse /proc/sys/net/ipv4/ip_no_pmtu_disc' >"$out/proc-sys-ipv4-dst.txt"
    nsx priv sh -c 'cat /proc/sys/net/ipv4/tcp_timestamps /proc/sys/net/ipv4/tcp_tw_reuse /proc/sys/net/ipv4/ip_no_pmtu_disc' >"$out/proc-sys-ipv4-priv.txt"
    run_record cat-tcp_tw_recycle dst cat /proc/sys/net/ipv4/tcp_tw_recycle
    run_record sysctl-tcp_tw_recycle dst sysctl net.ipv4.tcp_tw_recycle
    nsx dst cat /proc/net/netstat >"$out/proc-net-netstat-dst.txt"
    nsx priv cat /proc/net/netstat >"$out/proc-net-netstat-priv.txt"
    kernel_probe >"$tmp/kernel.sh"
    nsx dst sh "$tmp/kernel.sh" >"$out/kernel-probe-dst.txt"
    chmod 0644 "$out"/*.pcap "$out"/*.pcapng
}

record_scenarios() {
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
    chmod 0644 "$out"/*.pcap
}

"$natlab" down >/dev/null 2>&1 || true
NATLAB_QUIET=1 "$natlab" up --mode gateway --mtu 1000 9>&- # the lab's daemons must not hold the lock
[ "$only" = scenarios ] || record_base
[ "$only" = base ] || record_scenarios
say "done; files in $out"
