#!/usr/bin/env bash
# Scenario setup "late-tcpdump": pub's sshd restarted so that tcpdump in its sessions
# is a shim first (/usr/local/bin and /usr/local/sbin, first in the sessions' PATH and in
# sudo's secure_path, are a directory of the lab's there) that sleeps 3 s before it runs
# the real tcpdump: a capture that starts listening late, as on a loaded host.
#   late-tcpdump.sh on|off
. "$(dirname "$0")/../../lib/scenarios.sh"
case "${1:-}" in
on) scen_restart_pub_sshd late-tcpdump ;;
off) scen_restart_pub_sshd ;;
*) scen_die "usage: late-tcpdump.sh on|off" ;;
esac
