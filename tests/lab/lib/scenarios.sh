# natlab scenario setups: the changes a row of tests/lab/scenarios/matrix.tsv makes to a
# lab that is up (and undoes afterwards). Sourced by tests/lab/scenarios/setup/*.sh.
# Every change has a fixed name (an nft table scen_*, a file under $NATLAB_STATE/scen),
# so "off" works from any state and `natlab down` removes everything anyway.
# shellcheck shell=bash
set -euo pipefail

scen_lab_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=topology.sh
. "$scen_lab_dir/lib/topology.sh"

# shellcheck source=build.sh
here=$scen_lab_dir . "$scen_lab_dir/lib/build.sh"    # start_httpd (functions only)

SCEN_STATE=$NATLAB_STATE/scen
# nat's public address, forwarded to priv's sshd by the port-forward setup
SCEN_FORWARD_PORT=2222
# names pub resolves (its sshd's sessions see $SCEN_STATE/pub-hosts as /etc/hosts)
SCEN_DUAL_NAME=dual.natlab.test   # AAAA and A; getaddrinfo on pub returns the AAAA first

scen_die() { echo "scenario setup: $*" >&2; exit 1; }
scen_nsx() { local h=$1; shift; ip netns exec "${NATLAB_PREFIX}$h" "$@"; }

[ "$(id -u)" -eq 0 ] || scen_die "must run as root"
[ -f "$NATLAB_STATE/mode" ] || scen_die "the lab is not up"
install -d -m 0755 "$SCEN_STATE"

# scen_nft_drop HOST FAMILY TABLE: remove an nft table if it exists.
scen_nft_drop() {
    if scen_nsx "$1" nft list table "$2" "$3" >/dev/null 2>&1; then
        scen_nsx "$1" nft delete table "$2" "$3"
    fi
}

scen_listening() { [ -n "$(scen_nsx "$1" ss -Hltn "sport = :$2" 2>/dev/null)" ]; }

# scen_stop HOST PORT WHAT: stop HOST's processes whose command line contains WHAT
# (by process id); wait until HOST's PORT is free.
scen_stop() {
    local p i
    for p in $(ip netns pids "${NATLAB_PREFIX}$1" 2>/dev/null); do
        if tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null | grep -qF -- "$3"; then
            kill "$p" 2>/dev/null || true
        fi
    done
    for i in $(seq 1 50); do scen_listening "$1" "$2" || return 0; sleep 0.1; done
    scen_die "port $2 on $1 is still in use"
}

# scen_restart_httpd: dst's web server again (a listening socket keeps the
# ip_no_pmtu_disc it was made with, and accepted connections inherit it).
scen_restart_httpd() {
    local i p
    scen_stop dst "$HTTP_PORT" "$scen_lab_dir/httpd.py"
    here=$scen_lab_dir start_httpd
    for p in "$HTTP_PORT" "$VHOST_PORT" "$HTTPS_PORT"; do
        for i in $(seq 1 100); do scen_listening dst "$p" && break; sleep 0.1; done
        scen_listening dst "$p" || scen_die "dst's web server did not come back on $p"
    done
}

# scen_restart_pub_sshd [hosts] [late-tcpdump]: pub's sshd again, on the same addresses,
# port, host key and config, in a private mount namespace of its own where
#   hosts        $SCEN_STATE/pub-hosts is /etc/hosts and $SCEN_STATE/pub-gai.conf is
#                /etc/gai.conf (the lab's names; IPv6 before IPv4 for the dual name),
#   late-tcpdump $SCEN_STATE/pub-bin is /usr/local/bin (first in the sessions' PATH,
#                where `command -v tcpdump` looks) and /usr/local/sbin (first in sudo's
#                secure_path, for a plain `sudo tcpdump`), holding a tcpdump that sleeps
#                3 s before it runs the real one. (Not a bind mount over the real binary:
#                its AppArmor profile would then confine the shell script.)
# The sessions it starts (natdoctor's) inherit that view; nothing outside pub's
# sshd sees it. Without arguments: the plain sshd natlab up started.
scen_restart_pub_sshd() {
    local d=$NATLAB_STATE/pub want mounts="" i real
    for want in "$@"; do
        case "$want" in
        hosts)
            {
                grep -v -e 'natlab\.test' /etc/hosts
                echo "# natlab scenarios: names on pub"
                echo "$DST_ADDR $VHOST_NAME $TLS_NAME"
                echo "$DST_ADDR6 $SCEN_DUAL_NAME"
                echo "$DST_ADDR $SCEN_DUAL_NAME"
            } >"$SCEN_STATE/pub-hosts"
            # gai.conf(5): glibc's own default table (RFC 3484) already sorts the AAAA
            # first here; the file pins that whatever the machine's /etc/gai.conf says
            # (a "precedence" line replaces the whole table, hence all of it).
            cat >"$SCEN_STATE/pub-gai.conf" <<'EOF'
precedence  ::1/128       50
precedence  ::/0          40
precedence  2002::/16     30
precedence ::/96          20
precedence ::ffff:0:0/96  10
precedence 2001:2::/48    60
EOF
            chmod 0644 "$SCEN_STATE/pub-hosts" "$SCEN_STATE/pub-gai.conf"
            mounts="$mounts mount --bind $SCEN_STATE/pub-hosts /etc/hosts &&"
            mounts="$mounts mount --bind $SCEN_STATE/pub-gai.conf /etc/gai.conf &&"
            ;;
        late-tcpdump)
            real=$(PATH=/usr/sbin:/usr/bin:/sbin:/bin command -v tcpdump) || scen_die "tcpdump is not installed"
            install -d -m 0755 "$SCEN_STATE/pub-bin"
            cat >"$SCEN_STATE/pub-bin/tcpdump" <<EOF
#!/bin/sh
# natlab scenario "late-tcpdump": tcpdump starts capturing 3 s after it is run.
sleep 3
exec $real "\$@"
EOF
            chmod 0755 "$SCEN_STATE/pub-bin/tcpdump"
            mounts="$mounts mount --bind $SCEN_STATE/pub-bin /usr/local/bin &&"
            mounts="$mounts mount --bind $SCEN_STATE/pub-bin /usr/local/sbin &&"
            ;;
        *) scen_die "scen_restart_pub_sshd: unknown view '$want'" ;;
        esac
    done
    scen_stop pub "$SSH_PORT" "-f $d/sshd_config"
    scen_nsx pub unshare --mount --propagation private \
        sh -c "$mounts exec /usr/sbin/sshd -f '$d/sshd_config' -E '$d/sshd.log'"
    for i in $(seq 1 100); do scen_listening pub "$SSH_PORT" && return 0; sleep 0.1; done
    scen_die "pub's sshd did not come back (see $d/sshd.log)"
}
