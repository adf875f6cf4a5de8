// The capture corpora in tests/data/corpora (each file's origin in
// tests/data/README.md): multi-interface pcapng, compressed copies, link
// layers, jumped timestamps, a one-sided flow. tshark's counts for the same
// files are checked by tests/cli/compare_with_tshark.py; here: what the
// analysis makes of them, and that a re-wrapped recording says what the
// original says.

#include "analysis/CaptureAnalyzer.h"
#include "analysis/SummaryFormat.h"
#include "capture/CaptureReader.h"
#include "findings/CaptureFindings.h"
#include "support/PacketBuilder.h"

#include <gtest/gtest.h>
#include <pcap/pcap.h>

using namespace natdoctor;
using namespace natdoctor::test;
using analysis::CaptureSummary;

namespace {

CaptureSummary analyze(const std::string& relative)
{
    capture::CaptureError error;
    auto reader = capture::CaptureReader::openFile(std::string(NATDOCTOR_TEST_DATA) + "/" + relative, error);
    EXPECT_NE(reader, nullptr) << relative << ": " << capture::describe(error);
    return reader ? analysis::analyzeCapture(*reader) : CaptureSummary {};
}

// The counts a re-wrapped or recompressed copy must keep.
void expectSameCounts(const CaptureSummary& a, const CaptureSummary& b, const std::string& what)
{
    EXPECT_EQ(a.packets, b.packets) << what;
    EXPECT_EQ(a.ipPackets, b.ipPackets) << what;
    EXPECT_EQ(a.fragments.packets, b.fragments.packets) << what;
    EXPECT_EQ(a.fragments.datagrams, b.fragments.datagrams) << what;
    EXPECT_EQ(a.fragments.reassembled, b.fragments.reassembled) << what;
    EXPECT_EQ(a.tcp.connections, b.tcp.connections) << what;
    EXPECT_EQ(a.tcp.established, b.tcp.established) << what;
    EXPECT_EQ(a.tcp.unanswered, b.tcp.unanswered) << what;
    EXPECT_EQ(a.tcp.stalled, b.tcp.stalled) << what;
    EXPECT_EQ(a.tcp.largestResponseBytes, b.tcp.largestResponseBytes) << what;
    EXPECT_EQ(a.truncated, b.truncated) << what;
}

} // namespace

TEST(CaptureCorpora, MergedMultiInterfacePcapngIsReadWhole)
{
    // mergecap of two recordings of the same exchange (Ethernet and "any"):
    // libpcap 1.10 reads 0 of these records.
    const CaptureSummary eth = analyze("pub-eth-gateway-large.pcap");
    const CaptureSummary any = analyze("pub-any-gateway-large.pcap");
    const CaptureSummary merged = analyze("corpora/merged-eth-sll2.pcapng");
    EXPECT_EQ(merged.packets, eth.packets + any.packets);
    EXPECT_FALSE(merged.truncated);
    EXPECT_TRUE(merged.readError.empty()) << merged.readError;
    EXPECT_EQ(merged.linkType, "EN10MB+LINUX_SLL2");
    EXPECT_EQ(merged.fragments.packets, eth.fragments.packets + any.fragments.packets);
    EXPECT_EQ(merged.tcp.established, eth.tcp.established + any.tcp.established); // two recordings
    EXPECT_EQ(findings::captureFindings(merged).size(), findings::captureFindings(eth).size());

    const CaptureSummary four = analyze("corpora/merged-4-links.pcapng");
    EXPECT_FALSE(four.truncated);
    EXPECT_EQ(four.packets,
              analyze("priv-eth-instance-large.pcap").packets
                  + analyze("pub-any-sll1-gateway-large.pcap").packets + analyze("pub-tun-raw.pcap").packets
                  + analyze("dst-eth-icmpv6-packet-too-big.pcap").packets);
    EXPECT_EQ(four.linkType, "EN10MB+LINUX_SLL+RAW");
}

TEST(CaptureCorpora, CompressedCopiesSayWhatTheOriginalsSay)
{
    expectSameCounts(analyze("corpora/merged-eth-sll2.pcapng"), analyze("corpora/merged-eth-sll2.pcapng.gz"),
                     "gzip");
    expectSameCounts(analyze("pub-eth-gateway-large.pcap"), analyze("corpora/pub-eth-gateway-large.pcap.zst"),
                     "zstd");
    expectSameCounts(analyze("corpora/merged-4-links.pcapng"), analyze("corpora/merged-4-links.pcapng.zst"),
                     "zstd pcapng");
}

TEST(CaptureCorpora, SectionsInBothByteOrdersAndTimestampUnits)
{
    const CaptureSummary original = analyze("pub-eth-gateway-large.pcap");
    const CaptureSummary sections = analyze("corpora/sections-be-ns.pcapng");
    expectSameCounts(original, sections, "sections");
    // Nanosecond and 2^-20 s units with an offset: the same times, to a microsecond.
    EXPECT_NEAR(sections.durationSeconds, original.durationSeconds, 2e-6);
}

TEST(CaptureCorpora, IpIsFoundBehindQinqMplsPppoeAndNflog)
{
    const CaptureSummary original = analyze("pub-eth-gateway-large.pcap");
    ASSERT_GT(original.fragments.packets, 0u);
    for (const char* name :
         { "corpora/qinq-pub-gateway-large.pcap", "corpora/mpls-pub-gateway-large.pcap",
           "corpora/mpls-vlan-pub-gateway-large.pcap", "corpora/pppoe-pub-gateway-large.pcap",
           "corpora/pppoe-qinq-pub-gateway-large.pcap", "corpora/nflog-pub-gateway-large.pcap" }) {
        const CaptureSummary wrapped = analyze(name);
        expectSameCounts(original, wrapped, name);
        EXPECT_EQ(findings::captureFindings(wrapped).size(), findings::captureFindings(original).size())
            << name;
    }
}

TEST(CaptureCorpora, RecordedNflogWithGarbledRecords)
{
    // Recorded with tcpdump -i nflog:5 (record-nflog.sh): a complete
    // handshake, a record libpcap garbled, and SYNs to a dropped port until
    // curl gave up, 2 s before the capture's last record.
    const CaptureSummary s = analyze("corpora/lo-nflog.pcap");
    EXPECT_EQ(s.linkType, "NFLOG");
    EXPECT_EQ(s.packets, 8u);
    EXPECT_EQ(s.ipPackets, 7u);
    EXPECT_EQ(s.tcp.connections, 2u);
    EXPECT_EQ(s.tcp.established, 1u);
    EXPECT_EQ(s.tcp.synRetransmissions, 3u);
    EXPECT_EQ(s.tcp.undetermined + s.tcp.unanswered, 1u);
}

TEST(CaptureCorpora, AJumpedTimestampLosesNoHandshake)
{
    const CaptureSummary original = analyze("priv-eth-gateway-small.pcap");
    ASSERT_EQ(original.tcp.established, 1u);
    // The SYN-ACK stamped 46 years ahead.
    const CaptureSummary jumped = analyze("corpora/jump-46y-synack.pcap");
    EXPECT_EQ(jumped.tcp.established, 1u);
    EXPECT_EQ(jumped.tcp.unanswered, 0u);
    EXPECT_NEAR(jumped.durationSeconds, original.durationSeconds, 0.01);
    // A stray packet stamped +100 s between the SYN and its SYN-ACK.
    const CaptureSummary stray = analyze("corpora/jump-100s-stray.pcap");
    EXPECT_EQ(stray.tcp.established, 1u);
    EXPECT_EQ(stray.tcp.unanswered, 0u);
    EXPECT_EQ(stray.packets, original.packets + 1);
    EXPECT_NEAR(stray.durationSeconds, original.durationSeconds, 0.01);
    for (const auto& f : findings::captureFindings(stray))
        EXPECT_NE(f.id, findings::findingid::SynUnanswered);
}

TEST(CaptureCorpora, AOneSidedCaptureCountsTheClientsAckAsEstablished)
{
    const CaptureSummary s = analyze("corpora/one-sided-client.pcap");
    EXPECT_EQ(s.tcp.connections, 1u);
    EXPECT_EQ(s.tcp.established, 1u);
    EXPECT_EQ(s.tcp.unanswered, 0u);
    EXPECT_EQ(s.tcp.undetermined, 0u);
    for (const auto& f : findings::captureFindings(s))
        EXPECT_NE(f.id, findings::findingid::SynUnanswered);
}

// ---- the capture clock and the handshake rules on synthetic records --------

namespace {

struct Feed
{
    analysis::CaptureAnalyzer analyzer { DLT_EN10MB };
    std::vector<Bytes> frames;

    void client(double t, uint16_t port, uint32_t seq, uint32_t ack, uint8_t flags)
    {
        TcpSpec s;
        s.srcPort = port;
        s.dstPort = 80;
        s.seq = seq;
        s.ack = ack;
        s.flags = flags;
        add(t, ethernet(ipv4({}, tcp(s))));
    }
    void server(double t, uint16_t port, uint32_t seq, uint32_t ack, uint8_t flags)
    {
        TcpSpec s;
        s.srcPort = 80;
        s.dstPort = port;
        s.seq = seq;
        s.ack = ack;
        s.flags = flags;
        Ipv4Spec ip;
        std::swap(ip.src, ip.dst);
        add(t, ethernet(ipv4(ip, tcp(s))));
    }
    void add(double t, Bytes frame)
    {
        frames.push_back(std::move(frame));
        analyzer.add(raw(frames.back(), static_cast<int64_t>(t * 1e6)));
    }
};

constexpr uint8_t Syn = 0x02, SynAck = 0x12, Ack = 0x10, PshAck = 0x18;
constexpr double Years46 = 46.0 * 365 * 86400;

} // namespace

TEST(CaptureClock, AFrameStampedYearsAheadExpiresNothing)
{
    Feed f;
    f.client(1000.0, 1001, 100, 0, Syn);
    f.client(1000.0 + Years46, 1002, 555, 0, Syn); // a stray, alone
    f.server(1000.1, 1001, 500, 101, SynAck);
    f.client(1000.2, 1001, 101, 501, Ack);
    const CaptureSummary s = f.analyzer.finish();
    EXPECT_EQ(s.tcp.connections, 2u);
    EXPECT_EQ(s.tcp.established, 1u);
    EXPECT_LT(s.durationSeconds, 1.0);
    EXPECT_LT(s.tcp.bucketSeconds, 2.0); // the timeline did not stretch over 46 years
}

TEST(CaptureClock, AQuietGapIsTakenWhenTheNextRecordsAgree)
{
    // A sparse capture: an attempt, 500 s of nothing, another attempt. The
    // first one is expired by the idle sweep after the real gap.
    Feed f;
    f.client(0.0, 1001, 100, 0, Syn);
    f.client(500.0, 1002, 100, 0, Syn);
    f.server(500.01, 1002, 1, 101, SynAck);
    const CaptureSummary s = f.analyzer.finish();
    EXPECT_EQ(s.tcp.unanswered, 1u);
    EXPECT_EQ(s.tcp.established, 1u);
    EXPECT_NEAR(s.durationSeconds, 500.01, 1e-6);
}

TEST(CaptureClock, AClockStepBackwardsContinuesTime)
{
    Feed f;
    f.client(2000.0, 1001, 100, 0, Syn);
    f.server(2000.1, 1001, 500, 101, SynAck);
    f.client(1000.0, 1002, 200, 0, Syn); // the capturing host's clock stepped back 1000 s
    f.server(1000.1, 1002, 600, 201, SynAck);
    f.client(1000.2, 1002, 201, 601, Ack);
    const CaptureSummary s = f.analyzer.finish();
    EXPECT_EQ(s.tcp.established, 2u);
    EXPECT_GE(s.durationSeconds, 0.0);
    EXPECT_LT(s.durationSeconds, 1.0);
}

TEST(Handshakes, AClientAckOfIsnPlusOneProvesTheSynAck)
{
    Feed f; // only the client's direction was captured
    f.client(0.0, 1001, 100, 0, Syn);
    f.client(0.05, 1001, 101, 9001, Ack);
    f.client(0.06, 1001, 101, 9001, PshAck);
    // A RST from the client is no proof; neither is an ACK further on.
    f.client(1.0, 1002, 300, 0, Syn);
    f.client(1.1, 1002, 301, 0, 0x14);
    f.client(2.0, 1003, 400, 0, Syn);
    f.client(2.1, 1003, 999, 1, Ack);
    f.client(9.0, 1004, 1, 0, Syn); // keeps the others older than 3 s
    const CaptureSummary s = f.analyzer.finish();
    EXPECT_EQ(s.tcp.connections, 4u);
    EXPECT_EQ(s.tcp.established, 1u);
    EXPECT_EQ(s.tcp.unanswered, 2u);
    EXPECT_EQ(s.tcp.undetermined, 1u);
}

TEST(Handshakes, AnAttemptYoungerThanThreeSecondsAtTheEndIsUndetermined)
{
    Feed f;
    f.client(0.0, 1001, 100, 0, Syn); // retransmitted, 3.5 s without an answer: unanswered
    f.client(1.0, 1001, 100, 0, Syn);
    f.client(3.0, 1001, 100, 0, Syn);
    f.client(2.0, 1002, 200, 0, Syn); // 1.5 s before the end: undetermined
    f.client(3.4, 1003, 300, 0, Syn); // 0.1 s before the end: undetermined
    f.server(3.45, 1003, 1, 999, SynAck); // ...unless the server answered, even wrongly
    f.client(3.5, 1004, 400, 0, Syn); // the last record: undetermined
    const CaptureSummary s = f.analyzer.finish();
    EXPECT_EQ(s.tcp.connections, 4u);
    EXPECT_EQ(s.tcp.unanswered, 2u);
    EXPECT_EQ(s.tcp.undetermined, 2u);
    const std::string json = analysis::summaryToJson(s);
    EXPECT_NE(json.find("\"undetermined\":2"), std::string::npos) << json;
}
