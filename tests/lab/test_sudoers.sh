#!/usr/bin/env bash
# Lab test: the sudoers lines natdoctor suggests grant exactly what it runs.
#   1. With no sudo rights, natdoctor diagnose reports sudo-needs-password with
#      the lines (tcpdump on pub, sysctl set/restore on priv) and changes nothing.
#   2. Installed as the lab user's only sudo rights, `sudo -l -U` lists them and
#      refuses the dangerous variants: tcpdump with -z/-Z (runs a command as
#      root), a bare tcpdump, a second sysctl assignment after the allowed one;
#      running them for real as the user fails and the payload never runs.
#   3. With exactly those lines natdoctor runs the capture and the timestamps
#      test end to end (no sudo finding) and restores tcp_timestamps.
#   test_sudoers.sh NATDOCTOR_BINARY
. "$(dirname "$0")/lib/testlib.sh"
natdoctor=${1:?usage: test_sudoers.sh NATDOCTOR_BINARY}

lab_up --mode gateway
work=$(mktemp -d /tmp/natlab-sudoers.XXXXXX)
chmod 755 "$work"
export XDG_STATE_HOME=$work/state
trap '"$natlab" down >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
sudoers=/etc/sudoers.d/natlab # the lab's drop-in (removed by natlab down)
value() { nsx priv cat /proc/sys/net/ipv4/tcp_timestamps; }
original=$(value)
run() { # LABEL: natdoctor diagnose --json against pub and priv
    "$natdoctor" diagnose --json --public "$NATLAB_USER@$PUB_ADDR" --private "$NATLAB_USER@$PRIV_ADDR" \
        --dest "$DST_ADDR:$HTTP_PORT" --path /bytes/65536 --attempts 4 \
        --known-hosts "$NATLAB_STATE/known_hosts" --identity "$NATLAB_STATE/id_ed25519" \
        >"$work/$1.json" 2>"$work/$1.err" || true
}

# 1. No sudo at all.
: >"$sudoers"
run nosudo
python3 - "$work/nosudo.json" >"$work/lines" <<'PY'
import json, sys
j = json.load(open(sys.argv[1]))
for p in j.get("sudo_problems") or []:
    for line in p["sudoers_line"].splitlines():
        print(line)
PY
echo "--- suggested:"; cat "$work/lines"
check "lines suggested for tcpdump" grep -q "NOPASSWD: /.*/tcpdump -U --immediate-mode -n -i any -s 256 -w - -- (host $DST_ADDR and" "$work/lines"
check "lines suggested for sysctl =0" grep -qx "$NATLAB_USER ALL=(root) NOPASSWD: /[a-z/]*sysctl -q -w net.ipv4.tcp_timestamps\\\\=0" "$work/lines"
check "lines suggested for the restore (=$original)" grep -qx "$NATLAB_USER ALL=(root) NOPASSWD: /[a-z/]*sysctl -q -w net.ipv4.tcp_timestamps\\\\=$original" "$work/lines"
check "no wildcard in any line" bash -c "! grep -q '[^\\\\][*?]' '$work/lines'"
check "tcp_timestamps was never changed" [ "$(value)" = "$original" ]

# 2. Those lines only.
cp "$work/lines" "$work/candidate"
check "visudo accepts them" visudo -cqf "$work/candidate"
install -m 0440 "$work/candidate" "$sudoers"
sudo -l -U "$NATLAB_USER" >"$work/listing" 2>&1 || true
echo "--- sudo -l -U $NATLAB_USER:"; cat "$work/listing"
tcpdump=$(sed -n 's|.*NOPASSWD: \(/[^ ]*tcpdump\) .*|\1|p' "$work/lines" | head -n 1)
sysctl=$(sed -n 's|.*NOPASSWD: \(/[^ ]*sysctl\) .*|\1|p' "$work/lines" | head -n 1)
refused() { ! sudo -l -U "$NATLAB_USER" "$@" >/dev/null 2>&1; }
allowed() { sudo -l -U "$NATLAB_USER" "$@" >/dev/null 2>&1; }
check "allowed: sysctl =0 exactly" allowed "$sysctl" -q -w net.ipv4.tcp_timestamps=0
check "allowed: sysctl =$original exactly" allowed "$sysctl" -q -w "net.ipv4.tcp_timestamps=$original"
check "refused: tcpdump -z ./x.sh -Z root" refused "$tcpdump" -i lo -w f -W 1 -G 1 -z ./x.sh -Z root
check "refused: tcpdump with no arguments (unrestricted)" refused "$tcpdump"
check "refused: tcpdump -w to a file" refused "$tcpdump" -U --immediate-mode -n -i any -s 256 -w /tmp/x -- host "$DST_ADDR"
check "refused: sysctl =2 net.ipv4.ip_forward=1" refused "$sysctl" -q -w net.ipv4.tcp_timestamps=2 net.ipv4.ip_forward=1
check "refused: sysctl =0 kernel.core_pattern=|/tmp/x" refused "$sysctl" -q -w net.ipv4.tcp_timestamps=0 "kernel.core_pattern=|/tmp/x"
check "refused: sysctl -w net.ipv4.tcp_timestamps=2" refused "$sysctl" -q -w net.ipv4.tcp_timestamps=2
# For real, as the user: the payload never runs as root.
cat >"$work/x.sh" <<X
#!/bin/sh
id -u >"$work/pwned"
X
chmod 755 "$work/x.sh"
runuser -u "$NATLAB_USER" -- sudo -n "$tcpdump" -i lo -w "$work/f" -W 1 -G 1 -z "$work/x.sh" -Z root >/dev/null 2>&1 &
sleep 3
kill $! 2>/dev/null || true
check "tcpdump -z did not run the payload" [ ! -e "$work/pwned" ]
check "sudo sysctl with a second assignment fails for the user" \
    bash -c "! runuser -u '$NATLAB_USER' -- sudo -n '$sysctl' -q -w net.ipv4.tcp_timestamps=$original net.ipv4.ip_forward=1 >/dev/null 2>&1"

# 3. natdoctor with exactly those lines.
run exact
echo "--- natdoctor with the suggested lines:"; grep -E "sudo|restored|captured" "$work/exact.err" || true
check "no sudo problem any more" python3 -c "import json,sys; j=json.load(open('$work/exact.json')); sys.exit(1 if j.get('sudo_problems') else 0)"
check "the capture ran on pub" grep -q "captured [1-9]" "$work/exact.err"
check "the timestamps test ran and restored" grep -q "restored to $original and verified" "$work/exact.err"
check "tcp_timestamps is $original" [ "$(value)" = "$original" ]
finish
