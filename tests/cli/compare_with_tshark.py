#!/usr/bin/env python3
"""Checks that `natdoctor analyze --json` counts what tshark counts.

For every capture in the data directory, tshark dissects each frame once (IP
reassembly off, outer headers only) and this script derives the DESIGN.md §3.1
counts from its fields; natdoctor's JSON must match exactly.

usage: compare_with_tshark.py NATDOCTOR DATA_DIR
Exit 0 all match, 1 a mismatch, 77 tshark is not installed (skipped).
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
    "tcp.flags.syn", "tcp.flags.ack", "tcp.seq_raw", "tcp.ack_raw",
]


def tshark_counts(path):
    cmd = ["tshark", "-n", "-r", path, "-o", "ip.defragment:FALSE", "-o", "ipv6.defragment:FALSE",
           "-T", "fields", "-E", "occurrence=f", "-E", "separator=/t"]
    for field in FIELDS:
        cmd += ["-e", field]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    counts = {"packets": 0, "fragments": 0, "syns": 0}
    attempts = set()
    established = set()
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
        v4_fragment = row["ip.flags.mf"] in ("1", "True") or row["ip.frag_offset"] not in ("", "0")
        first_v6 = layers.index("ipv6") if "ipv6" in layers else -1
        v6_fragment = first_v6 >= 0 and layers[first_v6 + 1:first_v6 + 2] == ["ipv6.fraghdr"]
        outer_is_v4 = "ip" in layers and (first_v6 < 0 or layers.index("ip") < first_v6)
        if (outer_is_v4 and v4_fragment) or (not outer_is_v4 and v6_fragment):
            counts["fragments"] += 1
            continue
        if row["icmp.type"] or row["icmpv6.type"] or not row["tcp.srcport"]:
            continue  # TCP fields there would be the quoted header of an ICMP error
        syn = row["tcp.flags.syn"] in ("1", "True")
        ack = row["tcp.flags.ack"] in ("1", "True")
        if syn and not ack:
            counts["syns"] += 1
            attempts.add((src, row["tcp.srcport"], dst, row["tcp.dstport"], int(row["tcp.seq_raw"])))
        elif syn and ack:
            syn_acks.append((dst, row["tcp.dstport"], src, row["tcp.srcport"], int(row["tcp.ack_raw"])))
    for client, cport, server, sport, ack_raw in syn_acks:
        key = (client, cport, server, sport, (ack_raw - 1) % 2**32)
        if key in attempts:
            established.add(key)
    counts["connections"] = len(attempts)
    counts["established"] = len(established)
    return counts


def natdoctor_counts(natdoctor, path):
    result = subprocess.run([natdoctor, "analyze", path, "--json"], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"natdoctor exited {result.returncode}: {result.stderr.strip()}")
    j = json.loads(result.stdout)
    return {
        "packets": j["packets"],
        "fragments": j["fragments"]["packets"],
        "syns": j["tcp"]["connections"] + j["tcp"]["syn_retransmissions"],
        "connections": j["tcp"]["connections"],
        "established": j["tcp"]["established"],
    }


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    natdoctor, data_dir = sys.argv[1], sys.argv[2]
    if not shutil.which("tshark"):
        print("SKIP: tshark is not installed")
        return 77
    captures = sorted(glob.glob(os.path.join(data_dir, "*.pcap")) + glob.glob(os.path.join(data_dir, "*.pcapng")))
    if not captures:
        print(f"no captures in {data_dir}", file=sys.stderr)
        return 1
    failed = 0
    for path in captures:
        theirs = tshark_counts(path)
        ours = natdoctor_counts(natdoctor, path)
        status = "ok" if theirs == ours else "MISMATCH"
        failed += status != "ok"
        print(f"{status:8} {os.path.basename(path)}: natdoctor {ours} tshark {theirs}")
    print(f"{len(captures) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
