#!/usr/bin/env bash
# Scenario setup "names": pub's sshd restarted so that its sessions (natdoctor's) resolve
# the lab's names through an /etc/hosts of their own: www.natlab.test (dst's name-based
# virtual host on 8080) and secure.natlab.test (dst's TLS site on 443) are 198.18.3.10;
# dual.natlab.test has dst's AAAA and A, AAAA first (getent ahosts). Nothing else on the
# machine sees these names.   names.sh on|off
. "$(dirname "$0")/../../lib/scenarios.sh"
case "${1:-}" in
on) scen_restart_pub_sshd hosts ;;
off) scen_restart_pub_sshd ;;
*) scen_die "usage: names.sh on|off" ;;
esac
