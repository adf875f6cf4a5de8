#!/usr/bin/python3
"""A point-to-point IP "wire" between two network namespaces made of two TUN devices.

    tunwire.py NS_A IF_A NS_B IF_B

Creates TUN device IF_A in namespace NS_A and IF_B in NS_B (names as in /run/netns) and
copies every packet read from one to the other until killed. Captures on either device
are raw IP (LINKTYPE_RAW), which is why tests/data/record.sh uses it (the kernel here
has no ipip/gre). Addresses and routes are set by the caller. python3 stdlib only.
"""
import ctypes
import fcntl
import os
import select
import struct
import sys

CLONE_NEWNET = 0x40000000
TUNSETIFF = 0x400454CA
IFF_TUN = 0x0001
IFF_NO_PI = 0x1000

libc = ctypes.CDLL(None, use_errno=True)


def enter(ns):
    fd = os.open(os.path.join("/run/netns", ns), os.O_RDONLY)
    try:
        if libc.setns(fd, CLONE_NEWNET) != 0:
            err = ctypes.get_errno()
            raise OSError(err, f"setns {ns}: {os.strerror(err)}")
    finally:
        os.close(fd)


def tun(name):
    fd = os.open("/dev/net/tun", os.O_RDWR)
    fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", name.encode(), IFF_TUN | IFF_NO_PI))
    return fd


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    ns_a, if_a, ns_b, if_b = sys.argv[1:]
    enter(ns_a)
    a = tun(if_a)
    enter(ns_b)
    b = tun(if_b)
    peer = {a: b, b: a}
    print("ready", flush=True)
    while True:
        readable, _, _ = select.select([a, b], [], [])
        for fd in readable:
            try:
                os.write(peer[fd], os.read(fd, 65535))
            except OSError:
                pass  # a device still down (EIO) or a full queue: drop, like a wire


if __name__ == "__main__":
    main()
