# natlab: building the lab. Sourced by tests/lab/natlab.
# shellcheck shell=bash

# inns NS CMD...: run CMD in the lab namespace NS (priv, nat, pub, rtr, dst).
inns() { local n=$1; shift; ip netns exec "${NATLAB_PREFIX}$n" "$@"; }

# veth HOST_A IF_A HOST_B IF_B: a veth pair between two lab namespaces, MTU 1500 on both
# ends (veth drops frames larger than the receiving end's MTU, so never mix MTUs on a pair).
veth() {
    ip -n "${NATLAB_PREFIX}$1" link add "$2" mtu 1500 type veth \
        peer name "$4" mtu 1500 netns "${NATLAB_PREFIX}$3"
    ip -n "${NATLAB_PREFIX}$1" link set "$2" up
    ip -n "${NATLAB_PREFIX}$3" link set "$4" up
}

sysctl_in() { inns "$1" sysctl -q -w "$2" >/dev/null; }

build_namespaces() {
    local h
    for h in $NATLAB_HOSTS; do
        ip netns add "${NATLAB_PREFIX}$h"
        ip -n "${NATLAB_PREFIX}$h" link set lo up
    done
}

build_links() {
    local mtu=$1 mtu6=$(( $1 < 1280 ? 1280 : $1 ))
    # The public subnet is a bridge in rtr: pub and nat's public side share it.
    ip -n "${NATLAB_PREFIX}rtr" link add br0 mtu 1500 type bridge
    ip -n "${NATLAB_PREFIX}rtr" link set br0 up
    veth priv eth0 nat eth0          # private subnet
    veth pub eth0 rtr pub0           # public subnet
    veth nat eth1 rtr nat0           # public subnet
    veth rtr dst0 dst eth0           # destination network
    ip -n "${NATLAB_PREFIX}rtr" link set pub0 master br0
    ip -n "${NATLAB_PREFIX}rtr" link set nat0 master br0
    # laptop link: the root namespace reaches pub and dst (never priv) through rtr.
    ip link add "$NATLAB_LAPTOP_IF" mtu 1500 type veth peer name lap0 mtu 1500 netns "${NATLAB_PREFIX}rtr"
    ip link set "$NATLAB_LAPTOP_IF" up
    ip -n "${NATLAB_PREFIX}rtr" link set lap0 up
    # No IPv6 on the root namespace's end: natlab adds nothing there but the IPv4 link.
    sysctl -q -w "net.ipv6.conf.$NATLAB_LAPTOP_IF.disable_ipv6=1" >/dev/null 2>&1 || true

    ip -n "${NATLAB_PREFIX}priv" addr add "$PRIV_ADDR/24" dev eth0
    ip -n "${NATLAB_PREFIX}priv" route add default via "$NAT_PRIV_ADDR"

    ip -n "${NATLAB_PREFIX}nat" addr add "$NAT_PRIV_ADDR/24" dev eth0
    ip -n "${NATLAB_PREFIX}nat" addr add "$NAT_PUB_ADDR/24" dev eth1
    ip -n "${NATLAB_PREFIX}nat" route add default via "$RTR_PUB_ADDR"

    ip -n "${NATLAB_PREFIX}pub" addr add "$PUB_ADDR/24" dev eth0
    ip -n "${NATLAB_PREFIX}pub" addr add "$PUB_ADDR6/64" dev eth0 nodad
    ip -n "${NATLAB_PREFIX}pub" route add default via "$RTR_PUB_ADDR"
    ip -n "${NATLAB_PREFIX}pub" -6 route add default via "$RTR_PUB_ADDR6"
    # Inside the "VPC" the private subnet is reached through nat, as the VPC router would.
    ip -n "${NATLAB_PREFIX}pub" route add "$PRIV_NET" via "$NAT_PUB_ADDR"

    # rtr: the smaller MTU is on its route toward the public subnet, so rtr fragments
    # what it forwards there while every host keeps a 1500 interface and advertises
    # MSS 1460 (a bottleneck on a host's own interface would only shrink its MSS).
    ip -n "${NATLAB_PREFIX}rtr" addr add "$RTR_LAPTOP_ADDR/24" dev lap0
    ip -n "${NATLAB_PREFIX}rtr" addr add "$RTR_PUB_ADDR/24" dev br0 noprefixroute
    ip -n "${NATLAB_PREFIX}rtr" route add "$PUB_NET" dev br0 proto static scope link \
        src "$RTR_PUB_ADDR" mtu lock "$mtu"
    ip -n "${NATLAB_PREFIX}rtr" addr add "$RTR_PUB_ADDR6/64" dev br0 nodad noprefixroute
    ip -n "${NATLAB_PREFIX}rtr" -6 route add "$PUB_NET6" dev br0 proto static mtu lock "$mtu6"
    ip -n "${NATLAB_PREFIX}rtr" addr add "$RTR_DST_ADDR/24" dev dst0
    ip -n "${NATLAB_PREFIX}rtr" addr add "$RTR_DST_ADDR6/64" dev dst0 nodad

    ip -n "${NATLAB_PREFIX}dst" addr add "$DST_ADDR/24" dev eth0
    ip -n "${NATLAB_PREFIX}dst" addr add "$DST_ADDR6/64" dev eth0 nodad
    ip -n "${NATLAB_PREFIX}dst" route add default via "$RTR_DST_ADDR"
    ip -n "${NATLAB_PREFIX}dst" -6 route add default via "$RTR_DST_ADDR6"

    # the root namespace: only the public subnet and the destination network, and
    # nothing else of 198.18.0.0/15 may leave through its default route.
    ip route add unreachable "$NATLAB_RANGE"
    ip addr add "$LAPTOP_ADDR/24" dev "$NATLAB_LAPTOP_IF"
    ip route add "$PUB_NET" via "$RTR_LAPTOP_ADDR" dev "$NATLAB_LAPTOP_IF"
    ip route add "$DST_NET" via "$RTR_LAPTOP_ADDR" dev "$NATLAB_LAPTOP_IF"
}

build_sysctls() {
    sysctl_in nat net.ipv4.ip_forward=1
    sysctl_in rtr net.ipv4.ip_forward=1
    sysctl_in rtr net.ipv6.conf.all.forwarding=1
    # Bridged frames must not go through rtr's netfilter hooks (br_netfilter is per netns).
    if inns rtr test -e /proc/sys/net/bridge/bridge-nf-call-iptables; then
        sysctl_in rtr net.bridge.bridge-nf-call-iptables=0
        sysctl_in rtr net.bridge.bridge-nf-call-ip6tables=0
    fi
    # dst sends TCP without DF, so routers fragment its large segments.
    sysctl_in dst net.ipv4.ip_no_pmtu_disc=1
    # nat gets no IPv6 (the lab's NAT is IPv4, like a NAT gateway).
    sysctl_in nat net.ipv6.conf.all.disable_ipv6=1
    sysctl_in priv net.ipv6.conf.all.disable_ipv6=1
}

build_nftables() {
    inns nat nft -f - <<EOF
table ip natlab {
    chain postrouting {
        type nat hook postrouting priority srcnat; policy accept;
        oifname "eth1" ip saddr $PRIV_NET ip daddr != $PUB_NET counter masquerade
    }
}
EOF
    # priv accepts ssh only from pub, the jump host (as a VPC security group would).
    inns priv nft -f - <<EOF
table inet natlab {
    chain input {
        type filter hook input priority filter; policy accept;
        tcp dport $SSH_PORT ip saddr != $PUB_ADDR counter drop
    }
}
EOF
    # dst: the black-holed port drops SYNs; the closed port has no listener (RST).
    inns dst nft -f - <<EOF
table inet natlab {
    chain input {
        type filter hook input priority filter; policy accept;
        tcp dport $BLACKHOLE_PORT counter drop
    }
}
EOF
}

# set_nat_mode gateway|instance: gateway drops TCP and ICMP IP fragments before
# conntrack's defragmentation (priority -400), like a cloud NAT gateway; UDP
# fragments pass. instance lets Linux reassemble, like a NAT instance.
set_nat_mode() {
    if inns nat nft list table ip natlab_gateway >/dev/null 2>&1; then
        inns nat nft delete table ip natlab_gateway
    fi
    if [ "$1" = gateway ]; then
        inns nat nft -f - <<'EOF'
table ip natlab_gateway {
    chain fragments {
        type filter hook prerouting priority -500; policy accept;
        ip frag-off & 0x3fff != 0 ip protocol { tcp, icmp } counter drop comment "NAT gateway: no TCP/ICMP fragments"
    }
}
EOF
    fi
    echo "$1" >"$NATLAB_STATE/mode"
}

build_user_and_keys() {
    local s=$NATLAB_STATE h
    if getent passwd "$NATLAB_USER" >/dev/null; then
        [ "$(getent passwd "$NATLAB_USER" | cut -d: -f5)" = "$NATLAB_USER_GECOS" ] ||
            die "a user '$NATLAB_USER' exists and was not made by natlab; not touching it"
    else
        useradd --system --no-create-home --home-dir "$s/home" --shell /bin/bash \
            --comment "$NATLAB_USER_GECOS" "$NATLAB_USER"
    fi
    usermod -p '*' "$NATLAB_USER"       # no password, but not "locked" for sshd
    install -d -m 0755 -o "$NATLAB_USER" "$s/home"
    printf '%s ALL=(ALL:ALL) NOPASSWD: ALL\n' "$NATLAB_USER" >"$s/sudoers"
    visudo -cqf "$s/sudoers"
    install -m 0440 "$s/sudoers" "$NATLAB_SUDOERS"

    ssh-keygen -q -t ed25519 -N '' -C "natlab user key" -f "$s/id_ed25519"
    install -m 0644 "$s/id_ed25519.pub" "$s/authorized_keys"
    # Run through sudo: the invoking user may use the key too.
    if [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
        chown "$SUDO_USER" "$s/id_ed25519" "$s/id_ed25519.pub"
    fi
    : >"$s/known_hosts"
    for h in pub priv dst; do
        install -d -m 0755 "$s/$h"
        ssh-keygen -q -t ed25519 -N '' -C "natlab-$h host key" -f "$s/$h/ssh_host_ed25519_key"
    done
    printf 'natlab-pub,%s,%s %s\n' "$PUB_ADDR" "$PUB_ADDR6" "$(cut -d' ' -f1,2 "$s/pub/ssh_host_ed25519_key.pub")" >>"$s/known_hosts"
    printf 'natlab-priv,%s %s\n' "$PRIV_ADDR" "$(cut -d' ' -f1,2 "$s/priv/ssh_host_ed25519_key.pub")" >>"$s/known_hosts"
    printf 'natlab-dst,%s,%s %s\n' "$DST_ADDR" "$DST_ADDR6" "$(cut -d' ' -f1,2 "$s/dst/ssh_host_ed25519_key.pub")" >>"$s/known_hosts"
    chmod 0644 "$s/known_hosts"

    cat >"$s/ssh_config" <<EOF
Host natlab-pub
    HostName $PUB_ADDR
Host natlab-priv
    HostName $PRIV_ADDR
    ProxyJump natlab-pub
Host natlab-dst
    HostName $DST_ADDR
Host natlab-pub natlab-priv natlab-dst
    Port $SSH_PORT
    User $NATLAB_USER
    IdentityFile $s/id_ed25519
    IdentitiesOnly yes
    UserKnownHostsFile $s/known_hosts
    GlobalKnownHostsFile /dev/null
    StrictHostKeyChecking yes
    CheckHostIP no
    BatchMode yes
    ConnectTimeout 10
EOF
    chmod 0644 "$s/ssh_config"
}

# start_sshd HOST ADDR...: an OpenSSH server on HOST's lab addresses only.
start_sshd() {
    local h=$1 a; shift
    local d=$NATLAB_STATE/$h
    {
        for a in "$@"; do echo "ListenAddress $a"; done
        cat <<EOF
Port $SSH_PORT
HostKey $d/ssh_host_ed25519_key
PidFile $d/sshd.pid
AuthorizedKeysFile $NATLAB_STATE/authorized_keys
AllowUsers $NATLAB_USER
PermitRootLogin no
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
AllowTcpForwarding yes
X11Forwarding no
PrintMotd no
Subsystem sftp internal-sftp
LogLevel VERBOSE
EOF
    } >"$d/sshd_config"
    inns "$h" /usr/sbin/sshd -t -f "$d/sshd_config"
    inns "$h" /usr/sbin/sshd -f "$d/sshd_config" -E "$d/sshd.log"
}

# listening HOST PORT: something listens on TCP PORT in HOST's namespace.
listening() { [ -n "$(inns "$1" ss -Hltn "sport = :$2" 2>/dev/null)" ]; }

# start_httpd: dst's web server (its sockets take dst's ip_no_pmtu_disc when it starts).
start_httpd() {
    install -d -m 0755 "$NATLAB_STATE/dst"
    inns dst setsid /usr/bin/python3 "$here/httpd.py" "$HTTP_PORT" --vhost "$VHOST_PORT" \
        --https "$HTTPS_PORT" --tls-dir "$NATLAB_STATE/dst/tls" </dev/null >>"$NATLAB_STATE/dst/httpd.log" 2>&1 &
    echo $! >"$NATLAB_STATE/dst/httpd.pid"
}

start_services() {
    [ -d /run/sshd ] || install -d -m 0755 /run/sshd      # sshd's privilege separation dir
    start_sshd pub "$PUB_ADDR" "$PUB_ADDR6"
    start_sshd priv "$PRIV_ADDR"
    start_sshd dst "$DST_ADDR" "$DST_ADDR6"
    start_httpd
    # wait until every service listens (at most 10 s)
    local i
    for i in $(seq 1 100); do
        if listening dst "$HTTP_PORT" && listening dst "$VHOST_PORT" && listening dst "$HTTPS_PORT" &&
            listening dst "$SSH_PORT" &&
            listening pub "$SSH_PORT" && listening priv "$SSH_PORT"; then
            return 0
        fi
        sleep 0.1
    done
    die "services did not start (logs in $NATLAB_STATE/*/)"
}

build_lab() {
    local mode=$1 mtu=$2
    if ip route show | grep -Eq '(^|[[:space:]])198\.1[89]\.'; then
        die "the root namespace already routes 198.18.0.0/15; natlab will not touch it"
    fi
    install -d -m 0755 "$NATLAB_STATE"
    echo "$mtu" >"$NATLAB_STATE/mtu"
    build_namespaces
    build_sysctls
    build_links "$mtu"
    build_nftables
    set_nat_mode "$mode"
    build_user_and_keys
    start_services
}
