#!/usr/bin/env python3
"""Checks that `natdoctor analyze --json` counts what tshark counts.

For every capture in the data directories (pcap, pcapng, and gzip/zstd
compressed ones, which tshark reads itself), tshark dissects each frame once
(IP reassembly off, outer headers only) and this script derives the docs/design.md
§5 counts from its fields; natdoctor's JSON must match exactly.

Handshakes as natdoctor counts them: an attempt is established by a SYN-ACK
that acknowledges its ISN+1, or (one-sided captures) by the client's own ACK
with sequence number ISN+1; refused by a RST from the server before that;
unanswered otherwise (natdoctor splits these into `unanswered` and
`undetermined`, attempts still young at the end of the capture: their sum is
compared).

usage: compare_with_tshark.py NATDOCTOR DATA_DIR [DATA_DIR...]
Exit 0 all match, 1 a mismatch or tshark missing.
"""
import glob
import json
import os
import shutil
import subprocess
import sys

FIELDS = [
    "frame.number", "frame.protocols", "ip.src", "ipv6.src", "ip.dst", "ipv6.dst", "ip.flags.mf", "ip.frag_offset",
    "ipv6.fraghdr.ident", "icmp.type", "icmpv6.type", "tcp.srcport", "tcp.dstport",
    "tcp.flags.syn", "tcp.flags.ack", "tcp.seq_raw", "tcp.ack_raw", "tcp.flags.reset",
]
CAPTURE_PATTERNS = ["*.pcap", "*.pcapng", "*.pcap.gz", "*.pcapng.gz", "*.pcap.zst", "*.pcapng.zst"]


def flag(value):
    return value in ("1", "True")


def tshark_counts(path):
    cmd = ["tshark", "-n", "-r", path, "-o", "ip.defragment:FALSE", "-o", "ipv6.defragment:FALSE",
           "-T", "fields", "-E", "occurrence=f", "-E", "separator=/t"]
    for field in FIELDS:
        cmd += ["-e", field]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    counts = {"packets": 0, "fragments": 0, "syns": 0}
    attempts = set()
    established = set()
    refused = set()
    current = {}  # (client, cport, server, sport) -> the attempt in progress
    syn_acks = []
    for line in out.splitlines():
        row = dict(zip(FIELDS, line.split("\t")))
        counts["packets"] += 1
        src = row["ip.src"] or row["ipv6.src"]
        dst = row["ip.dst"] or row["ipv6.dst"]
        # Outer headers only: an ICMP error quotes a packet whose own (inner)
        # headers tshark also dissects. occurrence=f gives the outer IPv4
        # header; for IPv6 the layer list says whether the Fragment header
        # belongs to the outer packet.
        layers = row["frame.protocols"].split(":")
        v4_fragment = flag(row["ip.flags.mf"]) or row["ip.frag_offset"] not in ("", "0")
        first_v6 = layers.index("ipv6") if "ipv6" in layers else -1
        v6_fragment = first_v6 >= 0 and layers[first_v6 + 1:first_v6 + 2] == ["ipv6.fraghdr"]
        outer_is_v4 = "ip" in layers and (first_v6 < 0 or layers.index("ip") < first_v6)
        if (outer_is_v4 and v4_fragment) or (not outer_is_v4 and v6_fragment):
            counts["fragments"] += 1
            continue
        if row["icmp.type"] or row["icmpv6.type"] or not row["tcp.srcport"]:
            continue  # TCP fields there would be the quoted header of an ICMP error
        syn = flag(row["tcp.flags.syn"])
        ack = flag(row["tcp.flags.ack"])
        rst = flag(row["tcp.flags.reset"])
        sport, dport = row["tcp.srcport"], row["tcp.dstport"]
        if syn and not ack:
            counts["syns"] += 1
            key = (src, sport, dst, dport, int(row["tcp.seq_raw"]))
            attempts.add(key)
            current[(src, sport, dst, dport)] = key
        elif syn and ack:
            syn_acks.append((dst, dport, src, sport, int(row["tcp.ack_raw"])))
            key = (dst, dport, src, sport, (int(row["tcp.ack_raw"]) - 1) % 2**32)
            if key in attempts:
                established.add(key)
        elif (src, sport, dst, dport) in current:  # from the client
            key = current[(src, sport, dst, dport)]
            if ack and not rst and int(row["tcp.seq_raw"]) == (key[4] + 1) % 2**32:
                established.add(key)  # it ACKs a SYN-ACK (one-sided captures)
        elif (dst, dport, src, sport) in current and rst:  # the server resets
            key = current[(dst, dport, src, sport)]
            if key not in established:
                refused.add(key)
    counts["connections"] = len(attempts)
    counts["established"] = len(established)
    counts["refused"] = len(refused - established)
    counts["unanswered"] = len(attempts - established - refused)
    return counts


def natdoctor_counts(natdoctor, path):
    result = subprocess.run([natdoctor, "analyze", path, "--json"], capture_output=True, text=True)
    if result.returncode not in (0, 1, 3):  # the verdict: no problem, problem, inconclusive
        raise RuntimeError(f"natdoctor exited {result.returncode}: {result.stderr.strip()}")
    j = json.loads(result.stdout)
    return {
        "packets": j["packets"],
        "fragments": j["fragments"]["packets"],
        "syns": j["tcp"]["connections"] + j["tcp"]["syn_retransmissions"],
        "connections": j["tcp"]["connections"],
        "established": j["tcp"]["established"],
        "refused": j["tcp"]["refused"],
        "unanswered": j["tcp"]["unanswered"] + j["tcp"]["undetermined"],
    }


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    natdoctor, data_dirs = sys.argv[1], sys.argv[2:]
    if not shutil.which("tshark"):
        print("FAIL: tshark is not installed (Debian: apt-get install tshark)", file=sys.stderr)
        return 1
    captures = sorted(path for data_dir in data_dirs for pattern in CAPTURE_PATTERNS
                      for path in glob.glob(os.path.join(data_dir, pattern)))
    if not captures:
        print(f"no captures in {' '.join(data_dirs)}", file=sys.stderr)
        return 1
    failed = 0
    for path in captures:
        theirs = tshark_counts(path)
        ours = natdoctor_counts(natdoctor, path)
        status = "ok" if theirs == ours else "MISMATCH"
        failed += status != "ok"
        print(f"{status:8} {os.path.relpath(path, os.path.dirname(data_dirs[0]))}: natdoctor {ours} tshark {theirs}")
    print(f"{len(captures) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
