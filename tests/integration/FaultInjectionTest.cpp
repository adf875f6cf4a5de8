// TimestampToggle, LiveCapture and the sudoers builder against a fake host
// (FakeHost.h): every fault the remote-safety review lists, without SSH or
// root. The scripts themselves run for real in the integration and lab tests.
#include "FakeHost.h"
#include "probes/LiveCapture.h"
#include "probes/SudoersLines.h"
#include "probes/TimestampToggle.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace natdoctor;
using natdoctor::test::FakeRunner;
using natdoctor::test::HostState;
using natdoctor::test::joined;
using probes::TimestampToggle;
using remote::RemoteErrorCode;

namespace {

const std::string Sysctl = "/usr/sbin/sysctl";

std::shared_ptr<HostState> host(long long value = 1)
{
    auto h = std::make_shared<HostState>();
    h->value = value;
    h->sudoAllows = { Sysctl + " -q -w net.ipv4.tcp_timestamps=0",
                      Sysctl + " -q -w net.ipv4.tcp_timestamps=" + std::to_string(value) };
    return h;
}

class TempJournal
{
public:
    TempJournal()
    {
        char dir[] = "/tmp/natdoctor-journal.XXXXXX";
        m_dir = ::mkdtemp(dir) ? dir : "/tmp";
    }
    ~TempJournal() { std::filesystem::remove_all(m_dir); }
    std::string path() const { return m_dir + "/timestamps-journal"; }
    bool exists() const { return std::filesystem::exists(path()); }

private:
    std::string m_dir;
};

probes::ToggleOptions options(const std::string& journal = {})
{
    probes::ToggleOptions o;
    o.token = "0123456789abcdef";
    o.journalPath = journal;
    o.hostLabel = "natlab@198.18.1.10";
    o.jumpLabel = "natlab@198.18.2.10";
    o.user = "natlab";
    return o;
}

// Index of the first call whose joined argv contains `text`; -1 if none.
int firstCall(const HostState& h, const std::string& text)
{
    for (size_t i = 0; i < h.calls.size(); ++i) {
        if (joined(h.calls[i]).find(text) != std::string::npos)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace

TEST(TimestampToggleFaults, NormalRunArmsBeforeChangingAndLeavesNothing)
{
    auto h = host(1);
    TempJournal journal;
    FakeRunner runner(h);
    TimestampToggle toggle(options(journal.path()));
    ASSERT_FALSE(toggle.prepare(runner));
    EXPECT_TRUE(journal.exists()) << "the journal is written before any change";
    EXPECT_TRUE(h->deadManAlive);
    EXPECT_EQ(h->value, 1) << "prepare changes nothing";
    // The preflight asked for the restore too, not only =0.
    EXPECT_GE(firstCall(*h, "sudo -n -l " + Sysctl + " -q -w net.ipv4.tcp_timestamps=1"), 0);
    EXPECT_GE(firstCall(*h, "sudo -n -l " + Sysctl + " -q -w net.ipv4.tcp_timestamps=0"), 0);
    for (bool off : { false, true, false, true }) {
        ASSERT_FALSE(toggle.set(runner, off));
        EXPECT_EQ(h->value, off ? 0 : 1);
        EXPECT_EQ(toggle.renew(runner), TimestampToggle::Lease::Renewed);
    }
    const auto& out = toggle.finish(runner);
    EXPECT_TRUE(out.restored) << out.detail;
    EXPECT_TRUE(out.disarmed);
    EXPECT_FALSE(out.error) << remote::describe(out.error);
    EXPECT_EQ(h->value, 1);
    EXPECT_FALSE(h->deadManAlive);
    EXPECT_FALSE(journal.exists());
    EXPECT_EQ(out.armedWith, "setsid");
    // The dead-man was armed before the first change.
    int arm = -1;
    int change = -1;
    for (size_t i = 0; i < h->calls.size(); ++i) {
        const auto& c = h->calls[i];
        if (arm < 0 && c.size() > 2 && c[2] == probes::timestampArmScript())
            arm = static_cast<int>(i);
        if (change < 0 && c.front() == "/bin/sh" && c.back() == "net.ipv4.tcp_timestamps=0")
            change = static_cast<int>(i);
    }
    ASSERT_GE(arm, 0);
    ASSERT_GE(change, 0);
    EXPECT_LT(arm, change);
}

TEST(TimestampToggleFaults, SudoRefusingTheRestoreStopsBeforeAnyChange)
{
    auto h = host(1);
    h->sudoAllows = { Sysctl + " -q -w net.ipv4.tcp_timestamps=0" }; // =0 only: the old preflight passed this
    FakeRunner runner(h);
    TimestampToggle toggle(options());
    const auto e = toggle.prepare(runner);
    EXPECT_EQ(e.code, RemoteErrorCode::SudoNeedsPassword) << remote::describe(e);
    EXPECT_NE(e.detail.find("tcp_timestamps=1"), std::string::npos) << e.detail;
    EXPECT_FALSE(h->deadManAlive);
    EXPECT_EQ(h->value, 1);
    const auto& out = toggle.outcome();
    EXPECT_EQ(out.sudoersLines,
              "natlab ALL=(root) NOPASSWD: /usr/sbin/sysctl -q -w net.ipv4.tcp_timestamps\\=0\n"
              "natlab ALL=(root) NOPASSWD: /usr/sbin/sysctl -q -w net.ipv4.tcp_timestamps\\=1");
    EXPECT_EQ(out.sudoCommand, "sudo /usr/sbin/sysctl -q -w net.ipv4.tcp_timestamps=0");
    EXPECT_TRUE(toggle.set(runner, true)) << "set() must refuse when not prepared";
    EXPECT_EQ(h->value, 1);
}

TEST(TimestampToggleFaults, NoDeadManNoChange)
{
    auto h = host(1);
    h->armFails = true;
    TempJournal journal;
    FakeRunner runner(h);
    TimestampToggle toggle(options(journal.path()));
    const auto e = toggle.prepare(runner);
    EXPECT_TRUE(e);
    EXPECT_NE(e.detail.find("no dead-man"), std::string::npos) << e.detail;
    EXPECT_TRUE(toggle.set(runner, true));
    EXPECT_EQ(h->value, 1);
    EXPECT_FALSE(journal.exists()) << "no change, no journal";
}

TEST(TimestampToggleFaults, UnwritableJournalStopsTheTestBeforeAnyChange)
{
    auto h = host(1);
    FakeRunner runner(h);
    TimestampToggle toggle(options("/nonexistent-natdoctor-dir/journal"));
    const auto e = toggle.prepare(runner);
    EXPECT_TRUE(e);
    EXPECT_NE(e.detail.find("journal"), std::string::npos) << e.detail;
    EXPECT_FALSE(h->deadManAlive) << "nothing armed either";
    EXPECT_EQ(firstCall(*h, "natdoctor-deadman"), -1);
    EXPECT_EQ(h->value, 1);
}

TEST(TimestampToggleFaults, FailedSetIsStillRestored)
{
    auto h = host(2);
    h->setIgnored = true; // sysctl "succeeds", the value stays
    FakeRunner runner(h);
    TimestampToggle toggle(options());
    ASSERT_FALSE(toggle.prepare(runner));
    const auto e = toggle.set(runner, true);
    EXPECT_TRUE(e);
    EXPECT_NE(e.detail.find("did not take"), std::string::npos);
    EXPECT_TRUE(toggle.finish(runner).restored);
    EXPECT_EQ(h->value, 2);
}

TEST(TimestampToggleFaults, RestoreRefusedLeavesTheJournalAndNamesTheDeadMan)
{
    auto h = host(1);
    TempJournal journal;
    FakeRunner runner(h);
    TimestampToggle toggle(options(journal.path()));
    ASSERT_FALSE(toggle.prepare(runner));
    ASSERT_FALSE(toggle.set(runner, true));
    h->restoreFails = true;
    h->deadManAlive = true;
    const auto& out = toggle.finish(runner);
    EXPECT_FALSE(out.restored);
    EXPECT_TRUE(out.error);
    EXPECT_NE(out.detail.find("sudo refused"), std::string::npos) << out.detail;
    EXPECT_NE(out.detail.find("within 27 s"), std::string::npos) << out.detail;
    EXPECT_TRUE(journal.exists()) << "the next start must find it";
    EXPECT_FALSE(toggle.finished());
}

TEST(TimestampToggleFaults, VerifyFailsWhenTheValueDoesNotReadBack)
{
    auto h = host(1);
    FakeRunner runner(h);
    TimestampToggle toggle(options());
    ASSERT_FALSE(toggle.prepare(runner));
    ASSERT_FALSE(toggle.set(runner, true));
    h->setIgnored = true;
    h->restoreFails = false;
    // The restore's sudo "works" but an admin (or a bug) keeps it at 0.
    h->sudoAllowsAll = true;
    auto other = std::make_shared<HostState>(*h);
    other->restoreFails = true;
    FakeRunner stuck(other);
    const auto& out = toggle.finish(stuck);
    EXPECT_FALSE(out.restored);
    EXPECT_NE(out.detail.find("reads 0"), std::string::npos) << out.detail;
}

TEST(TimestampToggleFaults, LinkDropMidPhaseThenReconnectRestores)
{
    auto h = host(1);
    TempJournal journal;
    FakeRunner runner(h);
    TimestampToggle toggle(options(journal.path()));
    ASSERT_FALSE(toggle.prepare(runner));
    ASSERT_FALSE(toggle.set(runner, true));
    h->dropLinkAfterCalls = 0;
    // The lease cannot be renewed and the restore cannot reach the host.
    EXPECT_EQ(toggle.renew(runner), TimestampToggle::Lease::Failed);
    const auto& failed = toggle.finish(runner);
    EXPECT_FALSE(failed.restored);
    EXPECT_EQ(failed.error.code, RemoteErrorCode::ConnectionLost);
    EXPECT_TRUE(journal.exists());
    // Reconnect succeeds: a new session to the same host.
    h->linkUp = true;
    h->dropLinkAfterCalls = -1;
    FakeRunner reconnected(h);
    const auto& out = toggle.finish(reconnected);
    EXPECT_TRUE(out.restored) << out.detail;
    EXPECT_FALSE(out.error) << remote::describe(out.error);
    EXPECT_EQ(h->value, 1);
    EXPECT_FALSE(journal.exists());
}

TEST(TimestampToggleFaults, LinkDropAndReconnectFailsTheDeadManRestores)
{
    auto h = host(1);
    TempJournal journal;
    FakeRunner runner(h);
    TimestampToggle toggle(options(journal.path()));
    ASSERT_FALSE(toggle.prepare(runner));
    ASSERT_FALSE(toggle.set(runner, true));
    h->linkUp = false;
    EXPECT_FALSE(toggle.finish(runner).restored);
    FakeRunner::fireDeadMan(*h); // the lease runs out on the host
    EXPECT_EQ(h->value, 1);
    // The next start finds the journal, checks the host, clears it.
    h->linkUp = true;
    const auto entry = probes::readJournal(journal.path());
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->host, "natlab@198.18.1.10");
    EXPECT_EQ(entry->jump, "natlab@198.18.2.10");
    EXPECT_EQ(entry->originalValue, 1);
    FakeRunner next(h);
    const auto out = probes::restoreFromJournal(next, *entry, journal.path());
    EXPECT_TRUE(out.restored) << out.detail;
    EXPECT_FALSE(journal.exists());
}

TEST(TimestampToggleFaults, LeftoverJournalAtStartIsRestored)
{
    auto h = host(1);
    h->value = 0; // natdoctor died, the host is still at 0 (dead-man gone too)
    TempJournal journal;
    std::ofstream(journal.path()) << "host=natlab@198.18.1.10\njump=\noriginal=1\ntoken=00112233aabbccdd\n"
                                     "flag=/tmp/natdoctor-restore-flag-00112233aabbccdd\n";
    const auto entry = probes::readJournal(journal.path());
    ASSERT_TRUE(entry);
    FakeRunner runner(h);
    const auto out = probes::restoreFromJournal(runner, *entry, journal.path());
    EXPECT_TRUE(out.restored);
    EXPECT_EQ(h->value, 1);
    EXPECT_FALSE(journal.exists());
    // A journal with a foreign flag path or a bad token is not trusted.
    std::ofstream(journal.path()) << "host=h\noriginal=1\ntoken=00112233aabbccdd\nflag=/etc/passwd\n";
    EXPECT_FALSE(probes::readJournal(journal.path()));
    std::ofstream(journal.path())
        << "host=h\noriginal=1\ntoken=$(reboot)\nflag=/tmp/natdoctor-restore-flag-$(reboot)\n";
    EXPECT_FALSE(probes::readJournal(journal.path()));
}

TEST(TimestampToggleFaults, CancelBeforeTheChangeChangesNothing)
{
    auto h = host(1);
    std::atomic_bool cancel { true };
    auto o = options();
    o.cancel = &cancel;
    FakeRunner runner(h);
    TimestampToggle toggle(o);
    EXPECT_EQ(toggle.prepare(runner).code, RemoteErrorCode::Cancelled);
    EXPECT_FALSE(h->deadManAlive);
    EXPECT_EQ(h->value, 1);
}

TEST(TimestampToggleFaults, LapsedLeaseIsReported)
{
    auto h = host(1);
    FakeRunner runner(h);
    TimestampToggle toggle(options());
    ASSERT_FALSE(toggle.prepare(runner));
    ASSERT_FALSE(toggle.set(runner, true));
    FakeRunner::fireDeadMan(*h);
    EXPECT_EQ(h->value, 1);
    EXPECT_EQ(toggle.renew(runner), TimestampToggle::Lease::Lapsed);
}

TEST(TimestampToggleFaults, SystemdHostUsesARootTimerWithExactPreflightedCommands)
{
    auto h = host(1);
    h->systemdPid1 = true;
    const std::string arm = "/usr/bin/systemd-run --quiet --collect --unit=natdoctor-restore-tcp-timestamps "
                            "--on-active=25 /usr/sbin/sysctl -q -w net.ipv4.tcp_timestamps=1";
    const std::string disarm = "/usr/bin/systemctl stop natdoctor-restore-tcp-timestamps.timer";
    FakeRunner runner(h);
    {
        TimestampToggle refused(options());
        EXPECT_EQ(refused.prepare(runner).code, RemoteErrorCode::SudoNeedsPassword)
            << "the dead-man's own commands are preflighted";
        EXPECT_NE(refused.outcome().sudoersLines.find(
                      "natlab ALL=(root) NOPASSWD: /usr/bin/systemd-run --quiet --collect "
                      "--unit\\=natdoctor-restore-tcp-timestamps --on-active\\=25 /usr/sbin/sysctl -q -w "
                      "net.ipv4.tcp_timestamps\\=1"),
                  std::string::npos)
            << refused.outcome().sudoersLines;
        EXPECT_FALSE(h->deadManAlive);
    }
    h->sudoAllows.insert(arm);
    h->sudoAllows.insert(disarm);
    TimestampToggle toggle(options());
    ASSERT_FALSE(toggle.prepare(runner));
    EXPECT_EQ(toggle.outcome().armedWith, "systemd");
    EXPECT_GE(firstCall(*h, "sudo -n " + arm), 0);
    ASSERT_FALSE(toggle.set(runner, true));
    EXPECT_EQ(toggle.renew(runner), TimestampToggle::Lease::Renewed);
    EXPECT_TRUE(h->deadManAlive);
    const auto& out = toggle.finish(runner);
    EXPECT_TRUE(out.restored);
    EXPECT_TRUE(out.disarmed);
    EXPECT_FALSE(h->deadManAlive);
}

TEST(TimestampToggleFaults, AlreadyZeroIsNotTouched)
{
    auto h = host(0);
    FakeRunner runner(h);
    TimestampToggle toggle(options());
    EXPECT_EQ(toggle.prepare(runner).code, RemoteErrorCode::InvalidInput);
    EXPECT_EQ(firstCall(*h, "sudo"), -1);
}

TEST(SudoersLines, ExactLinesWithoutWildcards)
{
    const auto set0 = probes::sysctlTimestampsCommand(Sysctl, 0);
    EXPECT_EQ(probes::sudoersLine("ann", set0),
              "ann ALL=(root) NOPASSWD: /usr/sbin/sysctl -q -w net.ipv4.tcp_timestamps\\=0");
    EXPECT_EQ(probes::sudoersLine("", set0).rfind("USER ", 0), 0u);
    EXPECT_EQ(probes::sudoersLine("ann", { "sysctl", "-a" }), "") << "a relative program is never suggested";
    EXPECT_EQ(probes::sudoersLine("ann", { "/bin/x", "a\"b" }), "");
    EXPECT_EQ(probes::sudoersLine("ann", { "/bin/x", "a\\b" }), "");
    const auto tcpdump
        = probes::tcpdumpCommand("/usr/sbin/tcpdump", "any", 256,
                                 "host 198.18.3.10 and (tcp port 80 or ip[6:2] & 0x1fff != 0 or icmp)");
    const std::string line = probes::sudoersLine("ann", tcpdump);
    EXPECT_EQ(line,
              "ann ALL=(root) NOPASSWD: /usr/sbin/tcpdump -U --immediate-mode -n -i any -s 256 -w - -- host "
              "198.18.3.10 and (tcp port 80 or ip\\[6\\:2\\] & 0x1fff \\!\\= 0 or icmp)");
    // No unescaped wildcard anywhere, and never -z.
    for (size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '*' || line[i] == '?' || line[i] == '[') {
            EXPECT_EQ(line[i - 1], '\\') << line;
        }
    }
    EXPECT_EQ(line.find(" -z"), std::string::npos);
    EXPECT_EQ(probes::byHand(set0), "sudo /usr/sbin/sysctl -q -w net.ipv4.tcp_timestamps=0");
    EXPECT_EQ(probes::sudoersLines("ann", { set0, set0 }).find('\n'), std::string::npos) << "no duplicates";
}

TEST(SudoersLines, ParsesTheHostsTools)
{
    const auto t = probes::parseHostTools("tcpdump=/usr/sbin/tcpdump\nsysctl=/sbin/sysctl\nsystemd_run=\n"
                                          "systemctl=relative/systemctl\npid1=systemd\nlinger=yes\n");
    EXPECT_EQ(t.tcpdump, "/usr/sbin/tcpdump");
    EXPECT_EQ(t.sysctl, "/sbin/sysctl");
    EXPECT_EQ(t.systemdRun, "");
    EXPECT_EQ(t.systemctl, "") << "only absolute paths";
    EXPECT_TRUE(t.systemdIsPid1);
    EXPECT_TRUE(t.lingering);
}

namespace {

probes::LiveCaptureSpec captureSpec()
{
    probes::LiveCaptureSpec spec;
    spec.destination = "198.18.3.10";
    spec.port = 80;
    spec.user = "natlab";
    return spec;
}

} // namespace

TEST(LiveCaptureFaults, SudoRefusedGivesTheExactLineAndAFileCommand)
{
    auto h = host(1);
    FakeRunner runner(h);
    std::atomic_bool stop { false };
    const auto r = probes::runLiveCapture(runner, captureSpec(), stop);
    EXPECT_EQ(r.error.code, RemoteErrorCode::SudoNeedsPassword);
    EXPECT_EQ(
        r.sudoersLine.rfind(
            "natlab ALL=(root) NOPASSWD: /usr/sbin/tcpdump -U --immediate-mode -n -i any -s 256 -w - -- ", 0),
        0u)
        << r.sudoersLine;
    EXPECT_EQ(r.byHandCommand.rfind(
                  "sudo /usr/sbin/tcpdump -U --immediate-mode -n -i any -s 256 -w natdoctor.pcap -- '", 0),
              0u)
        << r.byHandCommand;
    EXPECT_EQ(r.byHandCommand.find("' '"), std::string::npos) << "no broken quoting: " << r.byHandCommand;
    for (const auto& call : h->calls)
        EXPECT_NE(call.at(0), "env LC_ALL=C sudo -n /usr/sbin/tcpdump") << "the capture never started";
}

TEST(LiveCaptureFaults, RunsExactlyWhatTheSuggestedLineAllowsAndReportsListeningAndDrops)
{
    auto h = host(1);
    h->streamStdout = test::pcapHeader();
    h->streamStderr
        = "tcpdump: listening on any, link-type LINUX_SLL2 (Linux cooked v2), snapshot length 256 bytes\n"
          "3 packets captured\n4 packets received by filter\n1 packet dropped by kernel\n";
    FakeRunner runner(h);
    // Allow only what the suggested line names.
    std::vector<std::string> command;
    std::string filter;
    ASSERT_FALSE(probes::liveCaptureCommand(captureSpec(), "/usr/sbin/tcpdump", command));
    h->sudoAllows.insert(joined(command));
    std::atomic_bool stop { false };
    int listened = 0;
    auto spec = captureSpec();
    spec.onListening = [&] { ++listened; };
    const auto r = probes::runLiveCapture(runner, spec, stop);
    EXPECT_FALSE(r.error) << remote::describe(r.error);
    EXPECT_TRUE(r.listening);
    EXPECT_EQ(listened, 1);
    EXPECT_TRUE(r.statsSeen);
    EXPECT_EQ(r.packetsCaptured, 3u);
    EXPECT_EQ(r.packetsReceivedByFilter, 4u);
    EXPECT_EQ(r.kernelDrops, 1u);
    // The streamed argv is sudo + exactly the preflighted command.
    const auto& streamed = h->calls.back();
    EXPECT_EQ(streamed, probes::sudo(command));
}

TEST(LiveCaptureFaults, NoListeningLineNoProof)
{
    auto h = host(1);
    h->sudoAllowsAll = true;
    h->streamStdout = test::pcapHeader();
    h->streamStderr = "";
    FakeRunner runner(h);
    std::atomic_bool stop { false };
    const auto r = probes::runLiveCapture(runner, captureSpec(), stop);
    EXPECT_FALSE(r.listening);
    EXPECT_FALSE(r.statsSeen);
}

TEST(LiveCaptureFaults, ConnectionLostBeforeTheCapture)
{
    auto h = host(1);
    h->linkUp = false;
    FakeRunner runner(h);
    std::atomic_bool stop { false };
    EXPECT_EQ(probes::runLiveCapture(runner, captureSpec(), stop).error.code,
              RemoteErrorCode::ConnectionLost);
}
