#!/usr/bin/env bash
# Lab test, instance mode (a NAT instance reassembles): small and large responses
# both succeed from priv; switching the mode at run time changes that.
. "$(dirname "$0")/lib/testlib.sh"

lab_up --mode instance
check "natlab mode says instance" [ "$("$natlab" mode)" = instance ]

r=$(fetch priv "$SMALL_URL"); echo "priv small: $r"
check "priv: small response succeeds" all [ "$(field rc "$r")" = 0 ] --and [ "$(field bytes "$r")" = 100 ]
r=$(fetch priv "$LARGE_URL"); echo "priv large: $r"
check "priv: 64 KiB response succeeds" all [ "$(field rc "$r")" = 0 ] --and [ "$(field bytes "$r")" = 65536 ]
r=$(fetch priv "http://$DST_ADDR:$HTTP_PORT/bytes/4000000" 20); echo "priv 4 MB: $r"
check "priv: 4 MB response succeeds" all [ "$(field rc "$r")" = 0 ] --and [ "$(field bytes "$r")" = 4000000 ]
check "priv: ping -s 3000 succeeds (ICMP reassembled)" quiet nsx priv ping -n -c 2 -W 2 -s 3000 "$DST_ADDR"

"$natlab" mode gateway
r=$(fetch priv "$LARGE_URL" 4); echo "priv large, gateway: $r"
check "after 'natlab mode gateway': large response stalls" all [ "$(field rc "$r")" = 28 ] --and connected "$r"
"$natlab" mode instance
r=$(fetch priv "$LARGE_URL"); echo "priv large, instance again: $r"
check "after 'natlab mode instance': large response succeeds again" [ "$(field bytes "$r")" = 65536 ]
check "status reports mode=instance" bash -c "'$natlab' status | grep -qx mode=instance"
finish
