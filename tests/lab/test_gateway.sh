#!/usr/bin/env bash
# Lab test, gateway mode (a cloud NAT gateway): from priv a small response
# succeeds and a large one stalls after the handshake; UDP fragments still pass;
# a capture on pub shows fragments from dst and natdoctor analyze says so.
#   test_gateway.sh [NATDOCTOR_BINARY]
. "$(dirname "$0")/lib/testlib.sh"
. "$(dirname "$0")/lib/udp.sh"
natdoctor=${1:-}

lab_up --mode gateway
check "natlab mode says gateway" [ "$("$natlab" mode)" = gateway ]

r=$(fetch priv "$SMALL_URL"); echo "priv small: $r"
check "priv: small response succeeds" all [ "$(field rc "$r")" = 0 ] --and [ "$(field bytes "$r")" = 100 ]

r=$(fetch priv "$LARGE_URL" 5); echo "priv large: $r"
check "priv: large response times out (curl exit 28)" [ "$(field rc "$r")" = 28 ]
check "priv: ... after the handshake completed" connected "$r"
check "priv: ... with the body not received" [ "$(field bytes "$r")" != 65536 ]
drops=$(nsx nat nft list table ip natlab_gateway | sed -n 's/.*counter packets \([0-9]*\).*/\1/p')
check "nat: the fragment rule dropped packets ($drops)" [ "${drops:-0}" -gt 0 ]

check "priv: ping -s 3000 fails (ICMP fragments dropped)" \
    bash -c "! ip netns exec ${NATLAB_PREFIX}priv ping -n -c 2 -W 2 -s 3000 $DST_ADDR >/dev/null"
udp_echo_start
u=$(udp_roundtrip priv 3000); echo "priv udp 3000: $u"
check "priv: a 3000-byte UDP reply arrives (UDP fragments pass)" [ "$u" = 3000 ]

# The check the procedure prescribes: from pub (not behind the NAT), capture a large response.
pcap=$(mktemp /tmp/natlab-test.XXXXXX.pcap)
err=$(mktemp /tmp/natlab-test.XXXXXX.err)
trap '"$natlab" down >/dev/null 2>&1 || true; rm -f "$pcap" "$err"' EXIT
filter="host $DST_ADDR and (tcp port $HTTP_PORT or ip[6:2] & 0x1fff != 0 or icmp)"
ip netns exec "${NATLAB_PREFIX}pub" tcpdump --immediate-mode -Z root -s 256 -U -i eth0 -w "$pcap" "$filter" 2>"$err" &
cap=$!
for _ in $(seq 1 50); do grep -q 'listening on' "$err" && break; sleep 0.1; done
r=$(fetch pub "$LARGE_URL"); echo "pub large: $r"
sleep 0.5; kill -INT "$cap"; wait "$cap" || true
check "pub: large response succeeds (not behind the NAT)" [ "$(field bytes "$r")" = 65536 ]
frags=$(tshark -r "$pcap" -Y "ip.src == $DST_ADDR && (ip.flags.mf == 1 || ip.frag_offset > 0)" 2>/dev/null | wc -l)
check "pub capture: tshark sees IPv4 fragments from dst ($frags)" [ "$frags" -gt 0 ]

if [ -n "$natdoctor" ]; then
    json=$("$natdoctor" analyze "$pcap" --json) || true
    echo "natdoctor analyze: ${json:0:300}..."
    check "natdoctor analyze reports tcp-fragments-from-destination with fragments.packets > 0" \
        /usr/bin/python3 -c '
import json, sys
d = json.loads(sys.argv[1])
ids = [f["id"] for f in d["findings"]]
sys.exit(0 if "tcp-fragments-from-destination" in ids and d["fragments"]["packets"] > 0 else 1)
' "$json"
else
    echo "note: no natdoctor binary given, natdoctor analyze not checked"
fi
finish
