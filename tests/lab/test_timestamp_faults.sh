#!/usr/bin/env bash
# Lab test: faults in the middle of the timestamps test. In each case
# tcp_timestamps on priv returns to its original value within the dead-man's
# lease (natdoctor's bound: 25 s after its last renewal + 1 s of sleeper tick;
# asserted as <= 30 s), sampled every 0.5 s; no dead-man, sleep or tcpdump is
# left on the hosts; and natdoctor (or its next run) reports what happened.
#   A. kill -9 of natdoctor;
#   B. the link between the laptop and pub cut (nft drop, 60 s): natdoctor
#      reconnects after it returns, restores, verifies, marks the test interrupted;
#   C. the user's sshd session processes on priv killed (the link is fine):
#      natdoctor reconnects at once and restores;
#   D. the link cut while tcpdump captures on pub: tcpdump ends on the host by
#      itself (its watchdog: no heartbeat for 20 s), long before the link returns.
#   test_timestamp_faults.sh NATDOCTOR_BINARY
. "$(dirname "$0")/lib/testlib.sh"
natdoctor=${1:?usage: test_timestamp_faults.sh NATDOCTOR_BINARY}

lab_up --mode gateway
work=$(mktemp -d /tmp/natlab-faults.XXXXXX)
export XDG_STATE_HOME=$work/state
cut_table=natdoctor_fault_cut
uncut() { nft delete table inet "$cut_table" 2>/dev/null || true; }
trap 'uncut; [ -n "${pid:-}" ] && kill -9 "$pid" 2>/dev/null; "$natlab" down >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
journal=$XDG_STATE_HOME/natdoctor/timestamps-journal
value() { nsx priv cat /proc/sys/net/ipv4/tcp_timestamps; }
leftovers() { # dead-men, their sleeps, tcpdumps in the lab
    { nsx priv pgrep -af 'natdoctor-deadman:|^sleep 1$' || true; nsx pub pgrep -af tcpdump || true; } | grep -v pgrep || true
}
cut() {
    nft -f - <<NFT
table inet $cut_table {
    chain out { type filter hook output priority 0; ip daddr $PUB_ADDR tcp dport 22 drop; }
    chain in { type filter hook input priority 0; ip saddr $PUB_ADDR tcp sport 22 drop; }
}
NFT
}
original=$(value)
ssh_args=(--known-hosts "$NATLAB_STATE/known_hosts" --identity "$NATLAB_STATE/id_ed25519")
start() { # LABEL ATTEMPTS EXTRA...: natdoctor in the background; waits until priv is at 0
    local label=$1 attempts=$2
    shift 2
    "$natdoctor" diagnose --json --public "$NATLAB_USER@$PUB_ADDR" --private "$NATLAB_USER@$PRIV_ADDR" \
        --dest "$DST_ADDR:$HTTP_PORT" --path /bytes/100 --attempts "$attempts" "${ssh_args[@]}" "$@" \
        >"$work/$label.json" 2>"$work/$label.err" &
    pid=$!
    for _ in $(seq 1 1800); do
        [ "$(value)" = 0 ] && return 0
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "natdoctor never set tcp_timestamps=0:"; cat "$work/$label.err"
    return 1
}
restored_within() { # SECONDS: samples every 0.5 s; prints the time it took
    local limit=$1 t=0
    while [ "$t" -le $((limit * 2)) ]; do
        if [ "$(value)" = "$original" ]; then echo "$((t / 2)).$((t % 2 * 5))"; return 0; fi
        sleep 0.5
        t=$((t + 1))
    done
    echo never
    return 1
}

# A. kill -9.
start killed 120
kill -9 "$pid"; wait "$pid" 2>/dev/null || true; pid=
a=$(restored_within 40) || true
echo "A: tcp_timestamps restored ${a} s after kill -9"
check "A: restored within 30 s of kill -9 (${a} s)" awk -v t="$a" 'BEGIN { exit !(t != "never" && t <= 30) }'
sleep 2
check "A: no dead-man, sleep or tcpdump left" [ -z "$(leftovers)" ]
check "A: the journal names priv" grep -q "host=$NATLAB_USER@$PRIV_ADDR" "$journal"
"$natdoctor" diagnose --json --public "$NATLAB_USER@$PUB_ADDR" --private "$NATLAB_USER@$PRIV_ADDR" \
    --dest "$DST_ADDR:$HTTP_PORT" --path /bytes/100 --attempts 2 "${ssh_args[@]}" >/dev/null 2>"$work/next.err" || true
check "A: the next run reports the unfinished run and checks priv" grep -q "did not finish" "$work/next.err"
check "A: and clears the journal" [ ! -e "$journal" ]

# B. The link cut for 60 s.
start cut 120
cut
b=$(restored_within 40) || true
echo "B: tcp_timestamps restored ${b} s after the link was cut"
check "B: restored within 30 s of the cut (${b} s)" awk -v t="$b" 'BEGIN { exit !(t != "never" && t <= 30) }'
sleep $((60 - ${b%.*} > 0 ? 60 - ${b%.*} : 0))
uncut
rc=0
timeout 240 tail --pid="$pid" -f /dev/null || rc=$?
wait "$pid" 2>/dev/null || true
pid=
echo "--- natdoctor's log (cut):"; grep -E "reconnect|interrupted|restored|lease|cut short" "$work/cut.err" || true
check "B: natdoctor ended after the link returned" [ "$rc" = 0 ]
check "B: it reconnected" grep -q "reconnecting to $NATLAB_USER@$PRIV_ADDR" "$work/cut.err"
check "B: it reports the test as interrupted" grep -q "interrupted" "$work/cut.err"
check "B: it verified the restore" grep -q "restored to $original and verified" "$work/cut.err"
check "B: journal cleared" [ ! -e "$journal" ]
check "B: no dead-man, sleep or tcpdump left" [ -z "$(leftovers)" ]
check "B: tcp_timestamps is $original" [ "$(value)" = "$original" ]

# C. The user's sshd session processes on priv killed; the link is fine.
start sessions 120
sleep 1
nsx priv pkill -KILL -f "^sshd: $NATLAB_USER" || true
c=$(restored_within 40) || true
echo "C: tcp_timestamps restored ${c} s after the sessions were killed"
check "C: restored within 30 s (${c} s)" awk -v t="$c" 'BEGIN { exit !(t != "never" && t <= 30) }'
timeout 120 tail --pid="$pid" -f /dev/null || true
wait "$pid" 2>/dev/null || true
pid=
echo "--- natdoctor's log (sessions):"; grep -E "reconnect|interrupted|restored|lease|cut short" "$work/sessions.err" || true
check "C: natdoctor reconnected and verified the restore" grep -q "restored to $original and verified" "$work/sessions.err"
check "C: it reports the test as interrupted" grep -q "interrupted" "$work/sessions.err"
check "C: journal cleared" [ ! -e "$journal" ]
sleep 2
check "C: no dead-man, sleep or tcpdump left" [ -z "$(leftovers)" ]

# D. The link cut while tcpdump captures on pub (a trigger against the
#    black-holed port keeps the capture running ~10 s).
"$natdoctor" diagnose --json --public "$NATLAB_USER@$PUB_ADDR" --dest "$DST_ADDR:$BLACKHOLE_PORT" --path /bytes/100 \
    "${ssh_args[@]}" >/dev/null 2>"$work/capture.err" &
pid=$!
seen=no
for _ in $(seq 1 300); do
    if nsx pub pgrep -x tcpdump >/dev/null; then seen=yes; break; fi
    sleep 0.1
done
cut
t=0
while nsx pub pgrep -x tcpdump >/dev/null && [ "$t" -lt 120 ]; do sleep 0.5; t=$((t + 1)); done
d="$((t / 2)).$((t % 2 * 5))"
echo "D: tcpdump on pub ended ${d} s after the link was cut"
check "D: tcpdump was running on pub" [ "$seen" = yes ]
check "D: it ended within 30 s, the link still cut (${d} s)" [ "$t" -le 60 ]
uncut
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
pid=
finish
