#pragma once

#include <cstdint>
#include <string>

namespace natdoctor::bench {

// What the generator wrote, in the terms of docs/design.md §5: natdoctor must
// report exactly these numbers for the file.
struct SyntheticCounts
{
    uint64_t packets = 0;
    uint64_t fragmentPackets = 0;
    uint64_t fragmentDatagrams = 0; // all of them complete (reassembled)
    uint64_t connections = 0;
    uint64_t established = 0;
    uint64_t fragmentedConnections = 0;
    uint64_t refused = 0;
    uint64_t unanswered = 0;
    uint64_t synRetransmissions = 0;
    uint64_t bytes = 0; // file size
};

struct SyntheticConfig
{
    uint64_t flows = 140'000; // about 11.3 packets a flow: just over 1.5 M packets
    uint32_t clients = 16'384; // client hosts (172.16.0.0/18)
    uint32_t servers = 4; // 10.0.0.1 ...
    uint32_t flowsPerSecond = 1'000; // of capture time: bounds live state
};

// Writes an Ethernet pcap of TCP connection attempts: established ones (10 % of
// their responses fragmented through an MTU of 1000), refused ones (RST) and
// unanswered ones (SYN + 2 retransmissions), all SYNs with the timestamps
// option. Deterministic for a given config. Throws std::runtime_error.
SyntheticCounts writeSyntheticCapture(const std::string& path, const SyntheticConfig& config);

} // namespace natdoctor::bench
