// DiagnosisRunner against fake hosts (FakeHost.h, fakeConnector): the
// orchestration of the timestamps test and the fragmentation check under
// every fault the remote-safety review lists, without SSH or root. The
// toggle's own steps are tested in FaultInjectionTest.cpp; these check what
// the runner does with them: what it records, that it restores over a new
// connection after a drop, that a cut phase is never compared.
#include "FakeHost.h"
#include "diagnosis/DiagnosisRunner.h"
#include "probes/SudoersLines.h"
#include "probes/TimestampToggle.h"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace natdoctor;
using diagnosis::DiagnosisEngine;
using natdoctor::test::HostState;
using natdoctor::test::joined;
using remote::RemoteErrorCode;
using Step = DiagnosisEngine::Step;

namespace {

const std::string Sysctl = "/usr/sbin/sysctl";
const std::string PublicAddress = "198.18.2.10";
const std::string PrivateAddress = "198.18.1.10";

std::shared_ptr<HostState> privateHost(long long value = 1)
{
    auto h = std::make_shared<HostState>();
    h->name = PrivateAddress;
    h->value = value;
    h->sudoAllows = { Sysctl + " -q -w net.ipv4.tcp_timestamps=0",
                      Sysctl + " -q -w net.ipv4.tcp_timestamps=" + std::to_string(value) };
    h->failEveryNthWithTimestamps = 2; // half the connections fail while timestamps are on
    return h;
}

std::shared_ptr<HostState> publicHost()
{
    auto h = std::make_shared<HostState>();
    h->name = PublicAddress;
    return h;
}

class TempDir
{
public:
    TempDir()
    {
        char dir[] = "/tmp/natdoctor-runner.XXXXXX";
        m_dir = ::mkdtemp(dir) ? dir : "/tmp";
    }
    ~TempDir() { std::filesystem::remove_all(m_dir); }
    std::string path(const std::string& name) const { return m_dir + "/" + name; }

private:
    std::string m_dir;
};

// A diagnosis of 198.18.3.10:80 with both hosts; 8 attempts per phase: two
// blocks of 4 with timestamps as they are, two with 0.
struct Fixture
{
    Fixture()
    {
        session.inputs.destinationHost = "198.18.3.10";
        session.inputs.destinationPort = 80;
        session.inputs.attempts = 8;
        session.inputs.echoUrl.clear();
        session.inputs.publicHost = { "natlab", PublicAddress, 22 };
        session.inputs.privateHost = diagnosis::SshTarget { "natlab", PrivateAddress, 22 };
        options.journalPath = dir.path("timestamps-journal");
        options.reconnectBackoff = std::chrono::milliseconds(1);
        options.log = [this](const std::string& line) {
            std::lock_guard lock(logMutex);
            log += line + "\n";
        };
        options.attempt = [this](const std::string& phase, const probes::Attempt&) {
            std::lock_guard lock(logMutex);
            phases += phase == "baseline" ? 'b' : phase == "without-timestamps" ? 'w' : 't';
            if (onAttempt)
                onAttempt(phase);
        };
    }

    remote::RemoteError run(Step step)
    {
        remote::SshOptions base;
        base.cancel = &cancel;
        diagnosis::DiagnosisRunner runner(
            session, test::fakeConnector({ { PrivateAddress, priv }, { PublicAddress, pub } }, base), options,
            cancel);
        return runner.runStep(step);
    }

    bool journalExists() const { return std::filesystem::exists(options.journalPath); }
    const diagnosis::StepOutcome* outcome(Step step) const
    {
        return session.outcome(diagnosis::stepName(step));
    }
    // Changes to 0 that ran (the set script, not a preflight or the dead-man).
    int changes() const
    {
        int n = 0;
        for (const auto& c : priv->calls)
            n += c.front() == "/bin/sh" && c.back() == "net.ipv4.tcp_timestamps=0";
        return n;
    }
    int calls(const std::string& text) const
    {
        int n = 0;
        for (const auto& c : priv->calls)
            n += joined(c).find(text) != std::string::npos;
        return n;
    }

    TempDir dir;
    std::shared_ptr<HostState> priv = privateHost();
    std::shared_ptr<HostState> pub = publicHost();
    diagnosis::DiagnosisSession session;
    diagnosis::RunnerOptions options;
    std::atomic_bool cancel { false };
    std::mutex logMutex;
    std::string log;
    std::string phases; // one letter per reported attempt
    std::function<void(const std::string& phase)> onAttempt;
};

} // namespace

TEST(RunnerFaults, TimestampTestAlternatesBlocksRestoresAndClearsTheJournal)
{
    Fixture f;
    const auto e = f.run(Step::TimestampTest);
    EXPECT_FALSE(e) << remote::describe(e) << "\n" << f.log;
    ASSERT_TRUE(f.session.timestampTest);
    const auto& t = *f.session.timestampTest;
    EXPECT_FALSE(t.interrupted);
    EXPECT_TRUE(t.restored) << t.restoreDetail;
    EXPECT_EQ(t.blocks, 4);
    EXPECT_EQ(t.baseline.attempts.size(), 8u);
    EXPECT_EQ(t.withoutTimestamps.attempts.size(), 8u);
    EXPECT_EQ(t.baseline.succeeded(), 4);
    EXPECT_EQ(t.withoutTimestamps.succeeded(), 8);
    EXPECT_EQ(f.phases, "bbbbwwwwbbbbwwww");
    EXPECT_EQ(f.priv->value, 1);
    EXPECT_FALSE(f.priv->deadManAlive);
    EXPECT_FALSE(f.journalExists());
    ASSERT_TRUE(f.outcome(Step::TimestampTest));
    EXPECT_FALSE(f.outcome(Step::TimestampTest)->skipped);
}

TEST(RunnerFaults, AnOddNumberOfAttemptsRunsExactlyThatManyPerPhase)
{
    Fixture f;
    f.session.inputs.attempts = 5; // what the progress promises: "attempt n of 5"
    const auto e = f.run(Step::TimestampTest);
    EXPECT_FALSE(e) << remote::describe(e) << "\n" << f.log;
    ASSERT_TRUE(f.session.timestampTest);
    EXPECT_EQ(f.session.timestampTest->baseline.attempts.size(), 5u);
    EXPECT_EQ(f.session.timestampTest->withoutTimestamps.attempts.size(), 5u);
    EXPECT_EQ(f.phases, "bbbwwwbbww");
}

TEST(RunnerFaults, SudoRefusedRecordsTheExactLinesAndChangesNothing)
{
    Fixture f;
    f.priv->sudoAllows = { Sysctl + " -q -w net.ipv4.tcp_timestamps=0" }; // the restore is not allowed
    const auto e = f.run(Step::TimestampTest);
    EXPECT_EQ(e.code, RemoteErrorCode::SudoNeedsPassword);
    EXPECT_EQ(f.priv->value, 1);
    EXPECT_FALSE(f.priv->deadManAlive) << "nothing armed";
    EXPECT_EQ(f.changes(), 0) << "nothing ran as root";
    EXPECT_FALSE(f.journalExists());
    ASSERT_EQ(f.session.sudoProblems.size(), 1u);
    const auto& p = f.session.sudoProblems.front();
    EXPECT_EQ(p.host, "natlab@" + PrivateAddress);
    EXPECT_EQ(p.sudoersLine,
              "natlab ALL=(root) NOPASSWD: " + Sysctl
                  + " -q -w net.ipv4.tcp_timestamps\\=0\n"
                    "natlab ALL=(root) NOPASSWD: "
                  + Sysctl + " -q -w net.ipv4.tcp_timestamps\\=1");
    EXPECT_EQ(p.command, "sudo " + Sysctl + " -q -w net.ipv4.tcp_timestamps=0");
    ASSERT_TRUE(f.outcome(Step::TimestampTest));
    EXPECT_TRUE(f.outcome(Step::TimestampTest)->skipped);
    EXPECT_FALSE(f.session.timestampTest);
}

TEST(RunnerFaults, DeadManArmFailedChangesNothing)
{
    Fixture f;
    f.priv->armFails = true;
    const auto e = f.run(Step::TimestampTest);
    EXPECT_TRUE(e);
    EXPECT_EQ(f.priv->value, 1);
    EXPECT_EQ(f.changes(), 0) << "no change without a dead-man";
    EXPECT_EQ(f.priv->probes, 0);
    EXPECT_FALSE(f.journalExists()) << "nothing to restore, no journal";
    ASSERT_TRUE(f.outcome(Step::TimestampTest));
    EXPECT_TRUE(f.outcome(Step::TimestampTest)->skipped);
    EXPECT_NE(f.outcome(Step::TimestampTest)->reason.find("dead-man"), std::string::npos)
        << f.outcome(Step::TimestampTest)->reason;
}

TEST(RunnerFaults, UnwritableJournalStopsTheTestBeforeAnyChange)
{
    Fixture f;
    // A path under a regular file: no one can create it, root included.
    std::ofstream(f.dir.path("file")) << "x";
    f.options.journalPath = f.dir.path("file") + "/timestamps-journal";
    const auto e = f.run(Step::TimestampTest);
    EXPECT_TRUE(e);
    EXPECT_NE(remote::describe(e).find("journal"), std::string::npos) << remote::describe(e);
    EXPECT_EQ(f.priv->value, 1);
    EXPECT_FALSE(f.priv->deadManAlive) << "nothing armed before the journal";
    EXPECT_EQ(f.changes(), 0);
    EXPECT_EQ(f.priv->probes, 0);
    ASSERT_TRUE(f.outcome(Step::TimestampTest));
    EXPECT_TRUE(f.outcome(Step::TimestampTest)->skipped);
}

TEST(RunnerFaults, SetFailedStopsTheTestNothingIsCompared)
{
    Fixture f;
    f.priv->setFails = true;
    const auto e = f.run(Step::TimestampTest);
    EXPECT_TRUE(e);
    ASSERT_TRUE(f.session.timestampTest);
    const auto& t = *f.session.timestampTest;
    EXPECT_TRUE(t.interrupted) << "never compared";
    EXPECT_EQ(t.baseline.attempts.size(), 4u) << "the first block ran";
    EXPECT_TRUE(t.withoutTimestamps.attempts.empty());
    EXPECT_EQ(f.phases, "bbbb") << "no block after the failed change";
    EXPECT_TRUE(t.restored) << t.restoreDetail;
    EXPECT_EQ(f.priv->value, 1);
    EXPECT_FALSE(f.priv->deadManAlive);
    EXPECT_FALSE(f.journalExists());
}

TEST(RunnerFaults, RestoreFailedKeepsTheJournalAndTheDeadMan)
{
    Fixture f;
    f.priv->sudoAllowsAll = true;
    f.priv->restoreFails = true; // the preflight said yes, the restore itself is refused
    const auto e = f.run(Step::TimestampTest);
    EXPECT_TRUE(e);
    ASSERT_TRUE(f.session.timestampTest);
    const auto& t = *f.session.timestampTest;
    EXPECT_FALSE(t.restored);
    EXPECT_NE(t.restoreDetail.find("sudo refused"), std::string::npos) << t.restoreDetail;
    EXPECT_NE(t.restoreDetail.find("restores it within"), std::string::npos) << t.restoreDetail;
    EXPECT_TRUE(f.journalExists()) << "the next start must find it";
    EXPECT_TRUE(f.priv->deadManAlive) << "a failed restore must not disarm the one restore left";
    EXPECT_EQ(f.priv->uncancellableDials, 0) << "the host answered: no reconnect for a refusal";
    test::FakeRunner::fireDeadMan(*f.priv);
    EXPECT_EQ(f.priv->value, 1);
}

TEST(RunnerFaults, VerifyFailedIsReportedNotTakenAsRestored)
{
    Fixture f;
    f.priv->restoreIgnored = true; // sudo says yes, the value stays 0
    const auto e = f.run(Step::TimestampTest);
    EXPECT_TRUE(e);
    ASSERT_TRUE(f.session.timestampTest);
    const auto& t = *f.session.timestampTest;
    EXPECT_FALSE(t.restored);
    EXPECT_NE(t.restoreDetail.find("reads 0 after the restore"), std::string::npos) << t.restoreDetail;
    EXPECT_TRUE(f.journalExists());
    EXPECT_TRUE(f.priv->deadManAlive);
}

TEST(RunnerFaults, CancelMidProbeStopsTheBlocksAndStillRestores)
{
    Fixture f;
    int offAttempts = 0;
    f.onAttempt = [&](const std::string& phase) {
        if (phase == "without-timestamps" && ++offAttempts == 2)
            f.cancel = true;
    };
    const auto e = f.run(Step::TimestampTest);
    EXPECT_EQ(e.code, RemoteErrorCode::Cancelled);
    ASSERT_TRUE(f.session.timestampTest);
    const auto& t = *f.session.timestampTest;
    EXPECT_TRUE(t.interrupted);
    EXPECT_EQ(f.phases.find("wb"), std::string::npos) << "no block after the cancel: " << f.phases;
    EXPECT_LE(t.withoutTimestamps.attempts.size(), 4u);
    EXPECT_TRUE(t.restored) << t.restoreDetail;
    EXPECT_EQ(f.priv->value, 1);
    EXPECT_FALSE(f.priv->deadManAlive);
    EXPECT_FALSE(f.journalExists());
}

TEST(RunnerFaults, LinkDropMidPhaseReconnectsRestoresAndDoesNotCompare)
{
    Fixture f;
    f.priv->dropDuringProbe = 2; // the first block without timestamps
    const auto e = f.run(Step::TimestampTest);
    EXPECT_EQ(e.code, RemoteErrorCode::ConnectionLost) << remote::describe(e);
    ASSERT_TRUE(f.session.timestampTest);
    const auto& t = *f.session.timestampTest;
    EXPECT_TRUE(t.interrupted) << "the partial phase is never compared as if complete";
    EXPECT_EQ(t.baseline.attempts.size(), 4u);
    EXPECT_EQ(t.withoutTimestamps.attempts.size(), 2u) << "what arrived is kept, marked incomplete";
    EXPECT_EQ(f.priv->probes, 2) << "no block after the drop";
    EXPECT_TRUE(t.restored) << t.restoreDetail;
    EXPECT_EQ(f.priv->value, 1);
    EXPECT_FALSE(f.priv->deadManAlive);
    EXPECT_FALSE(f.journalExists());
    EXPECT_GE(f.priv->uncancellableDials, 1) << "restored over a new connection the user's cancel cannot cut";
    EXPECT_NE(f.log.find("reconnecting to natlab@" + PrivateAddress), std::string::npos) << f.log;
    // The restore ran after the drop, on a connection of the new epoch.
    EXPECT_EQ(f.priv->epoch, 1);
}

TEST(RunnerFaults, LinkDropReconnectFailsThenTheNextStartRestores)
{
    Fixture f;
    f.priv->dropDuringProbe = 2;
    f.priv->unreachableAfterDrop = true;
    const auto e = f.run(Step::TimestampTest);
    EXPECT_TRUE(e);
    ASSERT_TRUE(f.session.timestampTest);
    const auto& t = *f.session.timestampTest;
    EXPECT_TRUE(t.interrupted);
    EXPECT_FALSE(t.restored);
    EXPECT_NE(t.restoreDetail.find("restores it within"), std::string::npos) << t.restoreDetail;
    EXPECT_EQ(f.priv->value, 0);
    EXPECT_TRUE(f.priv->deadManAlive) << "the dead-man is the restore left";
    EXPECT_TRUE(f.journalExists());
    EXPECT_NE(f.log.find("attempt 6"), std::string::npos) << "bounded retries: " << f.log;
    EXPECT_EQ(f.log.find("attempt 7"), std::string::npos) << f.log;

    // The host answers again; the next run finds the journal and restores.
    f.priv->reachable = true;
    f.log.clear();
    remote::SshOptions base;
    diagnosis::DiagnosisRunner next(
        f.session, test::fakeConnector({ { PrivateAddress, f.priv }, { PublicAddress, f.pub } }, base),
        f.options, f.cancel);
    next.restoreLeftover();
    EXPECT_EQ(f.priv->value, 1);
    EXPECT_FALSE(f.priv->deadManAlive);
    EXPECT_FALSE(f.journalExists());
    EXPECT_NE(f.log.find("did not finish"), std::string::npos) << f.log;
}

TEST(RunnerFaults, FragmentationCheckTriggersOnceListeningAndStopsTheCapture)
{
    Fixture f;
    f.pub->sudoAllowsAll = true;
    f.pub->streamStdout = test::pcapHeader();
    f.pub->streamStderr = "tcpdump: listening on any, link-type RAW, snapshot length 256 bytes\n";
    f.pub->streamUntilStopped = true;
    const auto e = f.run(Step::FragmentationCheck);
    EXPECT_FALSE(e) << remote::describe(e) << "\n" << f.log;
    ASSERT_TRUE(f.session.fragmentation);
    EXPECT_TRUE(f.session.fragmentation->listeningProven);
    ASSERT_TRUE(f.session.fragmentation->trigger);
    EXPECT_EQ(f.session.fragmentation->trigger->attempts.size(), 2u);
    EXPECT_EQ(f.phases, "tt");
    // The capture started before the trigger; the trigger's URL is the guided builder's.
    int capture = -1;
    int trigger = -1;
    for (size_t i = 0; i < f.pub->calls.size(); ++i) {
        const std::string c = joined(f.pub->calls[i]);
        if (capture < 0 && c.find("sudo -n /usr/sbin/tcpdump") != std::string::npos)
            capture = static_cast<int>(i);
        if (trigger < 0 && c.find("attempt=%d") != std::string::npos) {
            trigger = static_cast<int>(i);
            EXPECT_NE(c.find(" http://198.18.3.10/ "), std::string::npos) << c;
        }
    }
    ASSERT_GE(capture, 0);
    EXPECT_LT(capture, trigger);
}

TEST(RunnerFaults, FragmentationCheckSudoRefusedRecordsTheLineAndNeverTriggers)
{
    Fixture f; // the public host allows nothing
    const auto e = f.run(Step::FragmentationCheck);
    EXPECT_EQ(e.code, RemoteErrorCode::SudoNeedsPassword);
    EXPECT_EQ(f.pub->probes, 0) << "no trigger without a capture";
    ASSERT_EQ(f.session.sudoProblems.size(), 1u);
    EXPECT_EQ(
        f.session.sudoProblems.front().sudoersLine.rfind(
            "natlab ALL=(root) NOPASSWD: /usr/sbin/tcpdump -U --immediate-mode -n -i any -s 256 -w - -- ", 0),
        0u)
        << f.session.sudoProblems.front().sudoersLine;
    ASSERT_TRUE(f.outcome(Step::FragmentationCheck));
    EXPECT_TRUE(f.outcome(Step::FragmentationCheck)->skipped);
}

TEST(RunnerFaults, FragmentationCheckCancelledMidTriggerSkipsTheStep)
{
    Fixture f;
    f.pub->sudoAllowsAll = true;
    f.pub->streamStdout = test::pcapHeader();
    f.pub->streamStderr = "tcpdump: listening on any, link-type RAW, snapshot length 256 bytes\n";
    f.pub->streamUntilStopped = true;
    f.onAttempt = [&](const std::string&) { f.cancel = true; };
    const auto e = f.run(Step::FragmentationCheck);
    EXPECT_EQ(e.code, RemoteErrorCode::Cancelled);
    ASSERT_TRUE(f.outcome(Step::FragmentationCheck));
    EXPECT_TRUE(f.outcome(Step::FragmentationCheck)->skipped);
    EXPECT_TRUE(f.outcome(Step::FragmentationCheck)->cancelled);
}
