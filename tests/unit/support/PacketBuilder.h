#pragma once

// Builds link-layer frames byte by byte for decoder and analyzer tests, and
// writes them to pcap files with libpcap's pcap_dump.

#include "capture/CaptureReader.h"

#include <cstdint>
#include <string>
#include <vector>

namespace natdoctor::test {

using Bytes = std::vector<uint8_t>;

struct TcpSpec
{
    uint16_t srcPort = 40000;
    uint16_t dstPort = 80;
    uint32_t seq = 1000;
    uint32_t ack = 0;
    uint8_t flags = 0x02; // SYN
    uint32_t payload = 0;
    int mss = -1; // >= 0 adds the MSS option
    bool timestamps = false;
    uint32_t tsVal = 0;
    uint32_t tsEcr = 0;
};

struct Ipv4Spec
{
    std::string src = "198.18.0.10";
    std::string dst = "198.19.0.20";
    uint16_t id = 1;
    bool df = true;
    bool mf = false;
    uint16_t offsetBytes = 0;
    uint8_t protocol = 6;
    int totalLengthOverride = -1; // e.g. 0 for an offloaded super-packet
};

// IPv4 header + `l4` (the transport header and payload bytes).
Bytes ipv4(const Ipv4Spec& ip, const Bytes& l4);
// IPv6 header (+ a Fragment header when `fragment`) + `l4`.
Bytes ipv6(const std::string& src, const std::string& dst, uint8_t nextHeader, const Bytes& l4,
           bool fragment = false, uint16_t offsetBytes = 0, bool more = false, uint32_t id = 0);
Bytes tcp(const TcpSpec& spec);
Bytes icmpFragNeeded(uint16_t mtu);
Bytes icmpv6PacketTooBig(uint32_t mtu);

// Link-layer wrappers.
Bytes ethernet(const Bytes& ip, bool v6 = false, int vlanTags = 0);
Bytes linuxSll(const Bytes& ip, bool v6 = false);
Bytes linuxSll2(const Bytes& ip, bool v6 = false);
Bytes bsdNull(const Bytes& ip, bool v6 = false, bool bigEndian = false);

// A RawPacket pointing into `frame` (which must outlive it).
capture::RawPacket raw(const Bytes& frame, int64_t timeUs = 0, uint32_t wireLength = 0);

// Writes frames to a pcap file of link type `dlt`. Each frame is (time, bytes).
struct Frame
{
    int64_t timeUs = 0;
    Bytes bytes;
    uint32_t wireLength = 0; // 0: same as bytes.size()
};
void writePcap(const std::string& path, int dlt, const std::vector<Frame>& frames);

// A fresh temporary path (deleted by the caller or left in /tmp).
std::string tempPath(const std::string& name);

} // namespace natdoctor::test
