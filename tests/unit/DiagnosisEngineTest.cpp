#include "diagnosis/DiagnosisEngine.h"

#include "diagnosis/DiagnosisRules.h"
#include "diagnosis/FisherExact.h"
#include "findings/CaptureFindings.h"
#include "support/TestData.h"

#include <algorithm>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

using namespace natdoctor;
using namespace natdoctor::diagnosis;
using Step = DiagnosisEngine::Step;

namespace {

probes::KernelSnapshot kernel(const std::string& file)
{
    auto parsed = probes::parseKernelProbe(natdoctor::test::readTestData("probes/" + file));
    EXPECT_TRUE(parsed) << parsed.error;
    return *parsed.value;
}

probes::ConnectionProbeResult probe(int ok, int timeouts, int stalls = 0, uint64_t bytes = 65536)
{
    probes::ConnectionProbeResult r;
    int index = 0;
    const auto add = [&](int n, probes::AttemptResult result) {
        for (int i = 0; i < n; ++i) {
            probes::Attempt a;
            a.index = ++index;
            a.result = result;
            a.bytes = result == probes::AttemptResult::Ok ? bytes : 0;
            r.attempts.push_back(a);
        }
    };
    add(ok, probes::AttemptResult::Ok);
    add(timeouts, probes::AttemptResult::ConnectTimeout);
    add(stalls, probes::AttemptResult::StalledAfterConnect);
    return r;
}

const char* const Dest = "198.19.0.20";
const char* const Pub = "198.18.1.10";

analysis::IpAddress ip(const char* text)
{
    return analysis::IpAddress::parse(text);
}

// A capture on the public host of the trigger's own connection: its
// handshake, a large response, and (optionally) fragments from `fragmenter`.
FragmentationCheckResult captured(bool fragments, const char* fragmenter = Dest)
{
    FragmentationCheckResult r;
    r.capture.packets = 120;
    r.capture.ipPackets = 120;
    r.capture.tcp.connections = 1;
    r.capture.tcp.established = 1;
    r.capture.tcp.largeResponseThreshold = 16384;
    r.capture.tcp.servers.push_back({ ip(Dest), 80, 1 });
    r.capture.tcp.clients.push_back({ ip(Pub), 1 });
    if (fragments) {
        r.capture.fragments.packets = 90;
        r.capture.fragments.tcpPackets = 90;
        r.capture.fragments.datagrams = 45;
        r.capture.fragments.maxSize = 996;
        r.capture.fragments.bySource.push_back({ ip(fragmenter), 90, 45, 90, 0, 996 });
        r.capture.fragments.dfBySource.push_back({ ip(Dest), 0, 40 });
    } else {
        r.capture.tcp.largeResponses = 1;
        r.capture.tcp.largestResponseBytes = 65536 + 180;
    }
    r.largestResponseBytes = 65536;
    r.destinationAddresses = { Dest };
    r.localAddresses = { Pub };
    r.listeningProven = true;
    return r;
}

bool has(const DiagnosisSession& s, std::string_view id)
{
    return std::any_of(s.findings.begin(), s.findings.end(), [&](const Finding& f) { return f.id == id; });
}

const Finding& get(const DiagnosisSession& s, std::string_view id)
{
    const auto it
        = std::find_if(s.findings.begin(), s.findings.end(), [&](const Finding& f) { return f.id == id; });
    EXPECT_NE(it, s.findings.end()) << id;
    return *it;
}

DiagnosisSession sessionWith(bool remote, bool privateHost)
{
    DiagnosisSession s;
    s.inputs.destinationHost = Dest;
    s.inputs.publicHost = { "natlab", Pub, 22 };
    if (remote)
        s.inputs.remoteServer = SshTarget { "natlab", Dest, 22 };
    if (privateHost)
        s.inputs.privateHost = SshTarget { "natlab", "198.18.2.10", 22 };
    return s;
}

RemoteServerResult server(const probes::KernelSnapshot& before, const probes::KernelSnapshot& after)
{
    RemoteServerResult r;
    r.before = before;
    r.after = after;
    r.testSeconds = 20;
    return r;
}

TimestampTestResult timestamps(probes::ConnectionProbeResult on, probes::ConnectionProbeResult off,
                               bool restored = true)
{
    TimestampTestResult t;
    t.baseline = std::move(on);
    t.withoutTimestamps = std::move(off);
    t.originalValue = 1;
    t.restored = restored;
    t.restoreDetail = restored ? "restored" : "read back 0 instead of 1";
    t.blocks = 4;
    return t;
}

} // namespace

TEST(DiagnosisEngine, StartsWithTheFragmentationCheckThenBranchesOnRemoteAccess)
{
    DiagnosisSession withRemote = sessionWith(true, true);
    DiagnosisEngine a(withRemote);
    EXPECT_EQ(a.nextStep(), Step::FragmentationCheck);
    a.recordFragmentationCheck(captured(false), { withRemote.addEvidence({}) });
    EXPECT_EQ(a.nextStep(), Step::RemoteServerCheck); // remote access wins over the private test

    DiagnosisSession privateOnly = sessionWith(false, true);
    DiagnosisEngine b(privateOnly);
    b.recordFragmentationCheck(captured(false), {});
    EXPECT_EQ(b.nextStep(), Step::TimestampTest);

    DiagnosisSession neither = sessionWith(false, false);
    DiagnosisEngine c(neither);
    c.recordFragmentationCheck(captured(false), {});
    EXPECT_EQ(c.nextStep(), Step::Done);
    // No access to the tw_recycle question: never an all-clear.
    EXPECT_TRUE(has(neither, findingid::InsufficientEvidence));
    EXPECT_EQ(verdict(neither).outcome, Outcome::Inconclusive);
    EXPECT_EQ(exitStatus(verdict(neither).outcome), 3);
}

TEST(DiagnosisEngine, AnUnreachableServerFallsBackToThePrivateInstanceTest)
{
    DiagnosisSession s = sessionWith(true, true);
    DiagnosisEngine e(s);
    e.recordFragmentationCheck(captured(false), {});
    e.skipStep(Step::RemoteServerCheck, "cannot connect to natlab@198.19.0.20: connection refused");
    EXPECT_EQ(e.nextStep(), Step::TimestampTest);
    e.recordTimestampTest(timestamps(probe(30, 20), probe(50, 0)), {});
    EXPECT_TRUE(has(s, findingid::TimestampsTestImproved));
    EXPECT_FALSE(has(s, findingid::InsufficientEvidence)); // the fallback answered the question

    DiagnosisSession cancelled = sessionWith(true, true);
    DiagnosisEngine c(cancelled);
    c.recordFragmentationCheck(captured(false), {});
    c.skipStep(Step::RemoteServerCheck, "cancelled by the user", {}, true);
    EXPECT_EQ(c.nextStep(), Step::Done);
}

TEST(DiagnosisEngine, FragmentsFromTheDestinationAreTheCauseWithActionsAndEvidence)
{
    DiagnosisSession s = sessionWith(false, false);
    DiagnosisEngine e(s);
    const size_t ev
        = s.addEvidence({ "fragmentation-check", "natlab@pub", "tcpdump ...", "", false, 0, 3.0, "" });
    e.recordFragmentationCheck(captured(true), { ev });
    const Finding& f = get(s, findingid::TcpFragmentsFromDestination);
    EXPECT_EQ(f.severity, Severity::Problem);
    EXPECT_EQ(f.confidence, Confidence::High);
    EXPECT_EQ(f.evidence, std::vector<size_t> { ev });
    EXPECT_NE(f.detail.english().find("0 carried DF and 40 did not"), std::string::npos)
        << f.detail.english();
    // The fix on the customer's own side: an MSS that fits the largest fragment.
    ASSERT_FALSE(f.actions.empty());
    EXPECT_EQ(f.actions.front().commands.at(1),
              "sudo ip route add 198.19.0.20/32 via GATEWAY dev DEVICE advmss 956");
    EXPECT_EQ(s.findings.front().id, findingid::TcpFragmentsFromDestination); // problems first
    EXPECT_EQ(verdict(s).outcome, Outcome::Problem);
    EXPECT_EQ(exitStatus(verdict(s).outcome), 1);
    EXPECT_NE(verdict(s).headline.find("fragmented TCP"), std::string::npos);
}

TEST(DiagnosisEngine, TheClientsOwnFragmentsNeverBlameTheDestination)
{
    DiagnosisSession s = sessionWith(true, false);
    DiagnosisEngine e(s);
    FragmentationCheckResult r = captured(true, Pub); // a large POST from the public host
    r.capture.tcp.largeResponses = 0;
    e.recordFragmentationCheck(r, {});
    EXPECT_FALSE(has(s, findingid::TcpFragmentsFromDestination));
    // The capturing host's own outgoing packets are no evidence of anything.
    EXPECT_FALSE(has(s, findingid::FragmentsFromOtherHost));
    EXPECT_TRUE(has(s, findingid::InsufficientEvidence)); // nothing large came back from the destination

    // In a capture file the same packets come from the client of the connection.
    analysis::CaptureSummary file = r.capture;
    const auto findings = findings::captureFindings(file, {});
    EXPECT_TRUE(std::none_of(findings.begin(), findings.end(), [](const Finding& f) {
        return f.id == findingid::TcpFragmentsFromDestination;
    }));
    EXPECT_TRUE(std::any_of(findings.begin(), findings.end(), [](const Finding& f) {
        return f.id == findingid::FragmentsFromOtherHost
            && f.detail.english().find("a client") != std::string::npos;
    }));
}

TEST(DiagnosisEngine, NoFragmentsNeedsTheHandshakeALargeResponseAndAListeningCapture)
{
    DiagnosisSession s = sessionWith(true, false);
    DiagnosisEngine e(s);
    e.recordFragmentationCheck(captured(false), {});
    EXPECT_TRUE(has(s, findingid::NoFragmentationObserved));
    const auto k = kernel("kernel-probe-devhost-6.18.txt");
    e.recordRemoteServerCheck(server(k, k), {});
    EXPECT_EQ(verdict(s).outcome, Outcome::NoProblem);
    EXPECT_EQ(exitStatus(verdict(s).outcome), 0);

    // tcpdump attached after the trigger: never an all-clear.
    FragmentationCheckResult late = captured(false);
    late.listeningProven = false;
    e.recordFragmentationCheck(late, {});
    EXPECT_FALSE(has(s, findingid::NoFragmentationObserved));
    EXPECT_NE(get(s, findingid::InsufficientEvidence).title.english().find("listening"), std::string::npos);
    EXPECT_EQ(verdict(s).outcome, Outcome::Inconclusive);

    // curl said 64 KiB arrived, but the capture holds no large response.
    FragmentationCheckResult missing = captured(false);
    missing.capture.tcp.largeResponses = 0;
    missing.capture.tcp.largestResponseBytes = 0;
    e.recordFragmentationCheck(missing, {});
    EXPECT_FALSE(has(s, findingid::NoFragmentationObserved));
    EXPECT_EQ(verdict(s).outcome, Outcome::Inconclusive);

    // An empty capture (0 packets, or only neighbour discovery).
    FragmentationCheckResult empty;
    empty.listeningProven = true;
    empty.largestResponseBytes = 65536;
    e.recordFragmentationCheck(empty, {});
    EXPECT_NE(get(s, findingid::InsufficientEvidence).title.english().find("no traffic"), std::string::npos);
    EXPECT_EQ(verdict(s).outcome, Outcome::Inconclusive);

    // tcpdump lost packets in the kernel: the missing fragments may be among them.
    FragmentationCheckResult lossy = captured(false);
    lossy.kernelDrops = 79;
    e.recordFragmentationCheck(lossy, {});
    EXPECT_NE(get(s, findingid::InsufficientEvidence).detail.english().find("79 packets"), std::string::npos);
}

TEST(DiagnosisEngine, APingNeverDecidesTheTcpQuestion)
{
    DiagnosisSession s = sessionWith(true, false);
    s.inputs.trigger = TriggerKind::Icmp;
    DiagnosisEngine e(s);
    FragmentationCheckResult r = captured(false);
    r.capture.tcp = {};
    r.capture.fragments.packets = 14;
    r.capture.fragments.icmpPackets = 14;
    r.capture.fragments.bySource.push_back({ ip(Dest), 7, 1, 0, 7, 1000 });
    r.capture.fragments.bySource.push_back({ ip(Pub), 7, 1, 0, 7, 1500 });
    e.recordFragmentationCheck(r, {});
    EXPECT_FALSE(has(s, findingid::TcpFragmentsFromDestination));
    EXPECT_FALSE(has(s, findingid::NoFragmentationObserved));
    EXPECT_NE(get(s, findingid::InsufficientEvidence).detail.english().find("expected, not a symptom"),
              std::string::npos);
    EXPECT_EQ(verdict(s).outcome, Outcome::Inconclusive);
}

TEST(DiagnosisEngine, APublicHostBehindANatGivesNoNegativeVerdict)
{
    DiagnosisSession s = sessionWith(true, false);
    s.publicHostCheck = PublicHostCheck { { Pub }, "", "http://198.18.3.10/ip", "198.18.2.2", "" };
    DiagnosisEngine e(s);
    e.recordFragmentationCheck(captured(false), {});
    const auto k = kernel("kernel-probe-devhost-6.18.txt");
    e.recordRemoteServerCheck(server(k, k), {});
    EXPECT_TRUE(has(s, findingid::PublicHostBehindNat));
    EXPECT_FALSE(has(s, findingid::NoFragmentationObserved));
    EXPECT_EQ(verdict(s).outcome, Outcome::Inconclusive);

    // Fragments seen from behind a NAT may be the NAT's own re-fragments.
    DiagnosisSession f = sessionWith(true, false);
    f.publicHostCheck = s.publicHostCheck;
    DiagnosisEngine fe(f);
    fe.recordFragmentationCheck(captured(true), {});
    EXPECT_NE(get(f, findingid::TcpFragmentsFromDestination).severity, Severity::Problem);
    EXPECT_EQ(verdict(f).outcome, Outcome::Inconclusive);

    // Proven public (the echo saw its IMDS public address): high confidence.
    DiagnosisSession p = sessionWith(true, false);
    p.publicHostCheck
        = PublicHostCheck { { Pub, "203.0.113.7" }, "203.0.113.7", "https://checkip", "203.0.113.7", "" };
    DiagnosisEngine pe(p);
    pe.recordFragmentationCheck(captured(false), {});
    EXPECT_EQ(get(p, findingid::NoFragmentationObserved).confidence, Confidence::High);
}

TEST(DiagnosisEngine, FragmentsThatTheNatReassemblesDoNotExplainFailures)
{
    // The lab's NAT-instance mode: the destination fragments, the private
    // instance's large responses all arrive.
    DiagnosisSession s = sessionWith(false, true);
    DiagnosisEngine e(s);
    e.recordFragmentationCheck(captured(true), {});
    e.recordTimestampTest(timestamps(probe(25, 0), probe(25, 0)), {});
    const Finding& f = get(s, findingid::TcpFragmentsFromDestination);
    EXPECT_NE(f.severity, Severity::Problem);
    EXPECT_NE(f.detail.english().find("reassembles"), std::string::npos);
    EXPECT_EQ(verdict(s).outcome, Outcome::Inconclusive);
    EXPECT_NE(verdict(s).headline.find("reassembles"), std::string::npos);
}

TEST(DiagnosisEngine, DifferentResolutionOnThePrivateInstanceIsReported)
{
    DiagnosisSession s = sessionWith(true, true);
    s.resolution = ResolutionCheck { { "198.19.0.20" }, { "10.1.2.3" } };
    DiagnosisEngine e(s);
    e.recordFragmentationCheck(captured(false), {});
    EXPECT_TRUE(has(s, findingid::DestinationResolvesDifferently));
    EXPECT_EQ(verdict(s).outcome, Outcome::Inconclusive);
}

TEST(DiagnosisEngine, TwRecycleEnabledWithPawsPassiveRisingOnAnOldKernel)
{
    DiagnosisSession s = sessionWith(true, false);
    DiagnosisEngine e(s);
    e.recordFragmentationCheck(captured(false), {});
    e.recordRemoteServerCheck(server(kernel("kernel-probe-4.9-tw-recycle-on-before.txt"),
                                     kernel("kernel-probe-4.9-tw-recycle-on-after.txt")),
                              {});
    EXPECT_EQ(e.nextStep(), Step::Done);
    const Finding& recycle = get(s, findingid::TwRecycleEnabled);
    EXPECT_EQ(recycle.severity, Severity::Problem);
    ASSERT_GE(recycle.actions.size(), 2u);
    EXPECT_EQ(recycle.actions[0].commands.at(0), "sudo sysctl -w net.ipv4.tcp_tw_recycle=0");
    // The drop-in sorts after /etc/sysctl.conf (99-sysctl.conf), so it wins.
    EXPECT_NE(recycle.actions[1].commands.at(0).find("/etc/sysctl.d/99-zz-"), std::string::npos);
    const Finding& paws = get(s, findingid::PawsRejectionsRising);
    EXPECT_NE(paws.detail.english().find("PAWSPassive +38"), std::string::npos);
    EXPECT_NE(paws.detail.english().find("no idle baseline"), std::string::npos);
    EXPECT_NE(verdict(s).headline.find("tcp_tw_recycle"), std::string::npos);
}

TEST(DiagnosisEngine, CountersThatGrowAsMuchWhenIdleAreNotEvidence)
{
    DiagnosisSession s = sessionWith(true, false);
    DiagnosisEngine e(s);
    e.recordFragmentationCheck(captured(false), {});
    probes::KernelSnapshot idle = kernel("kernel-probe-devhost-6.18.txt");
    probes::KernelSnapshot before = idle;
    probes::KernelSnapshot after = idle;
    auto& tcpExt = idle.netstat.groups["TcpExt"];
    tcpExt["PAWSEstab"] = 100;
    tcpExt["ListenOverflows"] = 0;
    before.netstat.groups["TcpExt"]["PAWSEstab"] = 140; // +40 in 20 s idle
    before.netstat.groups["TcpExt"]["ListenOverflows"] = 0;
    after.netstat.groups["TcpExt"]["PAWSEstab"] = 178; // +38 in 20 s of test
    after.netstat.groups["TcpExt"]["ListenOverflows"] = 17; // +17 only during the test
    RemoteServerResult r = server(before, after);
    r.idleStart = idle;
    r.idleSeconds = 20;
    e.recordRemoteServerCheck(r, {});
    EXPECT_FALSE(has(s, findingid::PawsRejectionsRising));
    const Finding& q = get(s, findingid::SynQueueOverflow);
    EXPECT_EQ(q.severity, Severity::Problem);
    EXPECT_NE(q.detail.english().find("ListenOverflows +17"), std::string::npos);
}

TEST(DiagnosisEngine, AMissingFileOnAKernelOlderThan412IsUnknownNotAbsent)
{
    DiagnosisSession s = sessionWith(true, false);
    DiagnosisEngine e(s);
    e.recordFragmentationCheck(captured(false), {});
    probes::KernelSnapshot k = kernel("kernel-probe-4.9-tw-recycle-on-before.txt");
    k.sysctls["tcp_tw_recycle"] = { false, 0 };
    e.recordRemoteServerCheck(server(k, k), {});
    EXPECT_FALSE(has(s, findingid::TwRecycleAbsent));
    EXPECT_TRUE(has(s, findingid::TwRecycleUnknown));
    EXPECT_EQ(verdict(s).outcome, Outcome::Inconclusive);
}

TEST(DiagnosisEngine, ModernKernelRulesTwRecycleOutAndUnansweredSynsGetTheRemainingCauses)
{
    DiagnosisSession s = sessionWith(true, true);
    DiagnosisEngine e(s);
    e.recordFragmentationCheck(captured(false), {});
    const auto k = kernel("kernel-probe-devhost-6.18.txt");
    RemoteServerResult r = server(k, k);
    r.probe = probe(40, 10);
    e.recordRemoteServerCheck(r, {});
    const Finding& f = get(s, findingid::TwRecycleAbsent);
    EXPECT_NE(f.detail.english().find("6.18"), std::string::npos);
    EXPECT_FALSE(has(s, findingid::PawsRejectionsRising));
    const Finding& u = get(s, findingid::SynUnanswered);
    EXPECT_NE(u.detail.english().find("ruled out"), std::string::npos);
    EXPECT_FALSE(u.actions.empty());
    EXPECT_EQ(verdict(s).outcome, Outcome::Problem);
}

TEST(DiagnosisEngine, TimestampsOffImprovingSignificantlyPointsAtTheServer)
{
    DiagnosisSession s = sessionWith(false, true);
    DiagnosisEngine e(s);
    e.recordFragmentationCheck(captured(false), {});
    e.recordTimestampTest(timestamps(probe(30, 20), probe(50, 0)), {});
    const Finding& f = get(s, findingid::TimestampsTestImproved);
    EXPECT_NE(f.detail.english().find("30/50"), std::string::npos);
    EXPECT_NE(f.detail.english().find("two-sided: p = "), std::string::npos);
    EXPECT_NE(f.detail.english().find("4 alternating blocks"), std::string::npos);
    EXPECT_NE(f.detail.english().find("20 got no SYN-ACK"), std::string::npos);
    EXPECT_FALSE(has(s, findingid::TimestampsNotRestored));
    EXPECT_EQ(verdict(s).outcome, Outcome::Problem);
}

TEST(DiagnosisEngine, AQuietBaselineIsNotReproducedWithItsPower)
{
    DiagnosisSession s = sessionWith(false, true);
    DiagnosisEngine e(s);
    e.recordFragmentationCheck(captured(false), {});
    e.recordTimestampTest(timestamps(probe(46, 4), probe(50, 0)), {});
    EXPECT_FALSE(has(s, findingid::TimestampsTestNoChange));
    const Finding& f = get(s, findingid::TimestampsTestNotReproduced);
    EXPECT_NE(f.detail.english().find("power"), std::string::npos);
    EXPECT_EQ(verdict(s).outcome, Outcome::Inconclusive);

    // Enough failures, and no difference: a real "no change".
    DiagnosisSession n = sessionWith(false, true);
    DiagnosisEngine ne(n);
    ne.recordFragmentationCheck(captured(false), {});
    ne.recordTimestampTest(timestamps(probe(40, 10), probe(39, 11), false), {});
    EXPECT_TRUE(has(n, findingid::TimestampsTestNoChange));
    const Finding& r = get(n, findingid::TimestampsNotRestored);
    EXPECT_EQ(r.actions.at(0).commands.at(1), "sudo sysctl -w net.ipv4.tcp_timestamps=1");
}

TEST(DiagnosisEngine, AnInterruptedTimestampsTestIsNeverCompared)
{
    DiagnosisSession s = sessionWith(false, true);
    DiagnosisEngine e(s);
    e.recordFragmentationCheck(captured(false), {});
    TimestampTestResult t = timestamps(probe(30, 20), probe(3, 0));
    t.interrupted = true;
    e.recordTimestampTest(t, {});
    EXPECT_FALSE(has(s, findingid::TimestampsTestImproved));
    EXPECT_FALSE(has(s, findingid::TimestampsTestNoChange));
    EXPECT_NE(get(s, findingid::InsufficientEvidence).detail.english().find("interrupted"),
              std::string::npos);
}

TEST(DiagnosisEngine, SudoNeedingAPasswordGivesTheCommandAndTheSudoersLine)
{
    DiagnosisSession s = sessionWith(false, false);
    DiagnosisEngine e(s);
    e.recordSudoProblem({ "natlab@pub", "sudo tcpdump -i any -w /tmp/x.pcap",
                          "natlab ALL=(root) NOPASSWD: /usr/sbin/tcpdump -i any" },
                        {});
    const Finding& f = get(s, findingid::SudoNeedsPassword);
    EXPECT_EQ(f.actions.at(1).commands.at(0), "natlab ALL=(root) NOPASSWD: /usr/sbin/tcpdump -i any");
    EXPECT_EQ(verdict(s).outcome, Outcome::Inconclusive);
}

TEST(DiagnosisEngine, ASkippedStepIsDoneAndSaysWhy)
{
    DiagnosisSession s = sessionWith(true, false);
    DiagnosisEngine e(s);
    e.skipStep(Step::FragmentationCheck, "cannot connect to natlab@pub");
    EXPECT_EQ(e.nextStep(), Step::RemoteServerCheck);
    e.skipStep(Step::RemoteServerCheck, "host key rejected");
    EXPECT_EQ(e.nextStep(), Step::Done);
    const auto mentions = [&](const char* text) {
        return std::any_of(s.findings.begin(), s.findings.end(), [&](const Finding& f) {
            return f.id == findingid::InsufficientEvidence
                && f.detail.english().find(text) != std::string::npos;
        });
    };
    EXPECT_TRUE(mentions("cannot connect"));
    EXPECT_TRUE(mentions("host key rejected"));
    EXPECT_EQ(verdict(s).outcome, Outcome::Inconclusive);
    EXPECT_NE(verdict(s).headline.find("Inconclusive"), std::string::npos);
}

TEST(Verdict, ACaptureFileNeedsALargeIntactResponseForAnAllClear)
{
    DiagnosisSession s;
    s.steps.push_back({ "capture-analysis", false, {}, {} });
    FragmentationCheckResult r = captured(false);
    s.findings = findings::captureFindings(r.capture, {});
    EXPECT_EQ(verdict(s).outcome, Outcome::NoProblem);
    r.capture.tcp.largeResponses = 0;
    s.findings = findings::captureFindings(r.capture, {});
    EXPECT_EQ(verdict(s).outcome, Outcome::Inconclusive);
    s.findings = findings::captureFindings(analysis::CaptureSummary {}, {});
    EXPECT_EQ(verdict(s).outcome, Outcome::Inconclusive);
}

TEST(FisherPower, IsZeroWithoutFailuresAndGrowsWithThem)
{
    EXPECT_EQ(powerAgainstNoFailures(50, 50, 0.0, 0.05), 0.0);
    const double few = powerAgainstNoFailures(50, 50, 0.04, 0.05);
    const double many = powerAgainstNoFailures(50, 50, 0.3, 0.05);
    EXPECT_LT(few, 0.5);
    EXPECT_GT(many, 0.95);
}

TEST(SshTarget, ParsesUserHostAndPort)
{
    std::string error;
    const auto a = SshTarget::parse("admin@10.0.0.1:2222", error);
    ASSERT_TRUE(a) << error;
    EXPECT_EQ(a->user, "admin");
    EXPECT_EQ(a->host, "10.0.0.1");
    EXPECT_EQ(a->port, 2222);
    const auto b = SshTarget::parse("ec2-user@[2001:db8::1]:22", error);
    ASSERT_TRUE(b) << error;
    EXPECT_EQ(b->host, "2001:db8::1");
    EXPECT_EQ(SshTarget::parse("bastion.example.com", error)->port, 22);
    EXPECT_FALSE(SshTarget::parse("user@host:70000", error));
    EXPECT_FALSE(SshTarget::parse("user@", error));
    EXPECT_FALSE(SshTarget::parse("@host", error));
    EXPECT_FALSE(SshTarget::parse("host:", error));
}
