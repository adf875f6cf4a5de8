#include "capture/PacketDecoder.h"

#include "support/PacketBuilder.h"

#include <gtest/gtest.h>
#include <pcap/pcap.h>

using namespace natdoctor::capture;
using namespace natdoctor::test;

namespace {

Bytes synWithOptions()
{
    TcpSpec t;
    t.mss = 1460;
    t.timestamps = true;
    t.tsVal = 123456;
    t.tsEcr = 0;
    return ipv4({}, tcp(t));
}

DecodedPacket decodeOk(int dlt, const Bytes& frame)
{
    DecodedPacket p;
    EXPECT_EQ(decodePacket(dlt, raw(frame), p), DecodeStatus::Ok);
    return p;
}

} // namespace

TEST(PacketDecoder, DecodesEthernetIpv4TcpSynWithOptions)
{
    const DecodedPacket p = decodeOk(DLT_EN10MB, ethernet(synWithOptions()));
    EXPECT_EQ(p.ipVersion, 4);
    EXPECT_EQ(p.src.toString(), "198.18.0.10");
    EXPECT_EQ(p.dst.toString(), "198.19.0.20");
    EXPECT_TRUE(p.dontFragment);
    EXPECT_FALSE(p.isFragment);
    ASSERT_TRUE(p.hasTcp);
    EXPECT_TRUE(p.tcp.has(tcpflag::Syn));
    EXPECT_EQ(p.tcp.srcPort, 40000);
    EXPECT_EQ(p.tcp.dstPort, 80);
    EXPECT_TRUE(p.tcp.hasMss);
    EXPECT_EQ(p.tcp.mss, 1460);
    EXPECT_TRUE(p.tcp.hasTimestamp);
    EXPECT_EQ(p.tcp.tsVal, 123456u);
    EXPECT_EQ(p.tcp.payloadLength, 0u);
}

TEST(PacketDecoder, SkipsStackedVlanTags)
{
    const DecodedPacket p = decodeOk(DLT_EN10MB, ethernet(synWithOptions(), false, 2));
    EXPECT_TRUE(p.hasTcp);
    EXPECT_EQ(p.tcp.mss, 1460);
}

TEST(PacketDecoder, DecodesEveryLinkType)
{
    const Bytes ip = synWithOptions();
    EXPECT_TRUE(decodeOk(DLT_LINUX_SLL, linuxSll(ip)).hasTcp);
    EXPECT_TRUE(decodeOk(DLT_LINUX_SLL2, linuxSll2(ip)).hasTcp);
    EXPECT_TRUE(decodeOk(DLT_RAW, ip).hasTcp);
    EXPECT_TRUE(decodeOk(DLT_IPV4, ip).hasTcp);
    EXPECT_TRUE(decodeOk(DLT_NULL, bsdNull(ip)).hasTcp);
    EXPECT_TRUE(decodeOk(DLT_NULL, bsdNull(ip, false, true)).hasTcp);
    EXPECT_TRUE(decodeOk(DLT_LOOP, bsdNull(ip, false, true)).hasTcp);
    const Bytes v6 = ipv6("2001:db8::1", "2001:db8::2", 6, tcp({}));
    EXPECT_EQ(decodeOk(DLT_IPV6, v6).ipVersion, 6);
    EXPECT_EQ(decodeOk(DLT_NULL, bsdNull(v6, true)).ipVersion, 6);
    EXPECT_EQ(decodeOk(DLT_LINUX_SLL2, linuxSll2(v6, true)).ipVersion, 6);
}

TEST(PacketDecoder, NonIpFramesAreNotIp)
{
    Bytes arp(42, 0);
    arp[12] = 0x08;
    arp[13] = 0x06;
    DecodedPacket p;
    EXPECT_EQ(decodePacket(DLT_EN10MB, raw(arp), p), DecodeStatus::NotIp);
    EXPECT_FALSE(p.hasIp);
}

TEST(PacketDecoder, Ipv4FragmentsCarryOffsetAndOnlyTheFirstHasTcp)
{
    Ipv4Spec first;
    first.df = false;
    first.mf = true;
    first.id = 0x1234;
    TcpSpec data;
    data.flags = 0x18;
    data.payload = 956; // 20-byte TCP header + 956 = 976 bytes of fragment payload
    const DecodedPacket a = decodeOk(DLT_EN10MB, ethernet(ipv4(first, tcp(data))));
    EXPECT_TRUE(a.isFragment);
    EXPECT_TRUE(a.moreFragments);
    EXPECT_EQ(a.fragmentOffset, 0u);
    EXPECT_EQ(a.ipId, 0x1234u);
    EXPECT_TRUE(a.hasTcp);
    EXPECT_EQ(a.fragmentPayloadLength, 976u);

    Ipv4Spec second = first;
    second.mf = false;
    second.offsetBytes = 976;
    const DecodedPacket b = decodeOk(DLT_EN10MB, ethernet(ipv4(second, Bytes(504, 0xcd))));
    EXPECT_TRUE(b.isFragment);
    EXPECT_FALSE(b.moreFragments);
    EXPECT_EQ(b.fragmentOffset, 976u);
    EXPECT_FALSE(b.hasTcp);
    EXPECT_EQ(b.ipLength, 524u);
}

TEST(PacketDecoder, Ipv6FragmentHeaderMarksAFragment)
{
    const Bytes frag = ipv6("2001:db8::1", "2001:db8::2", 58, Bytes(1232, 0), true, 1232, true, 0xdeadbeef);
    const DecodedPacket p = decodeOk(DLT_EN10MB, ethernet(frag, true));
    EXPECT_TRUE(p.isFragment);
    EXPECT_TRUE(p.moreFragments);
    EXPECT_EQ(p.fragmentOffset, 1232u);
    EXPECT_EQ(p.ipId, 0xdeadbeefu);
    EXPECT_EQ(p.protocol, 58);
    EXPECT_EQ(p.ipLength, 40u + 8u + 1232u);
    EXPECT_EQ(p.fragmentPayloadLength, 1232u);
}

TEST(PacketDecoder, IcmpFragmentationNeededAndPacketTooBigGiveTheMtu)
{
    Ipv4Spec ip;
    ip.protocol = 1;
    const DecodedPacket v4 = decodeOk(DLT_RAW, ipv4(ip, icmpFragNeeded(1000)));
    ASSERT_TRUE(v4.hasIcmp);
    EXPECT_TRUE(v4.icmp.fragmentationNeeded);
    EXPECT_EQ(v4.icmp.mtu, 1000u);

    const DecodedPacket v6
        = decodeOk(DLT_RAW, ipv6("2001:db8::1", "2001:db8::2", 58, icmpv6PacketTooBig(1280)));
    ASSERT_TRUE(v6.hasIcmp);
    EXPECT_TRUE(v6.icmp.fragmentationNeeded);
    EXPECT_EQ(v6.icmp.mtu, 1280u);
}

TEST(PacketDecoder, OffloadedSuperPacketTakesItsLengthFromTheFrame)
{
    Ipv4Spec ip;
    ip.totalLengthOverride = 0;
    TcpSpec data;
    data.flags = 0x18;
    data.payload = 200; // captured part of a 30000-byte super-packet
    const Bytes frame = ethernet(ipv4(ip, tcp(data)));
    DecodedPacket p;
    ASSERT_EQ(decodePacket(DLT_EN10MB, raw(frame, 0, 14 + 30000), p), DecodeStatus::Ok);
    EXPECT_TRUE(p.superPacket);
    EXPECT_EQ(p.ipLength, 30000u);
    EXPECT_EQ(p.tcp.payloadLength, 30000u - 40u);
}

TEST(PacketDecoder, SnappedPacketKeepsTheHeaderLength)
{
    TcpSpec data;
    data.flags = 0x10;
    data.payload = 1460;
    Bytes frame = ethernet(ipv4({}, tcp(data)));
    const auto wire = static_cast<uint32_t>(frame.size());
    frame.resize(96); // like tcpdump -s 96
    DecodedPacket p;
    ASSERT_EQ(decodePacket(DLT_EN10MB, raw(frame, 0, wire), p), DecodeStatus::Ok);
    EXPECT_EQ(p.ipLength, 1500u);
    EXPECT_EQ(p.tcp.payloadLength, 1460u);
}

TEST(PacketDecoder, ShortOrInconsistentHeadersAreMalformedNotRead)
{
    Bytes ip = synWithOptions();
    DecodedPacket p;
    EXPECT_EQ(decodePacket(DLT_RAW, raw(Bytes(ip.begin(), ip.begin() + 12)), p), DecodeStatus::Malformed);
    Bytes badIhl = ip;
    badIhl[0] = 0x42; // header length 8 bytes
    EXPECT_EQ(decodePacket(DLT_RAW, raw(badIhl), p), DecodeStatus::Malformed);
    Bytes shortTotal = ip;
    shortTotal[2] = 0;
    shortTotal[3] = 10; // total length below the header length
    EXPECT_EQ(decodePacket(DLT_RAW, raw(shortTotal), p), DecodeStatus::Malformed);
    EXPECT_EQ(decodePacket(DLT_LINUX_SLL2, raw(Bytes(10, 0)), p), DecodeStatus::NotIp);
    // A TCP header cut by the snapshot length: IP decoded, TCP left out.
    Bytes cut(ip.begin(), ip.begin() + 30);
    ASSERT_EQ(decodePacket(DLT_RAW, raw(cut, 0, static_cast<uint32_t>(ip.size())), p), DecodeStatus::Ok);
    EXPECT_FALSE(p.hasTcp);
}

TEST(PacketDecoder, TruncatedTcpOptionsStopWithoutOverrun)
{
    TcpSpec t;
    t.timestamps = true;
    Bytes ip = ipv4({}, tcp(t));
    ip.resize(ip.size() - 6); // timestamp option cut in the middle
    DecodedPacket p;
    ASSERT_EQ(decodePacket(DLT_RAW, raw(ip, 0, static_cast<uint32_t>(ip.size() + 6)), p), DecodeStatus::Ok);
    EXPECT_TRUE(p.hasTcp);
    EXPECT_FALSE(p.tcp.hasTimestamp);
}

namespace {

// An Ethernet header whose EtherType chain is `chain` (bytes after the MACs).
Bytes ethernetWith(const Bytes& chain, const Bytes& ip)
{
    Bytes b(12, 0x02);
    b.insert(b.end(), chain.begin(), chain.end());
    b.insert(b.end(), ip.begin(), ip.end());
    return b;
}

Bytes mplsLabels(int count)
{
    Bytes b;
    for (int i = 0; i < count; ++i) // label 100 + i, bottom of stack on the last, TTL 64
        b.insert(
            b.end(),
            { 0x00, static_cast<uint8_t>(0x06 + i), static_cast<uint8_t>(i == count - 1 ? 0x41 : 0x40), 64 });
    return b;
}

Bytes pppoeSession(bool v6)
{
    return { 0x88, 0x64, 0x11, 0x00, 0x12, 0x34, 0x00, 0x00, 0x00, static_cast<uint8_t>(v6 ? 0x57 : 0x21) };
}

// NFLOG as Linux logs it: TLV lengths and types in the host's byte order.
Bytes nflogRecord(const Bytes& ip, bool bigEndianTlvs, uint8_t family = 2)
{
    Bytes b { family, 0, 0, 5 };
    const auto tlv = [&](uint16_t type, const Bytes& value) {
        const uint16_t length = static_cast<uint16_t>(4 + value.size());
        if (bigEndianTlvs)
            b.insert(b.end(),
                     { static_cast<uint8_t>(length >> 8), static_cast<uint8_t>(length),
                       static_cast<uint8_t>(type >> 8), static_cast<uint8_t>(type) });
        else
            b.insert(b.end(),
                     { static_cast<uint8_t>(length), static_cast<uint8_t>(length >> 8),
                       static_cast<uint8_t>(type), static_cast<uint8_t>(type >> 8) });
        b.insert(b.end(), value.begin(), value.end());
        while (b.size() % 4 != 0)
            b.push_back(0);
    };
    tlv(1, { 0x08, 0x00, 3, 0 }); // NFULA_PACKET_HDR
    tlv(10, { 'n', 'd', 0 }); // NFULA_PREFIX, padded
    tlv(9, ip); // NFULA_PAYLOAD
    return b;
}

} // namespace

TEST(PacketDecoder, FindsIpBehindQinqMplsAndPppoe)
{
    const Bytes ip = synWithOptions();
    // QinQ: S-tag 0x88a8, C-tag 0x8100, IPv4.
    EXPECT_TRUE(
        decodeOk(DLT_EN10MB, ethernetWith({ 0x88, 0xa8, 0, 10, 0x81, 0x00, 0, 20, 0x08, 0x00 }, ip)).hasTcp);
    // MPLS label stacks of one and three labels, then IPv4 (told by its version).
    for (const int labels : { 1, 3 }) {
        Bytes chain { 0x88, 0x47 };
        const Bytes stack = mplsLabels(labels);
        chain.insert(chain.end(), stack.begin(), stack.end());
        const DecodedPacket p = decodeOk(DLT_EN10MB, ethernetWith(chain, ip));
        EXPECT_TRUE(p.hasTcp) << labels << " labels";
        EXPECT_EQ(p.tcp.mss, 1460);
    }
    // MPLS inside an 802.1Q tag, IPv6 under it.
    const Bytes v6 = ipv6("2001:db8::1", "2001:db8::2", 6, tcp({}));
    Bytes chain { 0x81, 0x00, 0, 30, 0x88, 0x47 };
    const Bytes stack = mplsLabels(2);
    chain.insert(chain.end(), stack.begin(), stack.end());
    EXPECT_EQ(decodeOk(DLT_EN10MB, ethernetWith(chain, v6)).ipVersion, 6);
    // PPPoE session, plain and inside QinQ; IPv4 and IPv6.
    EXPECT_TRUE(decodeOk(DLT_EN10MB, ethernetWith(pppoeSession(false), ip)).hasTcp);
    Bytes qinqPppoe { 0x88, 0xa8, 0, 10, 0x81, 0x00, 0, 20 };
    const Bytes session = pppoeSession(true);
    qinqPppoe.insert(qinqPppoe.end(), session.begin(), session.end());
    EXPECT_EQ(decodeOk(DLT_EN10MB, ethernetWith(qinqPppoe, v6)).ipVersion, 6);
    // The same chains from Linux cooked v2 ("any" on a host with VLANs or MPLS).
    Bytes sll2(20, 0);
    sll2[0] = 0x88;
    sll2[1] = 0x47;
    Bytes sllMpls = sll2;
    const Bytes one = mplsLabels(1);
    sllMpls.insert(sllMpls.end(), one.begin(), one.end());
    sllMpls.insert(sllMpls.end(), ip.begin(), ip.end());
    EXPECT_TRUE(decodeOk(DLT_LINUX_SLL2, sllMpls).hasTcp);
}

TEST(PacketDecoder, MplsWithoutIpAndPppoeControlAreNotIp)
{
    DecodedPacket p;
    // A pseudowire control word (first nibble 0) after the label: not IP.
    Bytes chain { 0x88, 0x47 };
    const Bytes stack = mplsLabels(1);
    chain.insert(chain.end(), stack.begin(), stack.end());
    EXPECT_EQ(decodePacket(DLT_EN10MB, raw(ethernetWith(chain, Bytes(40, 0))), p), DecodeStatus::NotIp);
    // A label stack that never reaches the bottom, cut by the snapshot length.
    const Bytes noBottom { 0x88, 0x47, 0, 0x10, 0x00, 64, 0, 0x10, 0x00, 64 };
    EXPECT_EQ(decodePacket(DLT_EN10MB, raw(ethernetWith(noBottom, {})), p), DecodeStatus::NotIp);
    // PPP LCP (0xc021) inside a PPPoE session.
    Bytes lcp = pppoeSession(false);
    lcp[8] = 0xc0;
    lcp[9] = 0x21;
    EXPECT_EQ(decodePacket(DLT_EN10MB, raw(ethernetWith(lcp, Bytes(20, 0))), p), DecodeStatus::NotIp);
}

TEST(PacketDecoder, FindsThePayloadOfNflogRecordsInEitherByteOrder)
{
    const Bytes ip = synWithOptions();
    for (const bool big : { false, true }) {
        const DecodedPacket p = decodeOk(DLT_NFLOG, nflogRecord(ip, big));
        ASSERT_TRUE(p.hasTcp) << (big ? "big-endian TLVs" : "little-endian TLVs");
        EXPECT_EQ(p.tcp.mss, 1460);
        EXPECT_EQ(p.src.toString(), "198.18.0.10");
    }
    const Bytes v6 = ipv6("2001:db8::1", "2001:db8::2", 6, tcp({}));
    EXPECT_EQ(decodeOk(DLT_NFLOG, nflogRecord(v6, false, 10)).ipVersion, 6);
}

TEST(PacketDecoder, NflogRecordsWithoutAPayloadOrWithBrokenTlvsAreNotIp)
{
    DecodedPacket p;
    // Only a packet header and a prefix.
    Bytes headerOnly { 2, 0, 0, 5, 8, 0, 1, 0, 0x08, 0x00, 3, 0 };
    EXPECT_EQ(decodePacket(DLT_NFLOG, raw(headerOnly), p), DecodeStatus::NotIp);
    // A TLV length of 0 (as libpcap 1.10.3 hands over some batched records).
    Bytes zeroLength { 2, 0, 0, 5, 8, 0, 1, 0, 0x08, 0x00, 3, 0, 0, 0, 0, 0, 0x45, 0, 0, 0 };
    EXPECT_EQ(decodePacket(DLT_NFLOG, raw(zeroLength), p), DecodeStatus::NotIp);
    // A payload TLV that claims more than was captured: the IP bytes there are read, no further.
    Bytes cut = nflogRecord(synWithOptions(), false);
    cut.resize(cut.size() - 10);
    EXPECT_NE(decodePacket(DLT_NFLOG, raw(cut), p), DecodeStatus::NotIp);
    EXPECT_TRUE(p.hasIp);
}
