#include "probes/ConnectionProbe.h"
#include "probes/KernelProbe.h"

#include <fstream>
#include "support/TestData.h"

#include <gtest/gtest.h>
#include <sstream>

using namespace natdoctor::probes;

TEST(KernelProbe, ParsesARecordedModernKernel)
{
    const auto snapshot = parseKernelProbe(natdoctor::test::readTestData("probes/kernel-probe-devhost-6.18.txt"));
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
    EXPECT_EQ(parseSysctlCat("1\n", 0).value->value, 1);
    const auto absent = parseSysctlCat("cat: /proc/sys/net/ipv4/tcp_tw_recycle: No such file or directory\n", 1);
    ASSERT_TRUE(absent);
    EXPECT_FALSE(absent.value->present);
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
    const auto ok = parseConnectionProbe(natdoctor::test::readTestData("probes/connection-probe-loopback-ok.txt"));
    ASSERT_TRUE(ok) << ok.error;
    ASSERT_EQ(ok.value->attempts.size(), 3u);
    EXPECT_EQ(ok.value->succeeded(), 3);
    EXPECT_DOUBLE_EQ(ok.value->successRate(), 1.0);
    EXPECT_TRUE(ok.value->attempts[0].connected);
    EXPECT_EQ(ok.value->attempts[0].httpCode, 200);
    EXPECT_GT(ok.value->attempts[0].bytes, 0u);

    const auto refused = parseConnectionProbe(natdoctor::test::readTestData("probes/connection-probe-loopback-refused.txt"));
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
        { "connection-probe-stalled.txt", AttemptResult::StalledAfterConnect, true }, // gateway mode, large response
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
    EXPECT_EQ(snapshot.value->sysctls.at("ip_no_pmtu_disc").value, 1); // the lab's destination sends without DF
}
