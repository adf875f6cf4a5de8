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

    const DecodedPacket v6 = decodeOk(DLT_RAW, ipv6("2001:db8::1", "2001:db8::2", 58, icmpv6PacketTooBig(1280)));
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
