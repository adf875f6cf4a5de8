#include "diagnosis/DiagnosisEngine.h"
#include "diagnosis/DiagnosisRules.h"

#include <algorithm>
#include <fstream>
#include "support/TestData.h"

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

probes::ConnectionProbeResult probe(int ok, int timeouts, int stalls = 0)
{
    probes::ConnectionProbeResult r;
    int index = 0;
    const auto add = [&](int n, probes::AttemptResult result) {
        for (int i = 0; i < n; ++i) {
            probes::Attempt a;
            a.index = ++index;
            a.result = result;
            r.attempts.push_back(a);
        }
    };
    add(ok, probes::AttemptResult::Ok);
    add(timeouts, probes::AttemptResult::ConnectTimeout);
    add(stalls, probes::AttemptResult::StalledAfterConnect);
    return r;
}

FragmentationCheckResult fragmentsSeen(bool fragments)
{
    FragmentationCheckResult r;
    r.capture.tcp.largeResponseThreshold = 16384;
    if (fragments) {
        r.capture.fragments.packets = 90;
        r.capture.fragments.tcpPackets = 90;
        r.capture.fragments.datagrams = 45;
        r.capture.fragments.bySource.push_back({ analysis::IpAddress::parse("198.19.0.20"), 90, 45 });
    } else {
        r.capture.tcp.largeResponses = 1;
    }
    r.largestResponseBytes = 65536;
    return r;
}

bool has(const DiagnosisSession& s, std::string_view id)
{
    return std::any_of(s.findings.begin(), s.findings.end(), [&](const Finding& f) { return f.id == id; });
}

const Finding& get(const DiagnosisSession& s, std::string_view id)
{
    const auto it = std::find_if(s.findings.begin(), s.findings.end(), [&](const Finding& f) { return f.id == id; });
    EXPECT_NE(it, s.findings.end()) << id;
    return *it;
}

DiagnosisSession sessionWith(bool remote, bool privateHost)
{
    DiagnosisSession s;
    s.inputs.destinationHost = "198.19.0.20";
    s.inputs.publicHost = { "natlab", "198.18.1.10", 22 };
    if (remote)
        s.inputs.remoteServer = SshTarget { "natlab", "198.19.0.20", 22 };
    if (privateHost)
        s.inputs.privateHost = SshTarget { "natlab", "198.18.2.10", 22 };
    return s;
}

} // namespace

TEST(DiagnosisEngine, StartsWithTheFragmentationCheckThenBranchesOnRemoteAccess)
{
    DiagnosisSession withRemote = sessionWith(true, true);
    DiagnosisEngine a(withRemote);
    EXPECT_EQ(a.nextStep(), Step::FragmentationCheck);
    a.recordFragmentationCheck(fragmentsSeen(false), { withRemote.addEvidence({}) });
    EXPECT_EQ(a.nextStep(), Step::RemoteServerCheck); // remote access wins over the private test

    DiagnosisSession privateOnly = sessionWith(false, true);
    DiagnosisEngine b(privateOnly);
    b.recordFragmentationCheck(fragmentsSeen(false), {});
    EXPECT_EQ(b.nextStep(), Step::TimestampTest);

    DiagnosisSession neither = sessionWith(false, false);
    DiagnosisEngine c(neither);
    c.recordFragmentationCheck(fragmentsSeen(false), {});
    EXPECT_EQ(c.nextStep(), Step::Done);
    EXPECT_TRUE(has(neither, findingid::TwRecycleUnchecked));
}

TEST(DiagnosisEngine, FragmentsFromTheDestinationAreTheCauseWithActionsAndEvidence)
{
    DiagnosisSession s = sessionWith(false, false);
    DiagnosisEngine e(s);
    const size_t ev = s.addEvidence({ "fragmentation-check", "natlab@pub", "tcpdump ...", "", false, 0, 3.0, "" });
    e.recordFragmentationCheck(fragmentsSeen(true), { ev });
    const Finding& f = get(s, findingid::TcpFragmentsFromDestination);
    EXPECT_EQ(f.severity, Severity::Problem);
    EXPECT_EQ(f.confidence, Confidence::High);
    EXPECT_EQ(f.evidence, std::vector<size_t> { ev });
    EXPECT_FALSE(f.actions.empty());
    EXPECT_EQ(s.findings.front().id, findingid::TcpFragmentsFromDestination); // problems first
    EXPECT_EQ(verdict(s).severity, Severity::Problem);
    EXPECT_NE(verdict(s).headline.find("fragmented TCP"), std::string::npos);
}

TEST(DiagnosisEngine, NoFragmentsInALargeResponseIsANegativeFinding)
{
    DiagnosisSession s = sessionWith(false, false);
    DiagnosisEngine e(s);
    e.recordFragmentationCheck(fragmentsSeen(false), {});
    EXPECT_TRUE(has(s, findingid::NoFragmentationObserved));
    EXPECT_FALSE(has(s, findingid::TcpFragmentsFromDestination));
}

TEST(DiagnosisEngine, ASmallResponseCannotDecideAndSaysWhatWould)
{
    DiagnosisSession s = sessionWith(false, false);
    DiagnosisEngine e(s);
    FragmentationCheckResult small;
    small.largestResponseBytes = 612;
    e.recordFragmentationCheck(small, {});
    const Finding& f = get(s, findingid::FragmentationInconclusive);
    EXPECT_NE(f.detail.find("612"), std::string::npos);
    EXPECT_EQ(verdict(s).severity, Severity::Warning);
}

TEST(DiagnosisEngine, TwRecycleEnabledWithPawsPassiveRisingOnAnOldKernel)
{
    DiagnosisSession s = sessionWith(true, false);
    DiagnosisEngine e(s);
    e.recordFragmentationCheck(fragmentsSeen(false), {});
    e.recordRemoteServerCheck({ kernel("kernel-probe-4.9-tw-recycle-on-before.txt"),
                                  kernel("kernel-probe-4.9-tw-recycle-on-after.txt") },
        {});
    EXPECT_EQ(e.nextStep(), Step::Done);
    const Finding& recycle = get(s, findingid::TwRecycleEnabled);
    EXPECT_EQ(recycle.severity, Severity::Problem);
    ASSERT_GE(recycle.actions.size(), 2u);
    EXPECT_EQ(recycle.actions[0].commands.at(0), "sudo sysctl -w net.ipv4.tcp_tw_recycle=0");
    EXPECT_NE(recycle.actions[1].commands.at(0).find("/etc/sysctl.d/"), std::string::npos);
    const Finding& paws = get(s, findingid::PawsRejectionsRising);
    EXPECT_NE(paws.detail.find("PAWSPassive +38"), std::string::npos);
    EXPECT_NE(verdict(s).headline.find("tcp_tw_recycle"), std::string::npos);
}

TEST(DiagnosisEngine, ModernKernelRulesTwRecycleOutWithItsRelease)
{
    DiagnosisSession s = sessionWith(true, false);
    DiagnosisEngine e(s);
    e.recordFragmentationCheck(fragmentsSeen(false), {});
    const auto k = kernel("kernel-probe-devhost-6.18.txt");
    e.recordRemoteServerCheck({ k, k }, {});
    const Finding& f = get(s, findingid::TwRecycleAbsent);
    EXPECT_NE(f.detail.find("6.18"), std::string::npos);
    EXPECT_FALSE(has(s, findingid::PawsRejectionsRising));
    EXPECT_EQ(verdict(s).severity, Severity::Info);
}

TEST(DiagnosisEngine, TimestampsOffImprovingSignificantlyPointsAtTheServer)
{
    DiagnosisSession s = sessionWith(false, true);
    DiagnosisEngine e(s);
    e.recordFragmentationCheck(fragmentsSeen(false), {});
    e.recordTimestampTest({ probe(30, 20), probe(50, 0), 1, true, "restored" }, {});
    const Finding& f = get(s, findingid::TimestampsTestImproved);
    EXPECT_NE(f.detail.find("30/50"), std::string::npos);
    EXPECT_NE(f.detail.find("p = "), std::string::npos);
    EXPECT_NE(f.detail.find("20 got no SYN-ACK"), std::string::npos);
    EXPECT_FALSE(has(s, findingid::TimestampsNotRestored));
}

TEST(DiagnosisEngine, NoSignificantChangeAndAFailedRestoreAreBothReported)
{
    DiagnosisSession s = sessionWith(false, true);
    DiagnosisEngine e(s);
    e.recordFragmentationCheck(fragmentsSeen(false), {});
    e.recordTimestampTest({ probe(46, 4), probe(47, 3), 1, false, "read back 0 instead of 1" }, {});
    EXPECT_TRUE(has(s, findingid::TimestampsTestNoChange));
    const Finding& r = get(s, findingid::TimestampsNotRestored);
    EXPECT_EQ(r.actions.at(0).commands.at(0), "sudo sysctl -w net.ipv4.tcp_timestamps=1");
}

TEST(DiagnosisEngine, SudoNeedingAPasswordGivesTheCommandAndTheSudoersLine)
{
    DiagnosisSession s = sessionWith(false, false);
    DiagnosisEngine e(s);
    e.recordSudoProblem({ "natlab@pub", "sudo tcpdump -i any -w /tmp/x.pcap", "natlab ALL=(root) NOPASSWD: /usr/bin/tcpdump" }, {});
    const Finding& f = get(s, findingid::SudoNeedsPassword);
    EXPECT_EQ(f.actions.at(1).commands.at(0), "natlab ALL=(root) NOPASSWD: /usr/bin/tcpdump");
}

TEST(DiagnosisEngine, ASkippedStepIsDoneAndSaysWhy)
{
    DiagnosisSession s = sessionWith(true, false);
    DiagnosisEngine e(s);
    e.skipStep(Step::FragmentationCheck, "cannot connect to natlab@pub");
    EXPECT_EQ(e.nextStep(), Step::RemoteServerCheck);
    e.skipStep(Step::RemoteServerCheck, "host key rejected");
    EXPECT_EQ(e.nextStep(), Step::Done);
    EXPECT_NE(get(s, findingid::FragmentationInconclusive).detail.find("cannot connect"), std::string::npos);
    EXPECT_NE(get(s, findingid::TwRecycleUnchecked).detail.find("host key rejected"), std::string::npos);
    EXPECT_NE(verdict(s).headline.find("Not decided"), std::string::npos);
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
