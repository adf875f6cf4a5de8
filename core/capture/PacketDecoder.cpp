#include "capture/PacketDecoder.h"

#include <pcap/pcap.h>

namespace natdoctor::capture {

namespace {

constexpr uint16_t EtherTypeIpv4 = 0x0800;
constexpr uint16_t EtherTypeIpv6 = 0x86dd;
constexpr uint16_t EtherTypeVlan = 0x8100;
constexpr uint16_t EtherTypeQinQ = 0x88a8;
constexpr uint16_t EtherTypeQinQOld = 0x9100;

// Address family values BSD-style loopback headers use for IPv6 (OS dependent).
constexpr bool isBsdAfInet6(uint32_t af)
{
    return af == 24 || af == 28 || af == 30 || af == 10;
}

inline uint16_t be16(const uint8_t* p)
{
    return static_cast<uint16_t>(p[0] << 8 | p[1]);
}
inline uint32_t be32(const uint8_t* p)
{
    return static_cast<uint32_t>(p[0]) << 24 | static_cast<uint32_t>(p[1]) << 16
        | static_cast<uint32_t>(p[2]) << 8 | p[3];
}

constexpr uint16_t EtherTypeMplsUnicast = 0x8847;
constexpr uint16_t EtherTypeMplsMulticast = 0x8848;
constexpr uint16_t EtherTypePppoeSession = 0x8864;
constexpr uint16_t PppIpv4 = 0x0021;
constexpr uint16_t PppIpv6 = 0x0057;
constexpr uint16_t NflogPayload = 9; // NFULA_PAYLOAD: the packet itself

// Follows an EtherType through VLAN tags (802.1Q, QinQ), an MPLS label stack
// and a PPPoE session to the IP header: its offset, or -1.
long ipAfterEtherType(uint16_t type, const uint8_t* p, size_t offset, size_t len)
{
    for (int guard = 0; guard < 8; ++guard) {
        switch (type) {
        case EtherTypeIpv4:
        case EtherTypeIpv6:
            return static_cast<long>(offset);
        case EtherTypeVlan:
        case EtherTypeQinQ:
        case EtherTypeQinQOld: // tag control, then the next EtherType
            if (offset + 4 > len)
                return -1;
            type = be16(p + offset + 2);
            offset += 4;
            continue;
        case EtherTypeMplsUnicast:
        case EtherTypeMplsMulticast: {
            // Labels up to the bottom-of-stack bit; then IP, told by its version
            // (no EtherType follows MPLS; a 0 nibble is a pseudowire, not IP).
            for (int labels = 0;; ++labels) {
                if (offset + 4 > len || labels == 16)
                    return -1;
                const bool bottom = (p[offset + 2] & 0x01) != 0;
                offset += 4;
                if (bottom)
                    break;
            }
            if (offset >= len)
                return -1;
            const uint8_t version = p[offset] >> 4;
            return version == 4 || version == 6 ? static_cast<long>(offset) : -1;
        }
        case EtherTypePppoeSession: { // version/type, code, session, length, then PPP's protocol
            if (offset + 8 > len)
                return -1;
            const uint16_t protocol = be16(p + offset + 6);
            return protocol == PppIpv4 || protocol == PppIpv6 ? static_cast<long>(offset + 8) : -1;
        }
        default:
            return -1;
        }
    }
    return -1;
}

// NFLOG: family, version, resource id, then TLVs (length and type in the
// logging host's byte order, little-endian nearly always: told apart by which
// reading fits) padded to 4 bytes; the packet is the NFULA_PAYLOAD TLV.
long nflogPayload(const uint8_t* p, size_t len)
{
    if (len < 8 || p[1] != 0)
        return -1;
    const uint16_t firstLittle = static_cast<uint16_t>(p[4] | p[5] << 8);
    const bool little = firstLittle >= 4 && firstLittle <= len - 4;
    size_t offset = 4;
    for (int guard = 0; guard < 64 && offset + 4 <= len; ++guard) {
        const uint16_t length
            = little ? static_cast<uint16_t>(p[offset] | p[offset + 1] << 8) : be16(p + offset);
        const uint16_t type
            = (little ? static_cast<uint16_t>(p[offset + 2] | p[offset + 3] << 8) : be16(p + offset + 2))
            & 0x3fff;
        if (length < 4)
            return -1;
        if (type == NflogPayload)
            return length > 4 ? static_cast<long>(offset + 4) : -1;
        offset += (static_cast<size_t>(length) + 3) & ~size_t(3);
    }
    return -1;
}

// Where the IP header starts in a frame, or -1 if the frame carries no IP.
long ipOffset(int linkType, const uint8_t* p, size_t len)
{
    switch (linkType) {
    case DLT_EN10MB:
        if (len < 14)
            return -1;
        return ipAfterEtherType(be16(p + 12), p, 14, len);
    case DLT_LINUX_SLL: // 16-byte header, protocol in the last two bytes
        if (len < 16)
            return -1;
        return ipAfterEtherType(be16(p + 14), p, 16, len);
    case DLT_LINUX_SLL2: // 20-byte header, protocol first
        if (len < 20)
            return -1;
        return ipAfterEtherType(be16(p), p, 20, len);
    case DLT_RAW:
    case DLT_IPV4:
    case DLT_IPV6:
        return 0;
    case DLT_NULL: { // address family in the byte order of the capturing host
        if (len < 4)
            return -1;
        const uint32_t little = static_cast<uint32_t>(p[0]) | static_cast<uint32_t>(p[1]) << 8
            | static_cast<uint32_t>(p[2]) << 16 | static_cast<uint32_t>(p[3]) << 24;
        const uint32_t big = be32(p);
        const bool ip = little == 2 || big == 2 || isBsdAfInet6(little) || isBsdAfInet6(big);
        return ip ? 4 : -1;
    }
    case DLT_LOOP: { // network byte order
        if (len < 4)
            return -1;
        const uint32_t af = be32(p);
        return (af == 2 || isBsdAfInet6(af)) ? 4 : -1;
    }
    case DLT_NFLOG:
        return nflogPayload(p, len);
    default:
        return -1;
    }
}

void decodeTcp(const uint8_t* p, size_t len, uint32_t segmentLength, DecodedPacket& out)
{
    if (len < 20)
        return;
    TcpInfo& tcp = out.tcp;
    tcp.srcPort = be16(p);
    tcp.dstPort = be16(p + 2);
    tcp.seq = be32(p + 4);
    tcp.ack = be32(p + 8);
    const size_t headerLength = static_cast<size_t>(p[12] >> 4) * 4;
    tcp.flags = p[13];
    if (headerLength < 20)
        return;
    out.hasTcp = true;
    tcp.payloadLength
        = segmentLength > headerLength ? segmentLength - static_cast<uint32_t>(headerLength) : 0;

    // Options, as far as they were captured.
    const size_t end = headerLength < len ? headerLength : len;
    size_t i = 20;
    while (i < end) {
        const uint8_t kind = p[i];
        if (kind == 0)
            break;
        if (kind == 1) {
            ++i;
            continue;
        }
        if (i + 1 >= end)
            break;
        const uint8_t optionLength = p[i + 1];
        if (optionLength < 2 || i + optionLength > end)
            break;
        if (kind == 2 && optionLength == 4) {
            tcp.hasMss = true;
            tcp.mss = be16(p + i + 2);
        } else if (kind == 8 && optionLength == 10) {
            tcp.hasTimestamp = true;
            tcp.tsVal = be32(p + i + 2);
            tcp.tsEcr = be32(p + i + 6);
        }
        i += optionLength;
    }
}

void decodeIcmp(const uint8_t* p, size_t len, bool v6, DecodedPacket& out)
{
    if (len < 8)
        return;
    out.hasIcmp = true;
    out.icmp.type = p[0];
    out.icmp.code = p[1];
    if (!v6 && p[0] == 3 && p[1] == 4) {
        out.icmp.fragmentationNeeded = true;
        out.icmp.mtu = be16(p + 6);
    } else if (v6 && p[0] == 2) {
        out.icmp.fragmentationNeeded = true;
        out.icmp.mtu = be32(p + 4);
    }
}

void decodeTransport(const uint8_t* p, size_t len, uint32_t segmentLength, DecodedPacket& out)
{
    if (out.protocol == ipproto::Tcp)
        decodeTcp(p, len, segmentLength, out);
    else if (out.protocol == ipproto::Icmp)
        decodeIcmp(p, len, false, out);
    else if (out.protocol == ipproto::Icmpv6)
        decodeIcmp(p, len, true, out);
}

DecodeStatus decodeIpv4(const uint8_t* p, size_t len, size_t wireLength, DecodedPacket& out)
{
    if (len < 20)
        return DecodeStatus::Malformed;
    const size_t headerLength = static_cast<size_t>(p[0] & 0x0f) * 4;
    if (headerLength < 20 || headerLength > len)
        return DecodeStatus::Malformed;
    uint32_t total = be16(p + 2);
    if (total == 0) {
        // TSO/GSO super-packet seen on the sending host: the length field is left
        // 0 and the frame length is the truth. (A non-zero length shorter than
        // the frame is Ethernet padding: trust the header.)
        out.superPacket = true;
        total = static_cast<uint32_t>(wireLength);
    }
    if (total < headerLength)
        return DecodeStatus::Malformed;
    out.hasIp = true;
    out.ipVersion = 4;
    out.ipLength = total;
    out.ipId = be16(p + 4);
    const uint16_t flagsOffset = be16(p + 6);
    out.dontFragment = (flagsOffset & 0x4000) != 0;
    out.moreFragments = (flagsOffset & 0x2000) != 0;
    out.fragmentOffset = static_cast<uint32_t>(flagsOffset & 0x1fff) * 8;
    out.isFragment = out.moreFragments || out.fragmentOffset != 0;
    out.protocol = p[9];
    out.src = IpAddress::v4(p + 12);
    out.dst = IpAddress::v4(p + 16);
    const uint32_t payload = total - static_cast<uint32_t>(headerLength);
    out.fragmentPayloadLength = payload;
    if (out.fragmentOffset == 0)
        decodeTransport(p + headerLength, len - headerLength, payload, out);
    return DecodeStatus::Ok;
}

bool isIpv6ExtensionHeader(uint8_t next)
{
    return next == 0 || next == 43 || next == 60 || next == 51 || next == 135 || next == 139 || next == 140;
}

DecodeStatus decodeIpv6(const uint8_t* p, size_t len, size_t wireLength, DecodedPacket& out)
{
    if (len < 40)
        return DecodeStatus::Malformed;
    out.hasIp = true;
    out.ipVersion = 6;
    const uint32_t payloadLength = be16(p + 4);
    uint32_t total = 40 + payloadLength;
    if (payloadLength == 0 && wireLength > 40) {
        out.superPacket = true; // jumbogram / BIG TCP super-packet
        total = static_cast<uint32_t>(wireLength);
    }
    out.ipLength = total;
    out.src = IpAddress::v6(p + 8);
    out.dst = IpAddress::v6(p + 24);

    uint8_t next = p[6];
    size_t offset = 40;
    // Walk the extension headers (bounded: each is at least 8 bytes).
    for (int guard = 0; guard < 16; ++guard) {
        if (next == 44) { // Fragment header
            if (offset + 8 > len)
                return DecodeStatus::Malformed;
            const uint16_t offsetFlags = be16(p + offset + 2);
            out.isFragment = true;
            out.fragmentOffset = offsetFlags & 0xfff8u;
            out.moreFragments = (offsetFlags & 1u) != 0;
            out.ipId = be32(p + offset + 4);
            next = p[offset];
            offset += 8;
            continue;
        }
        if (!isIpv6ExtensionHeader(next))
            break;
        if (offset + 8 > len)
            return DecodeStatus::Malformed;
        const size_t extLength = next == 51 ? (static_cast<size_t>(p[offset + 1]) + 2) * 4
                                            : (static_cast<size_t>(p[offset + 1]) + 1) * 8;
        next = p[offset];
        offset += extLength;
    }
    out.protocol = next;
    if (offset > total)
        return DecodeStatus::Malformed;
    const uint32_t upper = total - static_cast<uint32_t>(offset);
    out.fragmentPayloadLength = upper;
    if (offset <= len && out.fragmentOffset == 0)
        decodeTransport(p + offset, len - offset, upper, out);
    return DecodeStatus::Ok;
}

} // namespace

DecodeStatus decodeIp(const uint8_t* data, size_t capturedLength, size_t wireLength, DecodedPacket& out)
{
    if (capturedLength < 1)
        return DecodeStatus::Malformed;
    switch (data[0] >> 4) {
    case 4:
        return decodeIpv4(data, capturedLength, wireLength, out);
    case 6:
        return decodeIpv6(data, capturedLength, wireLength, out);
    default:
        return DecodeStatus::NotIp;
    }
}

DecodeStatus decodePacket(int linkType, const RawPacket& raw, DecodedPacket& out)
{
    out = DecodedPacket {};
    out.timeUs = raw.timeUs;
    out.capturedLength = raw.capturedLength;
    out.wireLength = raw.wireLength;
    const long offset = ipOffset(linkType, raw.data, raw.capturedLength);
    if (offset < 0)
        return DecodeStatus::NotIp;
    const auto o = static_cast<size_t>(offset);
    if (o >= raw.capturedLength)
        return DecodeStatus::Malformed;
    const size_t wire = raw.wireLength > o ? raw.wireLength - o : 0;
    return decodeIp(raw.data + o, raw.capturedLength - o, wire, out);
}

} // namespace natdoctor::capture
