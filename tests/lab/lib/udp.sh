# UDP round trip of a large datagram (fragmented on the way back), python3 stdlib.
# shellcheck shell=bash

UDP_PORT=5353

# udp_echo_start: a one-datagram-at-a-time UDP echo server on dst, killed with the lab.
udp_echo_start() {
    ip netns exec "${NATLAB_PREFIX}dst" /usr/bin/python3 -c '
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind((sys.argv[1], int(sys.argv[2])))
while True:
    data, peer = s.recvfrom(65535)
    s.sendto(data, peer)
' "$DST_ADDR" "$UDP_PORT" </dev/null >/dev/null 2>&1 &
    sleep 0.3
}

# udp_roundtrip HOST SIZE: prints the size of the echoed datagram, or "timeout".
udp_roundtrip() {
    ip netns exec "${NATLAB_PREFIX}$1" /usr/bin/python3 -c '
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(3)
s.sendto(b"u" * int(sys.argv[3]), (sys.argv[1], int(sys.argv[2])))
try:
    print(len(s.recv(65535)))
except socket.timeout:
    print("timeout")
' "$DST_ADDR" "$UDP_PORT" "$2"
}
