#!/usr/bin/env bash
# Lab test, teardown: natlab down leaves no namespace, veth, nft table, sudoers
# file, user, state directory or process; it is idempotent; it cleans up after a
# killed `natlab up`; up, down, up again works.
. "$(dirname "$0")/lib/testlib.sh"

# leftovers: prints whatever natlab may have left behind (nothing when clean).
leftovers() {
    ip netns list | grep "^${NATLAB_PREFIX}" | sed 's/^/namespace /' || true
    ip -br link show | grep -e "^$NATLAB_LAPTOP_IF" | sed 's/^/link /' || true
    ip route show | grep -E '(^|[[:space:]])198\.1[89]\.' | sed 's/^/route /' || true
    nft list tables 2>/dev/null | grep natlab | sed 's/^/nft /' || true
    [ ! -e "$NATLAB_SUDOERS" ] || echo "file $NATLAB_SUDOERS"
    [ ! -e "$NATLAB_STATE" ] || echo "dir $NATLAB_STATE"
    getent passwd "$NATLAB_USER" | sed 's/^/user /' || true
    ps -eo pid=,args= | grep -e "$NATLAB_STATE" -e "$lab_dir/httpd.py" -e tunwire.py |
        grep -v -e grep -e "$0" | sed 's/^/process /' || true
}

lab_up
pids=$(cat "$NATLAB_STATE"/*/sshd.pid "$NATLAB_STATE"/dst/httpd.pid)
# a capture left running inside the lab, as a crashed wizard would leave it
ip netns exec "${NATLAB_PREFIX}pub" tcpdump -i eth0 -w /dev/null >/dev/null 2>&1 &
sleep 0.5
check "the lab had processes ($(echo $pids))" [ -n "$pids" ]
"$natlab" down
left=$(leftovers); [ -z "$left" ] || echo "$left"
check "natlab down leaves nothing behind" [ -z "$left" ]
# alive PID...: those still running (a zombie waiting for init to reap it is dead).
alive_of() {
    local p st
    for p in "$@"; do
        st=$(awk '{ print $3 }' "/proc/$p/stat" 2>/dev/null) || continue
        [ "$st" = Z ] || printf '%s ' "$p"
    done
}
# shellcheck disable=SC2086
for _ in $(seq 1 30); do alive=$(alive_of $pids); [ -n "$alive" ] || break; sleep 0.1; done
[ -z "$alive" ] || ps -o pid,stat,args -p "${alive// /,}" || true
check "the lab's processes are gone" [ -z "$alive" ]
check "natlab down again succeeds (idempotent)" "$natlab" down
check "natlab status says lab=down" bash -c "'$natlab' status | grep -qx lab=down"

# A killed `natlab up` (kill -9 at several points of the build), then natlab down.
for delay in 0.05 0.2 0.4 0.6; do
    "$natlab" up >/dev/null 2>&1 &
    upid=$!
    sleep "$delay"
    kill -KILL "$upid" 2>/dev/null || true
    wait "$upid" 2>/dev/null || true
    sleep 0.3
    "$natlab" down >/dev/null 2>&1 || fail "natlab down after kill -9 at ${delay}s exited non-zero"
    left=$(leftovers); [ -z "$left" ] || echo "$left"
    check "nothing left after kill -9 of up at ${delay}s + down" [ -z "$left" ]
done

# A lab whose processes were killed -9 (a crash), then down.
NATLAB_QUIET=1 "$natlab" up
kill -KILL $(cat "$NATLAB_STATE"/*/sshd.pid "$NATLAB_STATE"/dst/httpd.pid)
"$natlab" down
left=$(leftovers); [ -z "$left" ] || echo "$left"
check "nothing left after a crashed lab + down" [ -z "$left" ]

# up, down, up again
NATLAB_QUIET=1 "$natlab" up --mode instance --mtu 1200
r=$(fetch priv "$LARGE_URL"); echo "priv large after up/down/up: $r"
check "up again works (instance mode, MTU 1200)" [ "$(field bytes "$r")" = 65536 ]
check "status reports mtu=1200" bash -c "'$natlab' status | grep -qx mtu=1200"
"$natlab" down
left=$(leftovers); [ -z "$left" ] || echo "$left"
check "nothing left at the end" [ -z "$left" ]
finish
