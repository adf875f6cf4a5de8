#pragma once

#include "capture/IpAddress.h"

#include <cstdint>

namespace natdoctor::capture {

namespace tcpflag {
inline constexpr uint8_t Fin = 0x01;
inline constexpr uint8_t Syn = 0x02;
inline constexpr uint8_t Rst = 0x04;
inline constexpr uint8_t Psh = 0x08;
inline constexpr uint8_t Ack = 0x10;
} // namespace tcpflag

namespace ipproto {
inline constexpr uint8_t Icmp = 1;
inline constexpr uint8_t Tcp = 6;
inline constexpr uint8_t Udp = 17;
inline constexpr uint8_t Icmpv6 = 58;
} // namespace ipproto

struct TcpInfo
{
    uint16_t srcPort = 0;
    uint16_t dstPort = 0;
    uint32_t seq = 0;
    uint32_t ack = 0;
    uint8_t flags = 0;
    uint32_t payloadLength = 0; // from the IP length, so right for offloaded super-packets
    bool hasMss = false;
    uint16_t mss = 0;
    bool hasTimestamp = false;
    uint32_t tsVal = 0;
    uint32_t tsEcr = 0;

    bool has(uint8_t flag) const { return (flags & flag) != 0; }
};

// ICMP "fragmentation needed" (type 3 code 4) or ICMPv6 "packet too big" (type 2).
struct IcmpInfo
{
    uint8_t type = 0;
    uint8_t code = 0;
    bool fragmentationNeeded = false;
    uint32_t mtu = 0; // next-hop MTU when fragmentationNeeded
};

// One packet decoded down to the transport header. Plain data, filled by PacketDecoder.
struct DecodedPacket
{
    int64_t timeUs = 0;
    uint32_t capturedLength = 0;
    uint32_t wireLength = 0;

    bool hasIp = false;
    uint8_t ipVersion = 0;
    IpAddress src;
    IpAddress dst;
    uint8_t protocol = 0; // upper-layer protocol (after IPv6 extension headers)
    uint32_t ipLength = 0; // IP packet length on the wire, header included
    bool superPacket = false; // offloaded: IP length 0 or beyond what one frame can carry

    // Fragmentation (IPv4 header fields, or the IPv6 Fragment header).
    uint32_t ipId = 0;
    bool dontFragment = false;
    bool moreFragments = false;
    uint32_t fragmentOffset = 0; // in bytes
    bool isFragment = false; // IPv4 MF or offset != 0; IPv6 with a Fragment header
    uint32_t fragmentPayloadLength = 0; // bytes of the datagram this fragment carries

    bool hasTcp = false;
    TcpInfo tcp;
    bool hasIcmp = false;
    IcmpInfo icmp;
};

} // namespace natdoctor::capture
