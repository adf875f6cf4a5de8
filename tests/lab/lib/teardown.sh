# natlab: removing the lab. Sourced by tests/lab/natlab.
# Works from any partial state (a crashed or killed `up`, a half-removed lab)
# and without the state directory: everything natlab creates has a fixed name.
# shellcheck shell=bash

# kill_pids SIGNAL PID...: signal each process that still exists, by id.
kill_pids() {
    local sig=$1 p; shift
    for p in "$@"; do kill "-$sig" "$p" 2>/dev/null || true; done
}

# stop_namespace_processes NS: every process in the namespace is a lab process
# (sshd, its sessions, the web server, captures started with natlab exec).
stop_namespace_processes() {
    local n=$1 i pids
    pids=$(ip netns pids "$n" 2>/dev/null || true)
    [ -n "$pids" ] || return 0
    # shellcheck disable=SC2086
    kill_pids TERM $pids
    for i in $(seq 1 30); do
        pids=$(ip netns pids "$n" 2>/dev/null || true)
        [ -n "$pids" ] || return 0
        sleep 0.1
    done
    # shellcheck disable=SC2086
    kill_pids KILL $pids
    sleep 0.2
}

# stop_recorded_processes: processes whose pid files are in the state directory,
# in case their namespace was deleted by hand while they ran. Only those whose
# command line still names the lab are signalled (a pid may have been reused).
stop_recorded_processes() {
    local f p
    for f in "$NATLAB_STATE"/*/*.pid; do
        [ -f "$f" ] || continue
        p=$(tr -dc 0-9 <"$f")
        [ -n "$p" ] && [ -r "/proc/$p/cmdline" ] || continue
        if tr '\0' ' ' <"/proc/$p/cmdline" | grep -q -e "$NATLAB_STATE" -e "tests/lab/httpd.py"; then
            kill_pids KILL "$p"
        fi
    done
}

teardown() {
    local h n pids
    for h in $NATLAB_HOSTS; do
        n=${NATLAB_PREFIX}$h
        if ip netns list 2>/dev/null | grep -q "^$n\b" || [ -e "/run/netns/$n" ]; then
            stop_namespace_processes "$n"
            ip netns del "$n" 2>/dev/null || rm -f "/run/netns/$n"
        fi
    done
    stop_recorded_processes
    # Deleting rtr removed the laptop link's peer; remove our end if it survived.
    # (it may vanish between the two commands while the kernel removes the pair)
    if ip link show "$NATLAB_LAPTOP_IF" >/dev/null 2>&1; then
        ip link del "$NATLAB_LAPTOP_IF" 2>/dev/null || true
    fi
    # up refuses to start when the root namespace routes any of the range, so this is ours.
    if ip route show type unreachable | grep -q "^unreachable $NATLAB_RANGE\b"; then
        ip route del unreachable "$NATLAB_RANGE"
    fi
    if getent passwd "$NATLAB_USER" >/dev/null &&
        [ "$(getent passwd "$NATLAB_USER" | cut -d: -f5)" = "$NATLAB_USER_GECOS" ]; then
        pids=$(ps -o pid= -u "$NATLAB_USER" 2>/dev/null || true)
        # shellcheck disable=SC2086
        [ -z "$pids" ] || { kill_pids KILL $pids; sleep 0.2; }
        userdel "$NATLAB_USER" 2>/dev/null || userdel -f "$NATLAB_USER"
    fi
    rm -f "$NATLAB_SUDOERS"
    rm -rf "$NATLAB_STATE"
}
