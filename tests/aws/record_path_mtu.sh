#!/usr/bin/env bash
# Records natdoctor's path MTU probe (pathMtuScript() in core/cloud/NatGatewayStep.cpp,
# taken from the source) on a real path: three network namespaces, a client
# with MTU 9001, a router whose far side has MTU 1500, a destination. Root only.
#   tests/data/path-mtu-blackhole.txt  the router's ICMP "fragmentation needed" dropped (nftables)
#   tests/data/path-mtu-pmtud.txt      the same path with the ICMP let through
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data="$here/../data"
[ "$(id -u)" -eq 0 ] || { echo "record_path_mtu.sh: needs root (network namespaces)" >&2; exit 1; }
script=$(mktemp)
python3 - "$here/../../core/cloud/NatGatewayStep.cpp" >"$script" <<'PY'
import ast, re, sys
s = open(sys.argv[1]).read()
i = s.index("std::string_view pathMtuScript()")
j = s.index("return", i)
k = s.index(";\n}", j)
print("".join(ast.literal_eval('"' + l + '"') for l in re.findall(r'"((?:[^"\\]|\\.)*)"', s[j:k])), end="")
PY
down() { for n in nd-cli nd-rtr nd-dst; do ip netns del "$n" 2>/dev/null || true; done; }
trap 'down; rm -f "$script"' EXIT
down
for n in nd-cli nd-rtr nd-dst; do ip netns add "$n"; ip -n "$n" link set lo up; done
ip link add c0 netns nd-cli type veth peer name r0 netns nd-rtr
ip link add r1 netns nd-rtr type veth peer name d0 netns nd-dst
ip -n nd-cli link set c0 mtu 9001 up; ip -n nd-cli addr add 10.99.1.2/24 dev c0
ip -n nd-rtr link set r0 mtu 9001 up; ip -n nd-rtr addr add 10.99.1.1/24 dev r0
ip -n nd-rtr link set r1 mtu 1500 up; ip -n nd-rtr addr add 10.99.2.1/24 dev r1
ip -n nd-dst link set d0 mtu 1500 up; ip -n nd-dst addr add 10.99.2.2/24 dev d0
ip -n nd-cli route add default via 10.99.1.1
ip -n nd-dst route add default via 10.99.2.1
ip netns exec nd-rtr sysctl -qw net.ipv4.ip_forward=1
ip netns exec nd-rtr nft -f - <<'NFT'
table inet natdoctor_blackhole {
    chain out {
        type filter hook output priority 0;
        icmp type destination-unreachable icmp code frag-needed drop
    }
}
NFT
ip netns exec nd-cli bash "$script" 10.99.2.2 >"$data/path-mtu-blackhole.txt"
ip netns exec nd-rtr nft delete table inet natdoctor_blackhole
ip netns exec nd-cli bash "$script" 10.99.2.2 >"$data/path-mtu-pmtud.txt"
cat "$data/path-mtu-blackhole.txt" "$data/path-mtu-pmtud.txt"
