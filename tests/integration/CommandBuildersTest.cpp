// The guided mode and the manual mode build every command from the same
// builders (CommandBuilders.h, SudoersLines.h, CaptureFilter.h): what the
// guided mode ran on a fake host is compared with what the manual mode shows
// for the same inputs (IPv4, IPv6, a name; ports 80 and 443; every trigger).
#include "diagnosis/CommandBuilders.h"

#include "FakeHost.h"
#include "diagnosis/DiagnosisRunner.h"
#include "diagnosis/ManualCommands.h"
#include "probes/SudoersLines.h"
#include "remote/Validation.h"

#include <gtest/gtest.h>
#include <regex>

using namespace natdoctor;
using diagnosis::DiagnosisInputs;
using diagnosis::HostCommand;
using diagnosis::TriggerKind;
using natdoctor::test::HostState;
using natdoctor::test::joined;
using Step = diagnosis::DiagnosisEngine::Step;

namespace {

const std::string PublicAddress = "198.18.2.10";
const std::string PrivateAddress = "198.18.1.10";

DiagnosisInputs inputs(const std::string& host, uint16_t port, TriggerKind trigger)
{
    DiagnosisInputs in;
    in.destinationHost = host;
    in.destinationPort = port;
    in.trigger = trigger;
    in.httpPath = "/big?x=1";
    in.attempts = 2; // the guided test then runs one block of 2 per phase, like the manual probe
    in.echoUrl.clear();
    in.publicHost = { "natlab", PublicAddress, 22 };
    in.privateHost = diagnosis::SshTarget { "natlab", PrivateAddress, 22 };
    return in;
}

// What the guided mode ran on each host, for these inputs.
struct GuidedRun
{
    std::shared_ptr<HostState> pub = std::make_shared<HostState>();
    std::shared_ptr<HostState> priv = std::make_shared<HostState>();

    explicit GuidedRun(const DiagnosisInputs& in, const std::vector<std::string>& resolves)
    {
        pub->name = PublicAddress;
        pub->sudoAllowsAll = true;
        pub->streamStdout = test::pcapHeader();
        pub->streamStderr = "tcpdump: listening on any, link-type RAW, snapshot length 256 bytes\n";
        pub->streamUntilStopped = true;
        pub->resolvesTo = resolves;
        priv->name = PrivateAddress;
        priv->sudoAllowsAll = true;
        priv->systemdPid1 = true;
        priv->resolvesTo = resolves;
        diagnosis::DiagnosisSession session;
        session.inputs = in;
        diagnosis::RunnerOptions options;
        options.reconnectBackoff = std::chrono::milliseconds(1);
        std::atomic_bool cancel { false };
        diagnosis::DiagnosisRunner runner(
            session, test::fakeConnector({ { PublicAddress, pub }, { PrivateAddress, priv } }), options,
            cancel);
        EXPECT_FALSE(runner.runStep(Step::FragmentationCheck).code
                     == remote::RemoteErrorCode::SudoNeedsPassword);
        EXPECT_FALSE(runner.runStep(Step::TimestampTest));
    }

    // The first call on `host` whose joined argv contains `text`.
    static std::vector<std::string> call(const HostState& host, const std::string& text)
    {
        for (const auto& c : host.calls) {
            if (joined(c).find(text) != std::string::npos)
                return c;
        }
        ADD_FAILURE() << "no call with " << text;
        return {};
    }
    std::vector<std::string> trigger(const DiagnosisInputs& in) const
    {
        switch (in.trigger) {
        case TriggerKind::Http:
        case TriggerKind::Https:
            return call(*pub, "attempt=%d");
        case TriggerKind::Tcp:
            return call(*pub, "/dev/tcp/");
        case TriggerKind::Icmp:
            return call(*pub, "ping -n");
        }
        return {};
    }
};

// A root command as a person types it: no "env LC_ALL=C sudo -n", programs
// by name (sudo's secure_path finds them), durations and values as N and V.
std::string normalized(std::vector<std::string> argv)
{
    if (argv.size() > 4 && argv[0] == "env" && argv[2] == "sudo")
        argv.erase(argv.begin(), argv.begin() + 4);
    for (std::string& w : argv) {
        if (w.starts_with('/') && w.find(' ') == std::string::npos)
            w = w.substr(w.rfind('/') + 1);
    }
    std::string text = probes::byHand(argv);
    text = std::regex_replace(text, std::regex("--on-active=[0-9]+"), "--on-active=N");
    text = std::regex_replace(text, std::regex("tcp_timestamps=(\"\\$\\{orig:\\?\\}\"|[0-9]+)"),
                              "tcp_timestamps=V");
    return text;
}

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    size_t at = 0;
    while (at <= text.size()) {
        const size_t nl = std::min(text.find('\n', at), text.size());
        out.push_back(text.substr(at, nl - at));
        at = nl + 1;
    }
    return out;
}

bool hasLine(const std::string& text, const std::string& line)
{
    for (const std::string& l : lines(text)) {
        if (l == line)
            return true;
    }
    return false;
}

struct Case
{
    std::string host;
    uint16_t port;
    TriggerKind trigger;
};

class GuidedEqualsManual : public ::testing::TestWithParam<Case>
{
};

} // namespace

TEST(CommandBuilders, DestinationUrlBracketsIpv6AndOmitsTheSchemesPort)
{
    EXPECT_EQ(diagnosis::destinationUrl(inputs("198.18.3.10", 80, TriggerKind::Http)),
              "http://198.18.3.10/big?x=1");
    EXPECT_EQ(diagnosis::destinationUrl(inputs("2001:db8::10", 443, TriggerKind::Https)),
              "https://[2001:db8::10]/big?x=1");
    EXPECT_EQ(diagnosis::destinationUrl(inputs("2001:db8::10", 8080, TriggerKind::Http)),
              "http://[2001:db8::10]:8080/big?x=1");
    EXPECT_EQ(diagnosis::destinationUrl(inputs("example.com", 443, TriggerKind::Http)),
              "http://example.com:443/big?x=1");
    // A name stays in the URL (Host, SNI); --resolve sends it to the address.
    const auto named = inputs("example.com", 443, TriggerKind::Https);
    EXPECT_EQ(diagnosis::destinationUrl(named, "2001:db8::10"), "https://example.com/big?x=1");
    EXPECT_EQ(diagnosis::curlResolve(named, "2001:db8::10"), "example.com:443:[2001:db8::10]");
    EXPECT_EQ(diagnosis::curlResolve(inputs("198.18.3.10", 80, TriggerKind::Http), "198.18.3.10"), "");
}

TEST(CommandBuilders, ManualTriggersCarryHostHeaderAndPingTimeout)
{
    const auto tcp = diagnosis::manualCommands(inputs("example.com", 80, TriggerKind::Tcp)).trigger;
    EXPECT_NE(tcp.find("Host: %s"), std::string::npos) << tcp;
    EXPECT_NE(tcp.find(" example.com"), std::string::npos) << tcp;
    const auto ping = diagnosis::manualCommands(inputs("2001:db8::10", 80, TriggerKind::Icmp)).trigger;
    EXPECT_EQ(ping, "ping -n -c 3 -W 3 -s 65536 -- 2001:db8::10");
}

TEST(CommandBuilders, ManualTimestampsStepsSaveWarnArmAndRestoreTheSavedValue)
{
    const auto c = diagnosis::manualCommands(inputs("198.18.3.10", 80, TriggerKind::Http));
    const auto off = lines(c.timestampsOff);
    ASSERT_FALSE(off.empty());
    EXPECT_EQ(off.front().rfind("# WARNING", 0), 0u) << "the warning comes before the change";
    EXPECT_NE(c.timestampsOff.find("orig=$(cat /proc/sys/net/ipv4/tcp_timestamps)"), std::string::npos);
    // The dead-man is armed and the change only runs if it was (&&).
    const size_t arm = c.timestampsOff.find(
        "sudo systemd-run --quiet --collect --unit=natdoctor-restore-tcp-timestamps --on-active="
        + std::to_string(diagnosis::manualDeadManSeconds(2))
        + " sysctl -q -w net.ipv4.tcp_timestamps=\"${orig:?}\" \\\n    && sudo sysctl -q -w "
          "net.ipv4.tcp_timestamps=0");
    EXPECT_NE(arm, std::string::npos) << c.timestampsOff;
    EXPECT_LT(c.timestampsOff.find("orig="), arm);
    // The restore puts the saved value back (compare-and-set), never a hard-coded 1.
    EXPECT_NE(c.timestampsRestore.find("[ \"$(cat /proc/sys/net/ipv4/tcp_timestamps)\" = 0 ] && sudo sysctl "
                                       "-q -w net.ipv4.tcp_timestamps=\"${orig:?}\""),
              std::string::npos)
        << c.timestampsRestore;
    EXPECT_EQ(c.timestampsRestore.find("tcp_timestamps=1"), std::string::npos) << c.timestampsRestore;
    EXPECT_TRUE(hasLine(c.timestampsRestore, "grep -rn tcp_timestamps /etc/sysctl.conf /etc/sysctl.d"));
}

TEST_P(GuidedEqualsManual, SameCommandsForTheSameInputs)
{
    const Case k = GetParam();
    const DiagnosisInputs in = inputs(k.host, k.port, k.trigger);
    const bool name = !remote::isIpAddress(k.host);
    const std::string address = name ? "198.18.3.77" : k.host;
    GuidedRun guided(in, { address });
    const diagnosis::ManualCommands manual = diagnosis::manualCommands(in);

    // The trigger.
    const auto ran = guided.trigger(in);
    ASSERT_FALSE(ran.empty());
    EXPECT_EQ(ran, diagnosis::triggerCommand(in, address).argv) << "the guided mode runs the builder's argv";
    if (!name) {
        EXPECT_EQ(HostCommand { ran }.text(), manual.trigger);
    } else {
        // Only the address differs: the guided mode resolved the name on the
        // host and sends the request there (--resolve); the person's curl
        // resolves it itself. The URL and the Host header are the same.
        EXPECT_EQ(manual.trigger, diagnosis::triggerCommand(in).text());
        if (k.trigger == TriggerKind::Http || k.trigger == TriggerKind::Https) {
            EXPECT_EQ(ran.at(4), diagnosis::destinationUrl(in));
            EXPECT_EQ(ran.at(8), k.host + ":" + std::to_string(k.port) + ":" + address);
        }
        if (k.trigger == TriggerKind::Tcp)
            EXPECT_EQ(ran.back(), k.host);
    }

    // The capture: the same tcpdump argv and filter, to a file by hand.
    auto capture = GuidedRun::call(*guided.pub, "sudo -n /usr/sbin/tcpdump -U");
    ASSERT_FALSE(capture.empty());
    capture = probes::tcpdumpToFile(capture, "natdoctor.pcap");
    std::string expected = normalized(capture);
    if (name)
        expected = std::regex_replace(
            expected, std::regex("host " + std::regex_replace(address, std::regex("\\."), "\\.")),
            "host " + k.host);
    EXPECT_EQ(lines(manual.capture).front(), expected);

    // The connection probe of the timestamps test (one block of 2).
    const auto probe = GuidedRun::call(*guided.priv, "attempt=%d");
    ASSERT_FALSE(probe.empty());
    if (!name)
        EXPECT_EQ(HostCommand { probe }.text(), manual.probe);
    else
        EXPECT_EQ(probe, diagnosis::connectionProbeCommand(in, 2, address).argv);

    // The root commands of the timestamps test: the change and the dead-man.
    const auto set
        = GuidedRun::call(*guided.priv, "natdoctor /usr/sbin/sysctl -q -w net.ipv4.tcp_timestamps=0");
    ASSERT_GE(set.size(), 5u);
    EXPECT_TRUE(
        hasLine(manual.timestampsOff,
                "sudo systemd-run --quiet --collect --unit=natdoctor-restore-tcp-timestamps --on-active="
                    + std::to_string(diagnosis::manualDeadManSeconds(in.attempts))
                    + " sysctl -q -w net.ipv4.tcp_timestamps=\"${orig:?}\" \\"))
        << manual.timestampsOff;
    const auto arm = GuidedRun::call(*guided.priv, "sudo -n /usr/bin/systemd-run");
    std::string armByHand;
    for (const std::string& l : lines(manual.timestampsOff)) {
        if (l.starts_with("sudo systemd-run"))
            armByHand = l.substr(0, l.size() - 2);
    }
    EXPECT_EQ(
        normalized(arm),
        std::regex_replace(std::regex_replace(armByHand, std::regex("--on-active=[0-9]+"), "--on-active=N"),
                           std::regex("tcp_timestamps=\"\\$\\{orig:\\?\\}\""), "tcp_timestamps=V"));
    std::vector<std::string> change(set.begin() + 4, set.end());
    change.front() = "sysctl";
    EXPECT_NE(manual.timestampsOff.find("&& " + probes::byHand(change) + "\n"), std::string::npos)
        << probes::byHand(change);
    const auto disarm = GuidedRun::call(*guided.priv, "sudo -n /usr/bin/systemctl stop");
    EXPECT_NE(manual.timestampsRestore.find(normalized(disarm)), std::string::npos) << normalized(disarm);
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, GuidedEqualsManual,
    ::testing::Values(
        Case { "198.18.3.10", 80, TriggerKind::Http }, Case { "198.18.3.10", 443, TriggerKind::Https },
        Case { "2001:db8::10", 80, TriggerKind::Http }, Case { "2001:db8::10", 443, TriggerKind::Https },
        Case { "example.com", 443, TriggerKind::Https }, Case { "example.com", 80, TriggerKind::Http },
        Case { "198.18.3.10", 80, TriggerKind::Tcp }, Case { "2001:db8::10", 443, TriggerKind::Tcp },
        Case { "example.com", 80, TriggerKind::Tcp }, Case { "198.18.3.10", 80, TriggerKind::Icmp },
        Case { "2001:db8::10", 80, TriggerKind::Icmp }),
    [](const ::testing::TestParamInfo<Case>& info) {
        std::string name = std::string(diagnosis::triggerKindName(info.param.trigger)) + "_"
            + (remote::isIpv4Address(info.param.host)       ? "ipv4"
                   : remote::isIpv6Address(info.param.host) ? "ipv6"
                                                            : "name")
            + "_" + std::to_string(info.param.port);
        return name;
    });
