// Finding texts (core/findings/Text.h) and the catalogue of every finding the
// rules can produce: each renders in English with no placeholder left, each
// has a next step, and no page contradicts itself.
#include "cloud/AwsParse.h"
#include "diagnosis/DiagnosisEngine.h"
#include "diagnosis/DiagnosisRules.h"
#include "diagnosis/NatGatewayStep.h"
#include "findings/CaptureFindings.h"
#include "findings/FindingFormat.h"
#include "support/TestData.h"

#include <algorithm>
#include <functional>
#include <gtest/gtest.h>
#include <map>
#include <set>

using namespace natdoctor;
using namespace natdoctor::diagnosis;
using findings::Message;
using findings::Text;

TEST(FindingText, PluralsNumbersAndNestedTexts)
{
    const auto attempts = [](long long n) {
        return NATDOCTOR_TEXT("Finding", "{n|# attempt|# attempts} of {total}")
            .integer("n", n)
            .integer("total", 9)
            .english();
    };
    EXPECT_EQ(attempts(1), "1 attempt of 9");
    EXPECT_EQ(attempts(0), "0 attempts of 9");
    EXPECT_EQ(attempts(3), "3 attempts of 9");
    EXPECT_EQ(Text("Finding", "{a} {b} {c} {d}")
                  .grouped("a", 54990)
                  .decimal("b", 2.75, 1)
                  .scientific("c", 0.00012, 1)
                  .plain("d", "x")
                  .english(),
              "54,990 2.8 1.2e-04 x");
    EXPECT_EQ(Text("Finding", "{n}").grouped("n", -1234567).english(), "-1,234,567");
    EXPECT_EQ(Text("Finding", "{n}").integer("n", 41000).english(), "41000");
    const Text inner = Text("Finding", "the {what}").plain("what", "destination");
    EXPECT_EQ(Text("Finding", "from {x}: {list}.")
                  .nested("x", inner)
                  .list("list", { inner, inner }, "; ")
                  .english(),
              "from the destination: the destination; the destination.");
    // A missing parameter stays visible, so the catalogue test below catches it.
    EXPECT_EQ(Text("Finding", "{missing} here").english(), "{missing} here");
    Message m = Text("Finding", "One.");
    m += Text();
    m += Text("Finding", "Two.");
    EXPECT_EQ(m.english(), "One. Two.");
}

TEST(FindingText, AStyleTranslatesAndFormatsNumbers)
{
    struct German : findings::TextStyle
    {
        std::string templateFor(const char*, const char* source) const override
        {
            return std::string(source) == "{n|# attempt|# attempts} at {rate}"
                ? "{n|# Versuch|# Versuche} bei {rate}"
                : source;
        }
        std::string decimal(double value, int places) const override
        {
            std::string s = TextStyle::decimal(value, places);
            std::replace(s.begin(), s.end(), '.', ',');
            return s;
        }
    };
    const Text t
        = Text("Finding", "{n|# attempt|# attempts} at {rate}").integer("n", 1).decimal("rate", 2.8, 1);
    EXPECT_EQ(findings::render(t, German {}), "1 Versuch bei 2,8");
    EXPECT_EQ(t.english(), "1 attempt at 2.8");
}

namespace {

const char* const Dest = "198.19.0.20";
const char* const Pub = "198.18.1.10";

analysis::IpAddress ip(const char* text)
{
    return analysis::IpAddress::parse(text);
}

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
            a.bytes = result == probes::AttemptResult::Ok ? 65536 : 0;
            r.attempts.push_back(a);
        }
    };
    add(ok, probes::AttemptResult::Ok);
    add(timeouts, probes::AttemptResult::ConnectTimeout);
    add(stalls, probes::AttemptResult::StalledAfterConnect);
    return r;
}

FragmentationCheckResult captured(bool fragments)
{
    FragmentationCheckResult r;
    analysis::CaptureSummary& c = r.capture;
    c.packets = 120;
    c.ipPackets = 120;
    c.tcp.connections = 1;
    c.tcp.established = 1;
    c.tcp.largeResponseThreshold = 16384;
    c.tcp.servers.push_back({ ip(Dest), 80, 1 });
    c.tcp.clients.push_back({ ip(Pub), 1 });
    if (fragments) {
        c.fragments.packets = 90;
        c.fragments.tcpPackets = 90;
        c.fragments.datagrams = 45;
        c.fragments.maxSize = 996;
        c.fragments.bySource.push_back({ ip(Dest), 90, 45, 90, 0, 996 });
        c.fragments.dfBySource.push_back({ ip(Dest), 0, 40 });
    } else {
        c.tcp.largeResponses = 1;
        c.tcp.largestResponseBytes = 65536 + 180;
    }
    r.largestResponseBytes = 65536;
    r.destinationAddresses = { Dest };
    r.localAddresses = { Pub };
    r.listeningProven = true;
    return r;
}

DiagnosisSession sessionWith(bool remote, bool privateHost)
{
    DiagnosisSession s;
    s.inputs.destinationHost = Dest;
    s.inputs.destinationPort = 80;
    s.inputs.publicHost = { "natlab", Pub, 22 };
    if (remote)
        s.inputs.remoteServer = SshTarget { "natlab", Dest, 22 };
    if (privateHost)
        s.inputs.privateHost = SshTarget { "natlab", "198.18.2.10", 22 };
    return s;
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

RemoteServerResult server(const probes::KernelSnapshot& before, const probes::KernelSnapshot& after)
{
    RemoteServerResult r;
    r.before = before;
    r.after = after;
    r.testSeconds = 20;
    return r;
}

DiagnosisSession cloudSession(std::vector<std::pair<std::string, double>> metrics,
                              cloud::AwsPath::Via via = cloud::AwsPath::Via::NatGateway)
{
    DiagnosisSession s;
    s.inputs.destinationHost = "203.0.113.10";
    cloud::CloudResult r;
    r.path.via = via;
    r.path.natGatewayId = "nat-0abc";
    r.path.natInstanceId = "i-0nat";
    r.path.routeTable.id = "rtb-1";
    r.path.routeTable.main = true;
    r.path.subnetId = "subnet-1";
    r.path.instanceId = "i-1";
    r.path.destinationIp = "203.0.113.10";
    r.path.route = cloud::Route { "0.0.0.0/0", "igw-1" };
    r.path.elasticIps = { { "198.51.100.7", "eipalloc-1", "10.0.0.5" } };
    r.metricsRead = true;
    r.windowStart = 1796150000;
    r.windowEnd = 1796160800;
    for (const auto& [name, value] : metrics)
        r.metrics.push_back({ name, "Sum", { { 1796155000, value } } });
    s.cloud = r;
    s.steps.push_back({ std::string(cloud::AwsStepName), false, {}, {} });
    return s;
}

// Pages: each a set of findings shown together, with a name for messages.
struct Page
{
    std::string name;
    std::vector<findings::Finding> findings;
    Verdict verdict;
};

Page pageOf(std::string name, DiagnosisSession s)
{
    if (s.findings.empty())
        s.findings = deriveFindings(s);
    Page p { std::move(name), s.findings, verdict(s) };
    return p;
}

Page capturePage(std::string name, const analysis::CaptureSummary& summary,
                 findings::CaptureContext context = {})
{
    DiagnosisSession s;
    s.steps.push_back({ "capture-analysis", false, {}, {} });
    s.findings = findings::captureFindings(summary, context);
    return pageOf(std::move(name), std::move(s));
}

std::vector<Page> catalogue()
{
    std::vector<Page> pages;
    // Captures.
    analysis::CaptureSummary empty;
    pages.push_back(capturePage("empty capture", empty));
    pages.push_back(capturePage("fragments", captured(true).capture));
    pages.push_back(capturePage("no fragments", captured(false).capture));
    analysis::CaptureSummary small = captured(false).capture;
    small.tcp.largeResponses = 0;
    small.tcp.largestResponseBytes = 900;
    pages.push_back(capturePage("small response", small));
    analysis::CaptureSummary busy = captured(true).capture;
    busy.fragments.bySource.push_back({ ip(Pub), 4, 2, 4, 0, 1400 });
    busy.fragments.bySource.push_back({ ip("192.0.2.99"), 3, 1, 0, 3, 1400 });
    busy.icmpFragNeeded.push_back({ ip("192.0.2.1"), 1400, 3 });
    busy.tcp.unanswered = 2;
    busy.tcp.connections = 5;
    busy.tcp.synRetransmissions = 4;
    busy.tcp.stalled = 1;
    busy.timestamps.suspectSources.push_back({ ip(Pub), ip(Dest), 30, 7, 3 });
    busy.timestamps.suspectSources.push_back({ ip("198.18.1.11"), ip(Dest), 10, 1, 2 });
    pages.push_back(capturePage("everything at once", busy));
    findings::CaptureContext icmp;
    icmp.trigger = findings::CaptureContext::Trigger::Icmp;
    pages.push_back(capturePage("ping trigger", captured(false).capture, icmp));
    findings::CaptureContext late;
    late.trigger = findings::CaptureContext::Trigger::Tcp;
    late.listeningProven = false;
    pages.push_back(capturePage("late capture", captured(false).capture, late));
    findings::CaptureContext behind;
    behind.vantage = findings::CaptureContext::Vantage::BehindNat;
    pages.push_back(capturePage("behind a NAT, fragments", captured(true).capture, behind));
    pages.push_back(capturePage("behind a NAT, none", captured(false).capture, behind));

    // Guided sessions.
    const auto run = [&](std::string name, bool remote, bool priv,
                         const std::function<void(DiagnosisSession&, DiagnosisEngine&)>& steps) {
        DiagnosisSession s = sessionWith(remote, priv);
        DiagnosisEngine e(s);
        steps(s, e);
        pages.push_back(pageOf(std::move(name), s));
    };
    run("no access", false, false,
        [](DiagnosisSession&, DiagnosisEngine& e) { e.recordFragmentationCheck(captured(false), {}); });
    run("kernel drops", false, false, [](DiagnosisSession&, DiagnosisEngine& e) {
        FragmentationCheckResult r = captured(false);
        r.kernelDrops = 12;
        e.recordFragmentationCheck(r, {});
    });
    run("public host behind a NAT, resolves differently", false, true,
        [](DiagnosisSession& s, DiagnosisEngine& e) {
            s.publicHostCheck
                = PublicHostCheck { { Pub }, "", "https://checkip.amazonaws.com", "203.0.113.77", "" };
            s.resolution = ResolutionCheck { { Dest }, { "10.1.2.3" } };
            e.recordFragmentationCheck(captured(false), {});
        });
    run("reassembled on the private path", false, true, [](DiagnosisSession&, DiagnosisEngine& e) {
        e.recordFragmentationCheck(captured(true), {});
        e.recordTimestampTest(timestamps(probe(50, 0), probe(50, 0)), {});
    });
    run("tw_recycle on", true, false, [](DiagnosisSession&, DiagnosisEngine& e) {
        e.recordFragmentationCheck(captured(true), {});
        e.recordRemoteServerCheck(server(kernel("kernel-probe-4.9-tw-recycle-on-before.txt"),
                                         kernel("kernel-probe-4.9-tw-recycle-on-after.txt")),
                                  {});
    });
    run("tw_recycle unknown", true, false, [](DiagnosisSession&, DiagnosisEngine& e) {
        e.recordFragmentationCheck(captured(false), {});
        probes::KernelSnapshot k = kernel("kernel-probe-4.9-tw-recycle-on-before.txt");
        k.sysctls["tcp_tw_recycle"] = { false, 0 };
        e.recordRemoteServerCheck(server(k, k), {});
    });
    run("tw_recycle off, queue overflows", true, true, [](DiagnosisSession&, DiagnosisEngine& e) {
        e.recordFragmentationCheck(captured(false), {});
        probes::KernelSnapshot before = kernel("kernel-probe-4.9-tw-recycle-on-before.txt");
        before.sysctls["tcp_tw_recycle"] = { true, 0 };
        probes::KernelSnapshot after = before;
        before.netstat.groups["TcpExt"]["ListenOverflows"] = 0;
        after.netstat.groups["TcpExt"]["ListenOverflows"] = 17;
        before.netstat.groups["TcpExt"]["PAWSEstab"] = 0;
        after.netstat.groups["TcpExt"]["PAWSEstab"] = 30;
        RemoteServerResult r = server(before, after);
        r.idleStart = before;
        r.idleSeconds = 20;
        r.probe = probe(40, 10);
        e.recordRemoteServerCheck(r, {});
    });
    run("tw_recycle absent, SYNs unanswered", true, true, [](DiagnosisSession&, DiagnosisEngine& e) {
        FragmentationCheckResult f = captured(false);
        f.capture.tcp.unanswered = 3;
        f.capture.tcp.connections = 10;
        e.recordFragmentationCheck(f, {});
        const auto k = kernel("kernel-probe-devhost-6.18.txt");
        RemoteServerResult r = server(k, k);
        r.probe = probe(40, 10);
        e.recordRemoteServerCheck(r, {});
    });
    run("timestamps improved", false, true, [](DiagnosisSession&, DiagnosisEngine& e) {
        e.recordFragmentationCheck(captured(false), {});
        e.recordTimestampTest(timestamps(probe(30, 20), probe(50, 0)), {});
    });
    run("timestamps not reproduced", false, true, [](DiagnosisSession&, DiagnosisEngine& e) {
        e.recordFragmentationCheck(captured(false), {});
        e.recordTimestampTest(timestamps(probe(46, 4), probe(50, 0)), {});
    });
    run("timestamps no change, not restored", false, true, [](DiagnosisSession&, DiagnosisEngine& e) {
        e.recordFragmentationCheck(captured(false), {});
        e.recordTimestampTest(timestamps(probe(40, 5, 5), probe(39, 6, 5), false), {});
    });
    run("timestamps interrupted", false, true, [](DiagnosisSession&, DiagnosisEngine& e) {
        e.recordFragmentationCheck(captured(false), {});
        TimestampTestResult t = timestamps(probe(30, 20), probe(3, 0));
        t.interrupted = true;
        e.recordTimestampTest(t, {});
    });
    run("sudo and skipped steps", true, true, [](DiagnosisSession&, DiagnosisEngine& e) {
        e.recordSudoProblem({ "natlab@pub", "sudo tcpdump -i any -w /tmp/x.pcap",
                              "natlab ALL=(root) NOPASSWD: /usr/sbin/tcpdump" },
                            {});
        e.skipStep(DiagnosisEngine::Step::FragmentationCheck, "cannot connect to natlab@pub");
        e.skipStep(DiagnosisEngine::Step::RemoteServerCheck, "host key rejected");
        e.skipStep(DiagnosisEngine::Step::TimestampTest, "cannot connect to the private instance");
    });

    // The AWS step.
    pages.push_back(
        pageOf("ports", cloudSession({ { "ErrorPortAllocation", 15 }, { "ActiveConnectionCount", 54990 } })));
    pages.push_back(pageOf("idle", cloudSession({ { "IdleTimeoutCount", 9 } })));
    pages.push_back(pageOf("drops",
                           cloudSession({ { "PacketsDropCount", 40 },
                                          { "BytesInFromDestination", 900000 },
                                          { "BytesOutToSource", 100000 } })));
    pages.push_back(
        pageOf("attempts",
               cloudSession({ { "ConnectionAttemptCount", 800 }, { "ConnectionEstablishedCount", 620 } })));
    pages.push_back(
        pageOf("normal",
               cloudSession({ { "ConnectionAttemptCount", 600 }, { "ConnectionEstablishedCount", 600 } })));
    pages.push_back(pageOf("no data", cloudSession({})));
    for (auto via : { cloud::AwsPath::Via::NatInstance, cloud::AwsPath::Via::InternetGateway,
                      cloud::AwsPath::Via::NoRoute, cloud::AwsPath::Via::Other }) {
        pages.push_back(
            pageOf(std::string("route ") + std::string(cloud::viaName(via)), cloudSession({}, via)));
    }
    {
        DiagnosisSession s = cloudSession({}, cloud::AwsPath::Via::InternetGateway);
        s.cloud->path.instancePublicIp = "198.51.100.20";
        s.cloud->path.natGatewayState = "failed";
        pages.push_back(pageOf("route igw with public ip", s));
        DiagnosisSession g = cloudSession({});
        g.cloud->path.natGatewayState = "failed";
        pages.push_back(pageOf("failed gateway", g));
    }
    for (auto problem :
         { cloud::AwsProblem::NoCli, cloud::AwsProblem::NoCredentials, cloud::AwsProblem::AccessDenied,
           cloud::AwsProblem::NoInstance, cloud::AwsProblem::Unreachable, cloud::AwsProblem::Throttled,
           cloud::AwsProblem::ApiError, cloud::AwsProblem::Cancelled }) {
        DiagnosisSession s;
        cloud::CloudResult r;
        r.problem = problem;
        r.problemDetail = "describe the instance i-1: something";
        s.cloud = r;
        pages.push_back(pageOf("aws problem", s));
    }
    {
        DiagnosisSession s
            = cloudSession({ { "ConnectionAttemptCount", 600 }, { "ConnectionEstablishedCount", 600 } });
        s.cloud->path.subnetId = "subnet-1";
        cloud::NetworkAcl acl { "acl-1",
                                "subnet-1",
                                { { 90, false, false, "6", "0.0.0.0/0", 32768, 60999 },
                                  { 100, false, true, "-1", "0.0.0.0/0", -1, -1 },
                                  { 90, true, false, "6", "0.0.0.0/0", 1024, 65535 },
                                  { 100, true, true, "-1", "0.0.0.0/0", -1, -1 } } };
        s.cloud->path.acls = { acl };
        Evidence e;
        e.step = cloud::AwsStepName;
        e.host = "ec2-user@10.0.1.4";
        e.summary = std::string(cloud::PathMtuSummary);
        e.output = natdoctor::test::readTestData("path-mtu-blackhole.txt");
        s.steps.back().evidence.push_back(s.addEvidence(e));
        pages.push_back(pageOf("acl and path MTU", s));
    }
    return pages;
}

bool placeholderLeft(const std::string& text)
{
    return text.find('{') != std::string::npos || text.find('}') != std::string::npos;
}

} // namespace

TEST(FindingCatalogue, EveryFindingRendersInEnglishAndHasANextStep)
{
    std::set<std::string> seen;
    for (const Page& page : catalogue()) {
        EXPECT_FALSE(page.verdict.headline.empty()) << page.name;
        EXPECT_FALSE(placeholderLeft(page.verdict.headline)) << page.name << ": " << page.verdict.headline;
        EXPECT_EQ(page.verdict.headline, page.verdict.text.english());
        for (const findings::Finding& f : page.findings) {
            seen.insert(f.id);
            const std::string where = page.name + " / " + f.id;
            const std::string title = f.title.english();
            const std::string detail = f.detail.english();
            EXPECT_FALSE(title.empty()) << where;
            EXPECT_FALSE(detail.empty()) << where;
            EXPECT_FALSE(placeholderLeft(title)) << where << ": " << title;
            EXPECT_FALSE(placeholderLeft(detail)) << where << ": " << detail;
            EXPECT_FALSE(f.actions.empty()) << where << ": no next step";
            for (const findings::Action& a : f.actions) {
                EXPECT_FALSE(a.description.english().empty()) << where;
                EXPECT_FALSE(placeholderLeft(a.description.english()))
                    << where << ": " << a.description.english();
            }
            EXPECT_FALSE(placeholderLeft(f.proof.cannotRuleOut.english())) << where;
        }
    }
    // The catalogue reaches every id the rules know (docs/design.md's table).
    const std::vector<std::string_view> all = { findings::findingid::TcpFragmentsFromDestination,
                                                findings::findingid::NoFragmentationObserved,
                                                findings::findingid::IcmpFragmentationNeeded,
                                                findings::findingid::SynUnanswered,
                                                findings::findingid::StalledAfterConnect,
                                                findings::findingid::SynTimestampsNonMonotonic,
                                                findings::findingid::TwRecycleEnabled,
                                                findings::findingid::TwRecycleDisabled,
                                                findings::findingid::TwRecycleAbsent,
                                                findings::findingid::PawsRejectionsRising,
                                                findings::findingid::TimestampsTestImproved,
                                                findings::findingid::TimestampsTestNoChange,
                                                findings::findingid::SudoNeedsPassword,
                                                findings::findingid::TwRecycleUnknown,
                                                findings::findingid::TimestampsTestNotReproduced,
                                                findings::findingid::SynQueueOverflow,
                                                findings::findingid::FragmentsFromOtherHost,
                                                findings::findingid::DestinationResolvesDifferently,
                                                findings::findingid::PublicHostBehindNat,
                                                findings::findingid::InsufficientEvidence,
                                                findings::findingid::TimestampsNotRestored,
                                                findings::findingid::NatPortAllocationErrors,
                                                findings::findingid::NatIdleTimeout,
                                                findings::findingid::NatGatewayDrops,
                                                findings::findingid::SynAttemptsNotEstablished,
                                                findings::findingid::NaclBlocksEphemeralPorts,
                                                findings::findingid::PathMtuBlackhole,
                                                "aws-evidence-missing",
                                                "nat-gateway-not-on-path",
                                                "nat-gateway-metrics-normal" };
    for (std::string_view id : all)
        EXPECT_TRUE(seen.count(std::string(id))) << "the catalogue never produces " << id;
}

TEST(FindingCatalogue, NoPageContradictsItself)
{
    for (const Page& page : catalogue()) {
        const auto has = [&](std::string_view id) {
            return std::any_of(page.findings.begin(), page.findings.end(),
                               [&](const auto& f) { return f.id == id; });
        };
        const bool ruledOut = has(findings::findingid::TwRecycleAbsent)
            || has(findings::findingid::TwRecycleDisabled)
            || has(findings::findingid::TimestampsTestNoChange);
        for (const findings::Finding& f : page.findings) {
            if (f.id != findings::findingid::SynUnanswered || !ruledOut)
                continue;
            // tcp_tw_recycle ruled out on the same page: the unanswered SYNs are
            // explained with what remains, and the next step is not "check tcp_tw_recycle".
            EXPECT_NE(f.detail.english().find("ruled out"), std::string::npos) << page.name;
            for (const findings::Action& a : f.actions)
                for (const std::string& c : a.commands)
                    EXPECT_EQ(c.find("tcp_tw_recycle"), std::string::npos) << page.name << ": " << c;
        }
        if (has(findings::findingid::NoFragmentationObserved))
            EXPECT_FALSE(has(findings::findingid::TcpFragmentsFromDestination)) << page.name;
        if (has(findings::findingid::TwRecycleEnabled))
            EXPECT_FALSE(ruledOut) << page.name;
    }
}

TEST(FindingCatalogue, JsonAndTextStayEnglishWithTheirFields)
{
    const analysis::CaptureSummary s = captured(true).capture;
    const auto found = findings::captureFindings(s);
    const std::string text = findings::findingsToText(found);
    EXPECT_NE(text.find("The destination sends fragmented TCP packets"), std::string::npos) << text;
    EXPECT_NE(text.find("90 TCP fragments (45 datagrams, up to 996 bytes)"), std::string::npos) << text;
}
