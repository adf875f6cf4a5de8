#include "analysis/CaptureAnalyzer.h"
#include "capture/CaptureReader.h"
#include "probes/ConnectionProbe.h"
#include "probes/KernelInfo.h"
#include "probes/KernelProbe.h"
#include "probes/ProcNetstat.h"
#include "support/TestData.h"

#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

using namespace natdoctor::probes;
using natdoctor::test::readTestData;

namespace {

// One recorded run of a command (tests/data/NAME.{stdout,stderr,exit}.txt).
struct Recorded
{
    std::string out;
    std::string err;
    int exit = -1;
};

Recorded recorded(const std::string& name)
{
    return { readTestData(name + ".stdout.txt"), readTestData(name + ".stderr.txt"),
             std::stoi(readTestData(name + ".exit.txt")) };
}

} // namespace

TEST(KernelProbe, ParsesARecordedModernKernel)
{
    const auto snapshot
        = parseKernelProbe(natdoctor::test::readTestData("probes/kernel-probe-devhost-6.18.txt"));
    ASSERT_TRUE(snapshot) << snapshot.error;
    EXPECT_EQ(snapshot.value->release.major, 6);
    EXPECT_EQ(snapshot.value->release.minor, 18);
    EXPECT_FALSE(snapshot.value->release.hasTwRecycle());
    EXPECT_FALSE(snapshot.value->sysctls.at("tcp_tw_recycle").present);
    EXPECT_TRUE(snapshot.value->sysctls.at("tcp_timestamps").present);
    EXPECT_EQ(snapshot.value->sysctls.at("tcp_timestamps").value, 1);
    EXPECT_EQ(snapshot.value->sysctls.at("tcp_tw_reuse").value, 2);
    EXPECT_TRUE(snapshot.value->netstat.tcpExt("PAWSActive").has_value());
    EXPECT_TRUE(snapshot.value->netstat.tcpExt("PAWSEstab").has_value());
    EXPECT_FALSE(snapshot.value->netstat.tcpExt("PAWSPassive").has_value()); // gone since 4.12
    EXPECT_TRUE(snapshot.value->netstat.get("IpExt", "InOctets").has_value());
}

TEST(KernelProbe, TheScriptReadsEverySettingItParses)
{
    const std::string script = kernelProbeScript();
    for (const std::string& name : kernelProbeSysctls())
        EXPECT_NE(script.find("/proc/sys/net/ipv4/" + name), std::string::npos) << name;
    EXPECT_NE(script.find("LC_ALL=C"), std::string::npos);
}

TEST(KernelProbe, CutOutputIsAnErrorNotAGuess)
{
    std::string text = natdoctor::test::readTestData("probes/kernel-probe-devhost-6.18.txt");
    text.resize(text.find("@@ netstat"));
    const auto snapshot = parseKernelProbe(text);
    EXPECT_FALSE(snapshot);
    EXPECT_NE(snapshot.error.find("netstat"), std::string::npos);
}

TEST(KernelInfo, ParsesReleasesOfSeveralDistributions)
{
    EXPECT_TRUE(parseKernelRelease("4.9.0-19-amd64\n").value->hasTwRecycle());
    EXPECT_TRUE(parseKernelRelease("3.10.0-1160.el7.x86_64").value->hasTwRecycle());
    EXPECT_FALSE(parseKernelRelease("4.12.14-lp151.28.91-default").value->hasTwRecycle());
    EXPECT_FALSE(parseKernelRelease("5.10.0-28-cloud-amd64").value->hasTwRecycle());
    EXPECT_FALSE(parseKernelRelease("uname: not found"));
    EXPECT_FALSE(parseKernelRelease(""));
}

TEST(KernelInfo, SysctlValuesAndAbsence)
{
    // Present and absent values are read from the recorded files below; these
    // are the errors the lab cannot produce.
    EXPECT_FALSE(parseSysctlCat("cat: /proc/sys/net/ipv4/x: Permission denied\n", 1));
    EXPECT_FALSE(parseSysctlCat("one\n", 0));
}

TEST(ProcNetstat, RejectsMismatchedHeaderAndValues)
{
    EXPECT_FALSE(parseProcNetstat("TcpExt: A B\nTcpExt: 1\n"));
    EXPECT_FALSE(parseProcNetstat("TcpExt: A B\n"));
    EXPECT_FALSE(parseProcNetstat("TcpExt: A\nIpExt: 1\n"));
    EXPECT_FALSE(parseProcNetstat(""));
    const auto ok = parseProcNetstat("TcpExt: PAWSActive PAWSEstab\nTcpExt: 3 4\n");
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok.value->tcpExt("PAWSEstab"), 4u);
}

TEST(ProcNetstat, ReportsTheCountersThatGrew)
{
    const auto before = parseProcNetstat("TcpExt: PAWSActive PAWSEstab TW\nTcpExt: 3 4 10\n");
    const auto after = parseProcNetstat("TcpExt: PAWSActive PAWSEstab TW\nTcpExt: 3 9 10\n");
    const auto grown = grownTcpExtCounters(*before.value, *after.value);
    ASSERT_EQ(grown.size(), 1u);
    EXPECT_EQ(grown[0].name, "PAWSEstab");
    EXPECT_EQ(grown[0].delta(), 5u);
}

TEST(ConnectionProbe, ParsesRecordedSuccessesAndRefusals)
{
    const auto ok
        = parseConnectionProbe(natdoctor::test::readTestData("probes/connection-probe-loopback-ok.txt"));
    ASSERT_TRUE(ok) << ok.error;
    ASSERT_EQ(ok.value->attempts.size(), 3u);
    EXPECT_EQ(ok.value->succeeded(), 3);
    EXPECT_DOUBLE_EQ(ok.value->successRate(), 1.0);
    EXPECT_TRUE(ok.value->attempts[0].connected);
    EXPECT_EQ(ok.value->attempts[0].httpCode, 200);
    EXPECT_GT(ok.value->attempts[0].bytes, 0u);

    const auto refused
        = parseConnectionProbe(natdoctor::test::readTestData("probes/connection-probe-loopback-refused.txt"));
    ASSERT_TRUE(refused) << refused.error;
    for (const Attempt& a : refused.value->attempts)
        EXPECT_EQ(a.result, AttemptResult::Refused);
    EXPECT_DOUBLE_EQ(refused.value->successRate(), 0.0);
}

TEST(ConnectionProbe, ClassifiesByWhereTheConnectionFailed)
{
    EXPECT_EQ(classifyCurl(28, false), AttemptResult::ConnectTimeout);
    EXPECT_EQ(classifyCurl(28, true), AttemptResult::StalledAfterConnect);
    EXPECT_EQ(classifyCurl(56, true), AttemptResult::Reset);
    EXPECT_EQ(classifyCurl(6, false), AttemptResult::Error);
    EXPECT_FALSE(parseConnectionProbe("attempt=1 exit=0\n"));
    EXPECT_FALSE(parseConnectionProbe("curl: (7) Failed to connect\n"));
}

TEST(ConnectionProbe, RecordedLabOutcomesAreClassifiedByPhase)
{
    const struct
    {
        const char* file;
        AttemptResult result;
        bool connected;
    } cases[] = {
        { "connection-probe-success.txt", AttemptResult::Ok, true },
        { "connection-probe-stalled.txt", AttemptResult::StalledAfterConnect,
          true }, // gateway mode, large response
        { "connection-probe-connect-timeout.txt", AttemptResult::ConnectTimeout, false }, // SYNs dropped
        { "connection-probe-refused.txt", AttemptResult::Refused, false }, // RST
    };
    for (const auto& c : cases) {
        const auto parsed = parseConnectionProbe(natdoctor::test::readTestData(c.file));
        ASSERT_TRUE(parsed) << c.file << ": " << parsed.error;
        ASSERT_EQ(parsed.value->attempts.size(), 2u) << c.file;
        for (const Attempt& a : parsed.value->attempts) {
            EXPECT_EQ(a.result, c.result) << c.file;
            EXPECT_EQ(a.connected, c.connected) << c.file;
        }
    }
}

TEST(KernelProbe, ParsesTheLabDestination)
{
    const auto snapshot = parseKernelProbe(natdoctor::test::readTestData("kernel-probe-dst.txt"));
    ASSERT_TRUE(snapshot) << snapshot.error;
    EXPECT_FALSE(snapshot.value->sysctls.at("tcp_tw_recycle").present);
    EXPECT_EQ(snapshot.value->sysctls.at("ip_no_pmtu_disc").value,
              1); // the lab's destination sends without DF
}

// The single commands the lab recorded (tests/data/README.md, "Command
// outputs"), read by the same parsers as the probes' outputs.

TEST(KernelInfo, ParsesTheLabsRecordedUname)
{
    const auto release = parseKernelRelease(readTestData("uname-r.txt"));
    ASSERT_TRUE(release) << release.error;
    EXPECT_EQ(release.value->text, "6.18.44-fc-v595");
    EXPECT_EQ(release.value->major, 6);
    EXPECT_EQ(release.value->minor, 18);
    EXPECT_FALSE(release.value->hasTwRecycle());
}

TEST(KernelInfo, RecordedTwRecycleIsAbsentOnANewKernel)
{
    // cat and sysctl(8) both exit 1 with "No such file or directory".
    for (const char* name : { "cat-tcp_tw_recycle", "sysctl-tcp_tw_recycle" }) {
        const Recorded r = recorded(name);
        EXPECT_EQ(r.exit, 1) << name;
        EXPECT_EQ(r.out, "") << name;
        const auto value = parseSysctlCat(r.out + r.err, r.exit);
        ASSERT_TRUE(value) << name << ": " << value.error;
        EXPECT_FALSE(value.value->present) << name;
    }
}

TEST(KernelInfo, RecordedSysctlValues)
{
    // tcp_timestamps, tcp_tw_reuse, ip_no_pmtu_disc, one a line: dst sends
    // without DF (1), priv has the default (0).
    for (const auto& [file, pmtu] :
         { std::pair { "proc-sys-ipv4-dst.txt", 1 }, std::pair { "proc-sys-ipv4-priv.txt", 0 } }) {
        std::istringstream lines(readTestData(file));
        std::vector<long long> values;
        for (std::string line; std::getline(lines, line);) {
            const auto v = parseSysctlCat(line + "\n", 0);
            ASSERT_TRUE(v) << file << ": " << v.error;
            values.push_back(v.value->value);
        }
        EXPECT_EQ(values, (std::vector<long long> { 1, 2, pmtu })) << file;
    }
}

TEST(ProcNetstat, ParsesTheLabsRecordedFiles)
{
    for (const char* file : { "proc-net-netstat-dst.txt", "proc-net-netstat-priv.txt" }) {
        const auto counters = parseProcNetstat(readTestData(file));
        ASSERT_TRUE(counters) << file << ": " << counters.error;
        EXPECT_TRUE(counters.value->tcpExt("PAWSActive")) << file;
        EXPECT_TRUE(counters.value->tcpExt("ListenOverflows")) << file;
        EXPECT_FALSE(counters.value->tcpExt("PAWSPassive")) << file; // gone since Linux 4.12
        EXPECT_TRUE(counters.value->get("IpExt", "InOctets")) << file;
        EXPECT_TRUE(grownTcpExtCounters(*counters.value, *counters.value).empty());
    }
}

TEST(ConnectionProbe, RecordedCurlRunsAreClassifiedLikeTheProbe)
{
    // The probe prints "attempt=N exit=STATUS " before curl's -w line; the
    // same curl command recorded on its own must be classified as the probe's
    // recorded loop for the same URL was.
    const struct
    {
        const char* name;
        int exit;
        AttemptResult result;
        bool connected;
        const char* stderrHas;
    } cases[] = {
        { "curl-success", 0, AttemptResult::Ok, true, "" },
        { "curl-stalled", 28, AttemptResult::StalledAfterConnect, true, "Operation timed out" },
        { "curl-connect-timeout", 28, AttemptResult::ConnectTimeout, false, "Failed to connect" },
        { "curl-refused", 7, AttemptResult::Refused, false, "Couldn't connect" },
    };
    for (const auto& c : cases) {
        const Recorded r = recorded(c.name);
        EXPECT_EQ(r.exit, c.exit) << c.name;
        EXPECT_NE(r.err.find(c.stderrHas), std::string::npos) << c.name << ": " << r.err;
        const auto parsed
            = parseConnectionProbe("attempt=1 exit=" + std::to_string(r.exit) + " " + r.out + "\n");
        ASSERT_TRUE(parsed) << c.name << ": " << parsed.error;
        ASSERT_EQ(parsed.value->attempts.size(), 1u);
        EXPECT_EQ(parsed.value->attempts[0].result, c.result) << c.name;
        EXPECT_EQ(parsed.value->attempts[0].connected, c.connected) << c.name;
    }
}

TEST(RecordedPing, FragNeededNamesTheRouterTheCaptureShows)
{
    // ping -M do -s 1400 from dst: ping reports the router's ICMP type 3 code 4,
    // and the capture of the same run holds it, with the MTU ping could not show.
    const Recorded ping = recorded("ping-frag-needed");
    EXPECT_EQ(ping.exit, 1);
    EXPECT_NE(ping.out.find("From 198.18.3.1 icmp_seq=1 Frag needed and DF set"), std::string::npos)
        << ping.out;
    EXPECT_NE(ping.out.find("100% packet loss"), std::string::npos);
    EXPECT_NE(ping.err.find("local error: message too long"), std::string::npos) << ping.err;

    natdoctor::capture::CaptureError error;
    auto reader = natdoctor::capture::CaptureReader::openFile(
        std::string(NATDOCTOR_TEST_DATA) + "/dst-eth-icmp-frag-needed.pcap", error);
    ASSERT_TRUE(reader);
    const auto summary = natdoctor::analysis::analyzeCapture(*reader);
    ASSERT_EQ(summary.icmpFragNeeded.size(), 1u);
    EXPECT_EQ(summary.icmpFragNeeded[0].from.toString(), "198.18.3.1");
    EXPECT_EQ(summary.icmpFragNeeded[0].mtu, 1000u);
}
