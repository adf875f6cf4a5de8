#include "analysis/CaptureAnalyzer.h"

#include "findings/CaptureFindings.h"
#include "support/PacketBuilder.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <pcap/pcap.h>

using namespace natdoctor;
using namespace natdoctor::test;
using analysis::CaptureAnalyzer;
using analysis::CaptureSummary;

namespace {

constexpr uint8_t Syn = 0x02, Ack = 0x10, SynAck = 0x12, RstAck = 0x14, Fin = 0x01, Psh = 0x08;
const std::string Client = "198.18.0.10";
const std::string Server = "198.19.0.20";

// Feeds IP packets (raw IP link type) with increasing times to an analyzer.
class Scenario
{
public:
    void at(double seconds, const Bytes& ip)
    {
        m_frames.push_back({ static_cast<int64_t>(seconds * 1e6), ip });
    }

    void fromClient(double t, uint16_t port, uint32_t seq, uint32_t ack, uint8_t flags, uint32_t payload = 0,
                    uint32_t tsVal = 0)
    {
        TcpSpec s { port, 80, seq, ack, flags, payload, -1, tsVal != 0, tsVal, 0 };
        at(t, ipv4({ Client, Server }, tcp(s)));
    }
    void fromServer(double t, uint16_t port, uint32_t seq, uint32_t ack, uint8_t flags, uint32_t payload = 0)
    {
        TcpSpec s { 80, port, seq, ack, flags, payload };
        at(t, ipv4({ Server, Client }, tcp(s)));
    }

    CaptureSummary run(analysis::AnalysisOptions options = {}) const
    {
        CaptureAnalyzer analyzer(DLT_RAW, options);
        for (const Frame& f : m_frames)
            analyzer.add(raw(f.bytes, f.timeUs));
        return analyzer.finish();
    }

private:
    std::vector<Frame> m_frames;
};

bool hasFinding(const CaptureSummary& s, std::string_view id)
{
    const auto found = findings::captureFindings(s);
    return std::any_of(found.begin(), found.end(), [&](const auto& f) { return f.id == id; });
}

} // namespace

TEST(CaptureAnalyzer, ClassifiesEstablishedRefusedAndUnansweredAttempts)
{
    Scenario s;
    // Established and completed.
    s.fromClient(0.0, 1001, 100, 0, Syn);
    s.fromServer(0.01, 1001, 500, 101, SynAck);
    s.fromClient(0.02, 1001, 101, 501, Ack);
    // Refused.
    s.fromClient(0.1, 1002, 200, 0, Syn);
    s.fromServer(0.11, 1002, 0, 201, RstAck);
    // Unanswered, SYN retransmitted twice.
    s.fromClient(0.2, 1003, 300, 0, Syn);
    s.fromClient(1.2, 1003, 300, 0, Syn);
    s.fromClient(3.2, 1003, 300, 0, Syn);
    // A SYN-ACK acknowledging the wrong ISN does not establish.
    s.fromClient(0.3, 1004, 400, 0, Syn);
    s.fromServer(0.31, 1004, 900, 999, SynAck);

    const CaptureSummary r = s.run();
    EXPECT_EQ(r.packets, 10u);
    EXPECT_EQ(r.tcp.connections, 4u);
    EXPECT_EQ(r.tcp.established, 1u);
    EXPECT_EQ(r.tcp.refused, 1u);
    EXPECT_EQ(r.tcp.unanswered, 2u);
    EXPECT_EQ(r.tcp.synRetransmissions, 2u);
    EXPECT_TRUE(hasFinding(r, findings::findingid::SynUnanswered));
    ASSERT_FALSE(r.tcp.servers.empty());
    EXPECT_EQ(r.tcp.servers.front().address.toString(), Server);
    EXPECT_EQ(r.tcp.servers.front().connections, 4u);
}

TEST(CaptureAnalyzer, ANewIsnOnTheSameTupleIsANewAttempt)
{
    Scenario s;
    s.fromClient(0.0, 1001, 100, 0, Syn);
    s.fromClient(0.5, 1001, 7777, 0, Syn);
    s.fromServer(0.51, 1001, 1, 7778, SynAck);
    const CaptureSummary r = s.run();
    EXPECT_EQ(r.tcp.connections, 2u);
    EXPECT_EQ(r.tcp.established, 1u);
    EXPECT_EQ(r.tcp.unanswered, 1u);
    EXPECT_EQ(r.tcp.synRetransmissions, 0u);
}

TEST(CaptureAnalyzer, TimelineCountsAttemptsPerBucketAndCoarsens)
{
    Scenario s;
    for (int i = 0; i < 10; ++i) {
        const auto port = static_cast<uint16_t>(2000 + i);
        s.fromClient(i * 1.0, port, 100, 0, Syn);
        if (i % 2 == 0)
            s.fromServer(i * 1.0 + 0.01, port, 1, 101, SynAck);
    }
    analysis::AnalysisOptions options;
    options.maxTimelineBuckets = 4; // 10 s of 1 s buckets must coarsen to 4 s buckets
    const CaptureSummary r = s.run(options);
    EXPECT_DOUBLE_EQ(r.tcp.bucketSeconds, 4.0);
    ASSERT_EQ(r.tcp.timeline.size(), 3u);
    EXPECT_EQ(r.tcp.timeline[0].connections, 4u);
    EXPECT_EQ(r.tcp.timeline[0].established, 2u);
    EXPECT_EQ(r.tcp.timeline[2].connections, 2u);
    EXPECT_DOUBLE_EQ(r.tcp.timeline[2].t, 8.0);
    uint64_t total = 0;
    for (const auto& b : r.tcp.timeline)
        total += b.connections;
    EXPECT_EQ(total, 10u);
}

TEST(CaptureAnalyzer, FragmentsAreCountedReassembledAndAttributedToTheConnection)
{
    Scenario s;
    s.fromClient(0.0, 1001, 100, 0, Syn);
    s.fromServer(0.01, 1001, 500, 101, SynAck);
    s.fromClient(0.02, 1001, 101, 501, Ack | Psh, 80);
    // A 1500-byte segment from the server, fragmented at MTU 1000, arriving
    // last-fragment first. Then a datagram whose second fragment is missing.
    TcpSpec seg { 80, 1001, 501, 181, Ack, 1460 };
    const Bytes whole = tcp(seg);
    Ipv4Spec f1 { Server, Client, 77, false, true, 0, 6 };
    Ipv4Spec f2 { Server, Client, 77, false, false, 976, 6 };
    s.at(0.03, ipv4(f2, Bytes(whole.begin() + 976, whole.end())));
    s.at(0.031, ipv4(f1, Bytes(whole.begin(), whole.begin() + 976)));
    Ipv4Spec g1 { Server, Client, 78, false, true, 0, 6 };
    s.at(0.04, ipv4(g1, Bytes(whole.begin(), whole.begin() + 976)));

    const CaptureSummary r = s.run();
    EXPECT_EQ(r.fragments.packets, 3u);
    EXPECT_EQ(r.fragments.datagrams, 2u);
    EXPECT_EQ(r.fragments.reassembled, 1u);
    EXPECT_EQ(r.fragments.tcpPackets, 3u);
    EXPECT_EQ(r.fragments.minSize, 20u + 504u);
    EXPECT_EQ(r.fragments.maxSize, 20u + 976u);
    ASSERT_EQ(r.fragments.bySource.size(), 1u);
    EXPECT_EQ(r.fragments.bySource[0].address.toString(), Server);
    EXPECT_EQ(r.fragments.bySource[0].datagrams, 2u);
    EXPECT_EQ(r.tcp.fragmentedConnections, 1u);
    const auto found = findings::captureFindings(r);
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found.front().id, findings::findingid::TcpFragmentsFromDestination);
    EXPECT_EQ(found.front().severity, findings::Severity::Problem);
    EXPECT_NE(found.front().detail.english().find(Server), std::string::npos);
}

TEST(CaptureAnalyzer, StallAfterConnectIsDetectedWhenTheClientGivesUp)
{
    Scenario s;
    s.fromClient(0.0, 1001, 100, 0, Syn);
    s.fromServer(0.01, 1001, 500, 101, SynAck);
    s.fromClient(0.02, 1001, 101, 501, Ack | Psh, 80);
    s.fromServer(0.03, 1001, 501, 181, Ack | Psh, 120); // headers arrive, the body never does
    s.fromClient(5.03, 1001, 181, 621, Fin | Ack); // curl --max-time 5
    // A normal exchange: the client closes right after the full response.
    s.fromClient(6.0, 1002, 100, 0, Syn);
    s.fromServer(6.01, 1002, 500, 101, SynAck);
    s.fromClient(6.02, 1002, 101, 501, Ack | Psh, 80);
    s.fromServer(6.03, 1002, 501, 181, Ack | Psh, 20000);
    s.fromClient(6.04, 1002, 181, 20501, Fin | Ack);
    const CaptureSummary r = s.run();
    EXPECT_EQ(r.tcp.established, 2u);
    EXPECT_EQ(r.tcp.stalled, 1u);
    EXPECT_EQ(r.tcp.largeResponses, 1u);
    EXPECT_TRUE(hasFinding(r, findings::findingid::StalledAfterConnect));
    // A large response arrived unfragmented.
    EXPECT_TRUE(hasFinding(r, findings::findingid::NoFragmentationObserved));
}

TEST(CaptureAnalyzer, SynTimestampsGoingBackwardsMarkTheSource)
{
    Scenario s;
    // Two hosts behind one NAT address with unrelated clocks, alternating.
    const uint32_t clocks[] = { 1'000'000, 9'000'000 };
    for (int i = 0; i < 6; ++i)
        s.fromClient(i * 0.5, static_cast<uint16_t>(3000 + i), 100 + i, 0, Syn, 0, clocks[i % 2] + i * 100);
    const CaptureSummary r = s.run();
    EXPECT_EQ(r.timestamps.synsWithTimestamps, 6u);
    ASSERT_EQ(r.timestamps.suspectSources.size(), 1u);
    EXPECT_EQ(r.timestamps.suspectSources[0].address.toString(), Client);
    EXPECT_EQ(r.timestamps.suspectSources[0].backwards, 2u); // SYNs 3 and 5 of 6
    EXPECT_TRUE(hasFinding(r, findings::findingid::SynTimestampsNonMonotonic));
}

TEST(CaptureAnalyzer, MonotonicTimestampsAcrossTheWrapAreNotSuspect)
{
    Scenario s;
    const uint32_t start = 0xffffff00u;
    for (int i = 0; i < 4; ++i)
        s.fromClient(i * 1.0, static_cast<uint16_t>(3000 + i), 100 + i, 0, Syn, 0, start + i * 0x80);
    const CaptureSummary r = s.run();
    EXPECT_TRUE(r.timestamps.suspectSources.empty());
    EXPECT_FALSE(hasFinding(r, findings::findingid::SynTimestampsNonMonotonic));
}

TEST(CaptureAnalyzer, IcmpFragmentationNeededIsReportedPerRouterAndMtu)
{
    Scenario s;
    Ipv4Spec ip { "198.18.0.1", Client, 9, false, false, 0, 1 };
    s.at(0, ipv4(ip, icmpFragNeeded(1000)));
    s.at(1, ipv4(ip, icmpFragNeeded(1000)));
    const CaptureSummary r = s.run();
    ASSERT_EQ(r.icmpFragNeeded.size(), 1u);
    EXPECT_EQ(r.icmpFragNeeded[0].from.toString(), "198.18.0.1");
    EXPECT_EQ(r.icmpFragNeeded[0].mtu, 1000u);
    EXPECT_EQ(r.icmpFragNeeded[0].count, 2u);
    EXPECT_TRUE(hasFinding(r, findings::findingid::IcmpFragmentationNeeded));
}

TEST(CaptureAnalyzer, IdleAttemptsExpireAndStillCount)
{
    Scenario s;
    s.fromClient(0.0, 1001, 100, 0, Syn);
    // Long after the idle timeout: the first attempt is closed as unanswered.
    s.fromClient(500.0, 1002, 100, 0, Syn);
    s.fromServer(500.01, 1002, 1, 101, SynAck);
    const CaptureSummary r = s.run();
    EXPECT_EQ(r.tcp.connections, 2u);
    EXPECT_EQ(r.tcp.unanswered, 1u);
    EXPECT_EQ(r.tcp.established, 1u);
}
