// The analyzers on real captures recorded in the lab (tests/data/README.md
// says how each was made): link types, counts and the findings they lead to.
#include "analysis/CaptureAnalyzer.h"
#include "capture/CaptureReader.h"
#include "findings/CaptureFindings.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <set>

using namespace natdoctor;

namespace {

struct Expected
{
    const char* file;
    const char* linkType;
    uint64_t packets;
    uint64_t fragments;
    uint64_t established;
    uint64_t refused;
    uint64_t unanswered;
    uint64_t stalled;
    std::set<std::string> findings;
};

void PrintTo(const Expected& e, std::ostream* os)
{
    *os << e.file;
}

class RecordedCapture : public testing::TestWithParam<Expected>
{
};

analysis::CaptureSummary analyse(const std::string& name)
{
    capture::CaptureError error;
    auto reader = capture::CaptureReader::openFile(std::string(NATDOCTOR_TEST_DATA) + "/" + name, error);
    EXPECT_NE(reader, nullptr) << capture::describe(error);
    return reader ? analysis::analyzeCapture(*reader) : analysis::CaptureSummary {};
}

} // namespace

TEST_P(RecordedCapture, GivesTheCountsAndFindingsOfWhatHappened)
{
    const Expected& e = GetParam();
    const analysis::CaptureSummary s = analyse(e.file);
    EXPECT_EQ(s.linkType, e.linkType);
    EXPECT_EQ(s.packets, e.packets);
    EXPECT_FALSE(s.truncated);
    EXPECT_EQ(s.malformedPackets, 0u);
    EXPECT_EQ(s.fragments.packets, e.fragments);
    EXPECT_EQ(s.tcp.established, e.established);
    EXPECT_EQ(s.tcp.refused, e.refused);
    EXPECT_EQ(s.tcp.unanswered, e.unanswered);
    EXPECT_EQ(s.tcp.stalled, e.stalled);
    std::set<std::string> ids;
    for (const auto& f : findings::captureFindings(s))
        ids.insert(f.id);
    EXPECT_EQ(ids, e.findings);
}

INSTANTIATE_TEST_SUITE_P(
    Lab, RecordedCapture,
    testing::Values(
        // The public host sees the destination's fragmented TCP, whatever the link type.
        Expected { "pub-any-gateway-large.pcap",
                   "LINUX_SLL2",
                   124,
                   90,
                   1,
                   0,
                   0,
                   0,
                   { "tcp-fragments-from-destination" } },
        Expected { "pub-any-sll1-gateway-large.pcap",
                   "LINUX_SLL",
                   130,
                   90,
                   1,
                   0,
                   0,
                   0,
                   { "tcp-fragments-from-destination" } },
        Expected { "pub-eth-gateway-large.pcap",
                   "EN10MB",
                   120,
                   90,
                   1,
                   0,
                   0,
                   0,
                   { "tcp-fragments-from-destination" } },
        Expected { "pub-eth-gateway-large.pcapng",
                   "EN10MB",
                   120,
                   90,
                   1,
                   0,
                   0,
                   0,
                   { "tcp-fragments-from-destination" } },
        // The 20000-byte response fit the tunnel; only the pings fragmented, and a
        // client's echo requests are not the destination's TCP.
        Expected { "pub-tun-raw.pcap",
                   "RAW",
                   48,
                   12,
                   1,
                   0,
                   0,
                   0,
                   { "fragments-from-other-host", "no-fragmentation-observed" } },
        // Behind the NAT gateway the fragments never arrive: the transfer stalls.
        Expected { "priv-eth-gateway-large.pcap",
                   "EN10MB",
                   9,
                   0,
                   1,
                   0,
                   0,
                   1,
                   { "insufficient-evidence", "stalled-after-connect" } },
        // A small response can't show fragmentation: no all-clear from it.
        Expected { "priv-eth-gateway-small.pcap", "EN10MB", 13, 0, 1, 0, 0, 0, { "insufficient-evidence" } },
        // Behind a NAT instance they are reassembled (and re-fragmented): it works.
        Expected { "priv-eth-instance-large.pcap",
                   "EN10MB",
                   120,
                   90,
                   1,
                   0,
                   0,
                   0,
                   { "tcp-fragments-from-destination" } },
        Expected { "pub-eth-closed-port.pcap", "EN10MB", 6, 0, 0, 3, 0, 0, { "insufficient-evidence" } },
        Expected { "pub-eth-blackhole-port.pcap",
                   "EN10MB",
                   4,
                   0,
                   0,
                   0,
                   1,
                   0,
                   { "insufficient-evidence", "syn-unanswered" } },
        Expected { "dst-eth-icmp-frag-needed.pcap",
                   "EN10MB",
                   2,
                   0,
                   0,
                   0,
                   0,
                   0,
                   { "icmp-fragmentation-needed", "insufficient-evidence" } },
        Expected { "dst-eth-icmpv6-packet-too-big.pcap",
                   "EN10MB",
                   23,
                   21,
                   0,
                   0,
                   0,
                   0,
                   // Ping fragments without a TCP connection: whose they are is unknown, and
                   // ICMP never decides the TCP question.
                   { "fragments-from-other-host", "icmp-fragmentation-needed", "insufficient-evidence" } },
        Expected { "pub-eth-ipv6-fragments.pcap",
                   "EN10MB",
                   19,
                   19,
                   0,
                   0,
                   0,
                   0,
                   { "fragments-from-other-host", "insufficient-evidence" } }));

TEST(RecordedCaptureDetail, TheRouterReportsItsMtu)
{
    const auto v4 = analyse("dst-eth-icmp-frag-needed.pcap");
    ASSERT_EQ(v4.icmpFragNeeded.size(), 1u);
    EXPECT_EQ(v4.icmpFragNeeded[0].from.toString(), "198.18.3.1");
    EXPECT_EQ(v4.icmpFragNeeded[0].mtu, 1000u);
    const auto v6 = analyse("dst-eth-icmpv6-packet-too-big.pcap");
    ASSERT_EQ(v6.icmpFragNeeded.size(), 1u);
    EXPECT_EQ(v6.icmpFragNeeded[0].mtu, 1280u);
}

TEST(RecordedCaptureDetail, FragmentSizesAndSourceOfTheGatewayCapture)
{
    const auto s = analyse("pub-eth-gateway-large.pcap");
    EXPECT_EQ(s.fragments.datagrams, 45u);
    EXPECT_EQ(s.fragments.reassembled, 45u);
    EXPECT_EQ(s.fragments.minSize, 524u);
    EXPECT_EQ(s.fragments.maxSize, 996u);
    ASSERT_EQ(s.fragments.bySource.size(), 1u);
    EXPECT_EQ(s.fragments.bySource[0].address.toString(), "198.18.3.10");
    EXPECT_EQ(s.tcp.fragmentedConnections, 1u);
    EXPECT_GE(s.tcp.largestResponseBytes, 65536u);
}
