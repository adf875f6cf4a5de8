#!/usr/bin/env bash
# Scenario setup "clear-df": rtr (a router the destination does not own) clears DF on
# dst's unfragmented packets before it routes them (nft table ip scen_clear_df), then
# fragments them at its 1000-byte route MTU toward the public subnet. Used with
# "pmtud": dst itself sets DF and would never have its packets fragmented, yet the
# fragments arrive with dst's source address.   clear-df.sh on|off
. "$(dirname "$0")/../../lib/scenarios.sh"
scen_nft_drop rtr ip scen_clear_df
case "${1:-}" in
on)
    scen_nsx rtr nft -f - <<EOF2
table ip scen_clear_df {
    chain prerouting {
        type filter hook prerouting priority mangle; policy accept;
        ip saddr $DST_ADDR ip frag-off & 0xbfff == 0 ip frag-off set 0 counter comment "clear DF"
    }
}
EOF2
    scen_nsx dst ip route flush cache  # forget a path MTU learnt before
    ;;
off) ;;
*) scen_die "usage: clear-df.sh on|off" ;;
esac
