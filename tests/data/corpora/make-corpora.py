#!/usr/bin/env python3
"""Makes the capture corpora in this directory from the lab's recordings in ../.

Every output is either a merge (mergecap/editcap from Wireshark 4.0), a
compressed copy (gzip -n -9, zstd -19), or a recording re-wrapped or edited
frame by frame here: the IP packets are the recorded ones, byte for byte;
only the link layer, the timestamps or the file format around them change.
See ../README.md ("Capture corpora") for what each file is.

usage: make-corpora.py [OUT_DIR]   (default: this directory; needs mergecap,
editcap, gzip, zstd)
"""
import os
import struct
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)


def read_pcap(path):
    """(linktype, snaplen, [(ts_us, caplen_bytes, wirelen)]) of a little- or big-endian µs pcap."""
    with open(path, "rb") as f:
        raw = f.read()
    magic = raw[:4]
    order = "<" if magic == b"\xd4\xc3\xb2\xa1" else ">"
    assert struct.unpack(order + "I", magic)[0] == 0xA1B2C3D4, path
    _, _, _, _, snaplen, linktype = struct.unpack(order + "HHiIII", raw[4:24])
    frames = []
    at = 24
    while at + 16 <= len(raw):
        sec, usec, caplen, wirelen = struct.unpack(order + "IIII", raw[at:at + 16])
        frames.append((sec * 1_000_000 + usec, raw[at + 16:at + 16 + caplen], wirelen))
        at += 16 + caplen
    return linktype, snaplen, frames


def write_pcap(path, linktype, frames, snaplen=262144):
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, snaplen, linktype))
        for ts, data, wirelen in frames:
            f.write(struct.pack("<IIII", ts // 1_000_000, ts % 1_000_000, len(data), wirelen))
            f.write(data)


def pad4(b):
    return b + b"\0" * (-len(b) % 4)


def block(order, btype, body):
    body = pad4(body)
    length = 12 + len(body)
    return struct.pack(order + "II", btype, length) + body + struct.pack(order + "I", length)


def option(order, code, value):
    return struct.pack(order + "HH", code, len(value)) + pad4(value)


def shb(order):
    opts = option(order, 4, b"natdoctor make-corpora.py") + option(order, 0, b"")
    return block(order, 0x0A0D0D0A, struct.pack(order + "IHHq", 0x1A2B3C4D, 1, 0, -1) + opts)


def idb(order, linktype, snaplen, tsresol=None, tsoffset=None):
    opts = b""
    if tsresol is not None:
        opts += option(order, 9, bytes([tsresol]))
    if tsoffset is not None:
        opts += option(order, 14, struct.pack(order + "q", tsoffset))
    if opts:
        opts += option(order, 0, b"")
    return block(order, 1, struct.pack(order + "HHI", linktype, 0, snaplen) + opts)


def epb(order, interface, ticks, data, wirelen):
    return block(order, 6, struct.pack(order + "IIIII", interface, ticks >> 32, ticks & 0xFFFFFFFF, len(data),
                                       wirelen) + data)


def ethernet_payload(frame):
    """(ethertype, ip bytes) of an untagged Ethernet frame."""
    return struct.unpack(">H", frame[12:14])[0], frame[14:]


def rewrap(frame, headers):
    """The recorded frame's MACs, then `headers` (EtherType chain), then its IP packet."""
    ethertype, ip = ethernet_payload(frame)
    assert ethertype in (0x0800, 0x86DD)
    return frame[:12] + headers(ethertype, ip) + ip


def vlan(tpid, vid, inner):
    return struct.pack(">HH", tpid, vid) + inner


def mpls_stack(labels):
    out = b""
    for i, label in enumerate(labels):
        bottom = 1 if i == len(labels) - 1 else 0
        out += struct.pack(">I", label << 12 | bottom << 8 | 64)
    return out


def pppoe(ip, ethertype):
    ppp = 0x0021 if ethertype == 0x0800 else 0x0057
    return struct.pack(">HBBHHH", 0x8864, 0x11, 0x00, 0x1234, len(ip) + 2, ppp)


def nflog(ip, family=2):
    """NFLOG as Linux writes it (TLV lengths/types little-endian): packet header, prefix, payload."""
    def tlv(ttype, value):
        return pad4(struct.pack("<HH", 4 + len(value), ttype) + value)
    hdr = struct.pack(">HBB", 0x0800 if family == 2 else 0x86DD, 3, 0)  # hw_protocol, hook, pad
    return struct.pack(">BBH", family, 0, 5) + tlv(1, hdr) + tlv(10, b"natdoctor\0") + tlv(9, ip)


def run(*cmd):
    subprocess.run(cmd, check=True)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    os.makedirs(out, exist_ok=True)
    o = lambda name: os.path.join(out, name)
    d = lambda name: os.path.join(DATA, name)

    # Multi-interface pcapng: what Wireshark on two interfaces or mergecap writes.
    run("mergecap", "-F", "pcapng", "-w", o("merged-eth-sll2.pcapng"),
        d("pub-eth-gateway-large.pcap"), d("pub-any-gateway-large.pcap"))
    cut = o("priv-eth-instance-large-s128.pcap")
    run("editcap", "-s", "128", d("priv-eth-instance-large.pcap"), cut)
    run("mergecap", "-F", "pcapng", "-w", o("merged-4-links.pcapng"), cut, d("pub-any-sll1-gateway-large.pcap"),
        d("pub-tun-raw.pcap"), d("dst-eth-icmpv6-packet-too-big.pcap"))
    os.remove(cut)

    # pcapng in both byte orders, two sections, nanosecond and binary (2^-20)
    # timestamp units with an offset, and blocks a reader must skip.
    _, _, frames = read_pcap(d("pub-eth-gateway-large.pcap"))
    half = len(frames) // 2
    with open(o("sections-be-ns.pcapng"), "wb") as f:
        f.write(shb(">") + idb(">", 1, 256, tsresol=9))
        for ts, data, wirelen in frames[:half]:
            f.write(epb(">", 0, ts * 1000, data, wirelen))
        f.write(block(">", 5, struct.pack(">IIII", 0, 0, 0, 0)))  # interface statistics
        base = 1_700_000_000
        f.write(shb("<") + block("<", 4, b"\0\0\0\0") + idb("<", 1, 256, tsresol=0x80 | 20, tsoffset=base))
        for ts, data, wirelen in frames[half:]:
            ticks = ((ts - base * 1_000_000) << 20) // 1_000_000
            f.write(epb("<", 0, ticks, data, wirelen))

    # Compressed copies (detected by content: the names are only for people).
    with open(o("merged-eth-sll2.pcapng.gz"), "wb") as f:
        subprocess.run(["gzip", "-n", "-9", "-c", o("merged-eth-sll2.pcapng")], stdout=f, check=True)
    run("zstd", "-q", "-f", "-19", d("pub-eth-gateway-large.pcap"), "-o", o("pub-eth-gateway-large.pcap.zst"))
    run("zstd", "-q", "-f", "-19", o("merged-4-links.pcapng"), "-o", o("merged-4-links.pcapng.zst"))

    # Link layers: the recorded IP packets behind QinQ, MPLS, PPPoE, NFLOG.
    linktype, snaplen, frames = read_pcap(d("pub-eth-gateway-large.pcap"))
    assert linktype == 1
    wrapped = {
        "qinq-pub-gateway-large.pcap":
            lambda et, ip: vlan(0x88A8, 100, vlan(0x8100, 200, struct.pack(">H", et))),
        "mpls-pub-gateway-large.pcap":
            lambda et, ip: struct.pack(">H", 0x8847) + mpls_stack([1001, 2002, 3003]),
        "mpls-vlan-pub-gateway-large.pcap":
            lambda et, ip: vlan(0x8100, 300, struct.pack(">H", 0x8847) + mpls_stack([16])),
        "pppoe-pub-gateway-large.pcap": lambda et, ip: pppoe(ip, et),
        "pppoe-qinq-pub-gateway-large.pcap":
            lambda et, ip: vlan(0x88A8, 10, vlan(0x8100, 20, pppoe(ip, et))),
    }
    for name, headers in wrapped.items():
        extra = len(headers(0x0800, b"")) - 2
        write_pcap(o(name), 1, [(ts, rewrap(fr, headers), wl + extra) for ts, fr, wl in frames], snaplen + extra)
    nflog_frames = []
    for ts, fr, wl in frames:
        _, ip = ethernet_payload(fr)
        record = nflog(ip)
        # Cut as `nft ... log group 5 snaplen 242` cuts: the record is whole,
        # the payload TLV holds the first bytes of the packet.
        nflog_frames.append((ts, record, len(record)))
    write_pcap(o("nflog-pub-gateway-large.pcap"), 239, nflog_frames)

    # A timestamp that jumps: the SYN-ACK of a complete connection stamped 46
    # years ahead; and one stray packet (a copy of the capture's last frame,
    # which belongs to no attempt... its FIN is harmless) stamped +100 s
    # between the SYN and its SYN-ACK.
    linktype, snaplen, frames = read_pcap(d("priv-eth-gateway-small.pcap"))
    jumped = list(frames)
    ts, fr, wl = jumped[1]
    assert fr[14 + 20 + 13] & 0x12 == 0x12, "frame 2 is the SYN-ACK"
    jumped[1] = (ts + 46 * 365 * 86400 * 1_000_000, fr, wl)
    write_pcap(o("jump-46y-synack.pcap"), linktype, jumped, snaplen)
    stray = make_udp_frame(frames[0][1])
    jumped = [frames[0], (frames[0][0] + 100_000_000, stray, len(stray))] + list(frames[1:])
    write_pcap(o("jump-100s-stray.pcap"), linktype, jumped, snaplen)

    # One-sided: only what the client sent (as a capture of one direction
    # on a host with asymmetric routing sees it).
    client = frames[0][1][14 + 12:14 + 16]
    write_pcap(o("one-sided-client.pcap"), linktype, [f for f in frames if f[1][14 + 12:14 + 16] == client], snaplen)


def make_udp_frame(template):
    """A DNS-sized UDP datagram from the template frame's source to 198.18.0.53: part of no connection."""
    src = template[14 + 12:14 + 16]
    payload = b"\x12\x34\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x07example\x03com\x00\x00\x01\x00\x01"
    udp = struct.pack(">HHHH", 53000, 53, 8 + len(payload), 0) + payload
    total = 20 + len(udp)
    header = struct.pack(">BBHHHBBH4s4s", 0x45, 0, total, 0x4242, 0x4000, 64, 17, 0, src, bytes([198, 18, 0, 53]))
    checksum = 0
    for i in range(0, 20, 2):
        checksum += header[i] << 8 | header[i + 1]
    while checksum >> 16:
        checksum = (checksum & 0xFFFF) + (checksum >> 16)
    header = header[:10] + struct.pack(">H", ~checksum & 0xFFFF) + header[12:]
    return template[:12] + b"\x08\x00" + header + udp


if __name__ == "__main__":
    main()
