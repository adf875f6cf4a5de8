#!/usr/bin/env bash
# Records lo-nflog.pcap (root): in a scratch network namespace, nftables logs
# TCP to/from ports 8080-8082 on loopback to NFLOG group 5 while tcpdump
# captures `-i nflog:5`; curl fetches 20 kB from python's http.server on 8080,
# tries the closed port 8081 and the dropped port 8082 (--connect-timeout 4).
# libpcap 1.10.3 hands over some records of a batched netlink message with
# their TLVs garbled (a TLV length of 0): kept as recorded, they are NFLOG
# records without an IP packet for tshark and natdoctor alike.
set -euo pipefail
out="${1:-lo-nflog.pcap}"
ns=ndnflog
work="$(mktemp -d)"
cleanup() { ip netns del "$ns" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
ip netns add "$ns"
ip netns exec "$ns" ip link set lo up
ip netns exec "$ns" nft -f - <<'NFT'
table inet ndlog {
  chain out {
    type filter hook output priority 0;
    tcp dport { 8080, 8081 } log group 5
    tcp sport { 8080, 8081 } log group 5
    tcp dport 8082 log group 5
  }
  chain in {
    type filter hook input priority 0;
    tcp dport 8082 drop
  }
}
NFT
head -c 20000 /dev/urandom >"$work/bytes20k"
(cd "$work" && ip netns exec "$ns" setsid python3 -m http.server 8080 --bind 127.0.0.1 >/dev/null 2>&1 </dev/null &)
sleep 2
ip netns exec "$ns" tcpdump --immediate-mode -U -s 256 -i nflog:5 -w "$out" &
td=$!
sleep 1
ip netns exec "$ns" curl -s -o /dev/null http://127.0.0.1:8080/bytes20k || true
ip netns exec "$ns" curl -s -o /dev/null http://127.0.0.1:8081/ || true
ip netns exec "$ns" curl -s -o /dev/null --connect-timeout 4 http://127.0.0.1:8082/ || true
sleep 0.5
kill -INT "$td"
wait "$td" || true
ip netns pids "$ns" | xargs -r kill
