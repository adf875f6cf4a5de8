#!/usr/bin/env bash
# Scenario setup "port-forward": a "public" host that is really behind the NAT. nat
# forwards its public address's port 2222 to priv's sshd (DNAT, and masquerade toward
# priv so the replies come back through nat); priv accepts ssh from nat's private
# address; known_hosts gets [198.18.2.2]:2222 with priv's host key. natdoctor is then
# given --public natlab@198.18.2.2:2222: its captures run on priv, whose traffic to dst
# leaves through the NAT.   port-forward.sh on|off
. "$(dirname "$0")/../../lib/scenarios.sh"
kh=$NATLAB_STATE/known_hosts
scen_nft_drop nat ip scen_forward
handles=$(scen_nsx priv nft -a list chain inet natlab input 2>/dev/null |
    sed -n 's/.*comment "scen-forward".*# handle \([0-9]*\)$/\1/p')
for h in $handles; do scen_nsx priv nft delete rule inet natlab input handle "$h"; done
sed -i "/^\[$NAT_PUB_ADDR\]:$SCEN_FORWARD_PORT /d" "$kh"
case "${1:-}" in
on)
    scen_nsx nat nft -f - <<EOF2
table ip scen_forward {
    chain prerouting {
        type nat hook prerouting priority dstnat; policy accept;
        iifname "eth1" ip daddr $NAT_PUB_ADDR tcp dport $SCEN_FORWARD_PORT counter dnat to $PRIV_ADDR:$SSH_PORT
    }
    chain postrouting {
        type nat hook postrouting priority srcnat; policy accept;
        oifname "eth0" ip daddr $PRIV_ADDR tcp dport $SSH_PORT ct status dnat counter masquerade
    }
}
EOF2
    scen_nsx priv nft insert rule inet natlab input ip saddr "$NAT_PRIV_ADDR" tcp dport "$SSH_PORT" \
        counter accept comment '"scen-forward"'
    echo "[$NAT_PUB_ADDR]:$SCEN_FORWARD_PORT $(cut -d' ' -f1,2 "$NATLAB_STATE/priv/ssh_host_ed25519_key.pub")" >>"$kh"
    ;;
off) ;;
*) scen_die "usage: port-forward.sh on|off" ;;
esac
