#!/usr/bin/env bash
# Scenario setup "pmtud": dst does path MTU discovery (net.ipv4.ip_no_pmtu_disc=0, the
# kernel default): its TCP packets carry DF, rtr answers the 1500-byte ones with ICMP
# "fragmentation needed" (MTU 1000) instead of fragmenting them, and dst sends smaller
# segments. Nothing from dst arrives fragmented. The web server is restarted: its
# sockets keep the setting they were made with.   pmtud.sh on|off
. "$(dirname "$0")/../../lib/scenarios.sh"
case "${1:-}" in
on) value=0 ;;
off) value=1 ;; # natlab up's value
*) scen_die "usage: pmtud.sh on|off" ;;
esac
scen_nsx dst sysctl -q -w "net.ipv4.ip_no_pmtu_disc=$value" >/dev/null
scen_nsx dst ip route flush cache
scen_restart_httpd
