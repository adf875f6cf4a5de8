#!/usr/bin/env bash
# Scenario setup "ts-drop": the tcp_tw_recycle symptom, made at dst with nftables (the
# option itself is gone since Linux 4.12): SYNs from the NAT's public address that carry
# the TCP timestamp option are dropped for 3 connections in 4 (chosen by a hash of the
# source port, so a connection's retransmitted SYNs share its fate, as with PAWS, where
# the SYN's timestamp stays behind the one dst remembers for that address). SYNs
# without timestamps (tcp_timestamps=0 on the client) all pass.   ts-drop.sh on|off
. "$(dirname "$0")/../../lib/scenarios.sh"
scen_nft_drop dst inet scen_ts_drop
case "${1:-}" in
on)
    scen_nsx dst nft -f - <<EOF2
table inet scen_ts_drop {
    chain input {
        type filter hook input priority filter - 1; policy accept;
        ip saddr $NAT_PUB_ADDR tcp flags & (syn | ack) == syn tcp option timestamp exists jhash tcp sport mod 4 seed 0x7a3 != 0 counter drop comment "PAWS-like"
    }
}
EOF2
    ;;
off) ;;
*) scen_die "usage: ts-drop.sh on|off" ;;
esac
