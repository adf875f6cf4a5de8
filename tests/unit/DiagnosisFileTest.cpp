#include "diagnosis/DiagnosisFile.h"

#include "diagnosis/DiagnosisEngine.h"
#include "findings/CaptureFindings.h"
#include "support/TestData.h"

#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

using namespace natdoctor;
using namespace natdoctor::diagnosis;

namespace {

DiagnosisSession fullSession()
{
    DiagnosisSession s;
    s.natdoctorVersion = "0.1.0";
    s.startedAt = "2026-11-25T20:00:00Z";
    s.inputs.destinationHost = "198.19.0.20";
    s.inputs.destinationPort = 8080;
    s.inputs.httpPath = "/bytes/65536";
    s.inputs.publicHost = { "natlab", "198.18.1.10", 22 };
    s.inputs.remoteServer = SshTarget { "natlab", "198.19.0.20", 2222 };
    DiagnosisEngine engine(s);

    FragmentationCheckResult frag;
    frag.capture.packets = 120;
    frag.capture.fragments.packets = 90;
    frag.capture.fragments.tcpPackets = 90;
    frag.capture.fragments.datagrams = 45;
    frag.capture.fragments.sizes.push_back({ 500, 599, 45 });
    frag.capture.fragments.bySource.push_back(
        { analysis::IpAddress::parse("198.19.0.20"), 90, 45, 90, 0, 996 });
    frag.destinationAddresses = { "198.19.0.20" };
    frag.localAddresses = { "198.18.1.10" };
    frag.listeningProven = true;
    frag.kernelDrops = 2;
    frag.capture.tcp.timeline.push_back({ 0, 3, 2 });
    frag.largestResponseBytes = 65536;
    const size_t ev = s.addEvidence({ "fragmentation-check", "natlab@198.18.1.10", "sudo -n tcpdump ...",
                                      "line one\n\"quoted\" \x01 end", false, 0, 3.5, "90 fragments" });
    engine.recordFragmentationCheck(frag, { ev });

    auto before = probes::parseKernelProbe(
        natdoctor::test::readTestData("probes/kernel-probe-4.9-tw-recycle-on-before.txt"));
    auto after = probes::parseKernelProbe(
        natdoctor::test::readTestData("probes/kernel-probe-4.9-tw-recycle-on-after.txt"));
    RemoteServerResult server;
    server.idleStart = *before.value;
    server.idleSeconds = 12.5;
    server.before = *before.value;
    server.after = *after.value;
    server.testSeconds = 14;
    engine.recordRemoteServerCheck(server, {});
    s.publicHostCheck = PublicHostCheck { { "198.18.1.10" }, "", "http://198.18.3.10/ip", "198.18.1.10", "" };
    s.resolution = ResolutionCheck { { "198.19.0.20" }, { "198.19.0.20" } };
    engine.recordSudoProblem({ "natlab@pub", "sudo tcpdump", "natlab ALL=(root) NOPASSWD: /usr/bin/tcpdump" },
                             {});
    return s;
}

} // namespace

TEST(DiagnosisFile, RoundTripsASessionAndDerivesTheSameFindings)
{
    const DiagnosisSession original = fullSession();
    const std::string text = saveSession(original);
    const auto loaded = loadSession(text);
    ASSERT_TRUE(loaded) << loaded.error;
    const DiagnosisSession& s = *loaded.value;
    EXPECT_EQ(s.inputs.destinationPort, 8080);
    EXPECT_EQ(s.inputs.httpPath, "/bytes/65536");
    EXPECT_EQ(s.inputs.remoteServer->port, 2222);
    ASSERT_TRUE(s.fragmentation);
    EXPECT_EQ(s.fragmentation->destinationAddresses, original.fragmentation->destinationAddresses);
    EXPECT_EQ(s.fragmentation->localAddresses, original.fragmentation->localAddresses);
    EXPECT_TRUE(s.fragmentation->listeningProven);
    EXPECT_EQ(s.fragmentation->kernelDrops, 2u);
    EXPECT_EQ(s.fragmentation->capture.fragments.bySource.at(0).tcpPackets, 90u);
    ASSERT_TRUE(s.remoteServer && s.remoteServer->idleStart);
    EXPECT_EQ(s.remoteServer->idleSeconds, 12.5);
    EXPECT_EQ(s.remoteServer->testSeconds, 14);
    ASSERT_TRUE(s.publicHostCheck);
    EXPECT_EQ(s.publicHostCheck->echoedAddress, "198.18.1.10");
    ASSERT_TRUE(s.resolution);
    EXPECT_EQ(s.resolution->privateInstance, original.resolution->privateInstance);
    EXPECT_FALSE(s.inputs.privateHost.has_value());
    ASSERT_EQ(s.evidence.size(), 1u);
    EXPECT_EQ(s.evidence[0].output, "line one\n\"quoted\" \x01 end");
    EXPECT_EQ(s.steps.size(), original.steps.size());
    EXPECT_EQ(s.fragmentation->capture.fragments.bySource.at(0).address.toString(), "198.19.0.20");
    EXPECT_EQ(s.remoteServer->before.release.text, "4.9.0-19-amd64");
    EXPECT_EQ(s.remoteServer->after->netstat.tcpExt("PAWSPassive"), 41u);
    ASSERT_EQ(s.findings.size(), original.findings.size());
    for (size_t i = 0; i < s.findings.size(); ++i) {
        EXPECT_EQ(s.findings[i].id, original.findings[i].id);
        EXPECT_EQ(s.findings[i].detail.english(), original.findings[i].detail.english());
    }
    // Saving the loaded session gives the same file: nothing is lost.
    EXPECT_EQ(saveSession(s), text);
    // A loaded session resumes where it stopped.
    DiagnosisSession resumed = s;
    EXPECT_EQ(DiagnosisEngine(resumed).nextStep(), DiagnosisEngine::Step::Done);
}

TEST(DiagnosisFile, RefusesNewerCorruptAndForeignFiles)
{
    std::string text = saveSession(fullSession());
    std::string newer = text;
    newer.replace(newer.find("\"version\": 1"), 12, "\"version\": 7");
    const auto n = loadSession(newer);
    EXPECT_FALSE(n);
    EXPECT_NE(n.error.find("newer natdoctor"), std::string::npos);

    const auto cut = loadSession(text.substr(0, text.size() / 2));
    EXPECT_FALSE(cut);
    EXPECT_NE(cut.error.find("corrupt"), std::string::npos);

    EXPECT_FALSE(loadSession("{\"packets\": 3}"));
    EXPECT_FALSE(loadSession(""));
    std::string badIndex = text;
    badIndex.replace(badIndex.find("\"evidence\": [\n        0"), 24, "\"evidence\": [\n        9");
    const auto b = loadSession(badIndex);
    EXPECT_FALSE(b);
    EXPECT_NE(b.error.find("missing evidence"), std::string::npos);
}

TEST(DiagnosisFile, RoundTripsTheCaseDetailsAndWritesOnlyThoseSet)
{
    DiagnosisSession original = fullSession();
    original.caseDetails = { "CASE-4711", "Acme \"Prod\" GmbH", "public subnet host i-0abc, eu-west-1" };
    const std::string text = saveSession(original);
    const auto loaded = loadSession(text);
    ASSERT_TRUE(loaded) << loaded.error;
    EXPECT_EQ(loaded.value->caseDetails, original.caseDetails);
    EXPECT_EQ(saveSession(*loaded.value), text);

    // Only the fields that are set.
    original.caseDetails = { "CASE-4711", "", "" };
    const std::string idOnly = saveSession(original);
    EXPECT_NE(idOnly.find("\"case\": {"), std::string::npos);
    EXPECT_EQ(idOnly.find("\"customer\""), std::string::npos);
    EXPECT_EQ(idOnly.find("\"where_captured\""), std::string::npos);
    const auto idLoaded = loadSession(idOnly);
    ASSERT_TRUE(idLoaded) << idLoaded.error;
    EXPECT_EQ(idLoaded.value->caseDetails.caseId, "CASE-4711");
    EXPECT_TRUE(idLoaded.value->caseDetails.customer.empty());

    // None set: no "case" object at all.
    original.caseDetails = {};
    EXPECT_EQ(saveSession(original).find("\"case\""), std::string::npos);
}

TEST(DiagnosisFile, KeepsTheErrorThatSkippedAStep)
{
    DiagnosisSession original = fullSession();
    const remote::RemoteError error { remote::RemoteErrorCode::SudoNeedsPassword,
                                      "sudo: a password is required" };
    original.steps.push_back({ "remote-server-check", true, remote::describe(error), {}, false, error });
    const std::string text = saveSession(original);
    EXPECT_NE(text.find("\"error_code\": \"sudo-needs-password\""), std::string::npos) << text;
    const auto loaded = loadSession(text);
    ASSERT_TRUE(loaded) << loaded.error;
    const StepOutcome& back = loaded.value->steps.back();
    EXPECT_EQ(back.error.code, remote::RemoteErrorCode::SudoNeedsPassword);
    EXPECT_EQ(back.error.detail, error.detail);
    EXPECT_EQ(back.reason, remote::describe(error)); // still there for the command line and older readers
    EXPECT_EQ(saveSession(*loaded.value), text);
    // A step without an error writes no error fields.
    EXPECT_EQ(saveSession(fullSession()).find("error_code"), std::string::npos);
}

TEST(DiagnosisFile, AnOlderFileWithoutCaseDetailsStillLoads)
{
    // A version-1 file as natdoctor wrote it before the case fields existed.
    const std::string older = R"({
  "format": "natdoctor-session",
  "version": 1,
  "natdoctor_version": "0.1.0",
  "started_at": "2026-11-25T20:00:00Z",
  "inputs": {"destination": {"host": "198.19.0.20", "port": 8080}, "trigger": "http", "http_path": "/",
             "size": 65536, "attempts": 50, "ipv6": false, "echo_url": "",
             "public": {"user": "natlab", "host": "198.18.1.10", "port": 22}, "private": null,
             "remote": null, "known_hosts": ""},
  "evidence": [],
  "steps": [],
  "fragmentation": null,
  "remote_server": null,
  "public_host_check": null,
  "resolution": null,
  "timestamp_test": null,
  "cloud": null,
  "sudo_problems": [],
  "findings": []
}
)";
    const auto loaded = loadSession(older);
    ASSERT_TRUE(loaded) << loaded.error;
    EXPECT_TRUE(loaded.value->caseDetails.empty());
    EXPECT_EQ(loaded.value->inputs.destinationPort, 8080);
    EXPECT_EQ(saveSession(*loaded.value).find("\"case\""), std::string::npos);
}
