// Remote commands: status, output caps, timeouts, cancel, streaming, and no
// stand-in process left behind however a stream ends.
#include "remote/RemoteCommand.h"

#include "SshFixture.h"
#include "remote/ExecChannel.h"
#include "remote/ShellQuote.h"
#include "remote/StopWrapper.h"

#include <chrono>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace natdoctor::remote;
using natdoctor::test::processesMatching;
using natdoctor::test::randomToken;
using natdoctor::test::waitForNoProcess;

namespace {

using Commands = natdoctor::test::SshFixture;
using Clock = std::chrono::steady_clock;

// A unique long sleep: the stand-in for tcpdump, easy to find with pgrep.
std::string standInSeconds()
{
    return "4" + randomToken() + ".5";
}

} // namespace

TEST_F(Commands, ExitStatusStdoutStderr)
{
    auto session = connectTrusted();
    ASSERT_TRUE(session);
    auto result = RemoteCommand::run(*session, { "/bin/sh", "-c", "echo out; echo err >&2; exit 3" });
    EXPECT_FALSE(result.error) << describe(result.error);
    EXPECT_EQ(result.exitStatus, 3);
    EXPECT_EQ(result.out, "out\n");
    EXPECT_EQ(result.err, "err\n");
    EXPECT_FALSE(result.outTruncated);

    // Several commands on one session, stdin closed (cat ends at once).
    result = RemoteCommand::run(*session, { "cat" });
    EXPECT_FALSE(result.error);
    EXPECT_EQ(result.exitStatus, 0);
    EXPECT_EQ(result.out, "");
}

TEST_F(Commands, OutputIsCappedAndFlagged)
{
    auto session = connectTrusted();
    ASSERT_TRUE(session);
    CommandOptions options;
    options.maxStdout = 1000;
    options.maxStderr = 10;
    auto result = RemoteCommand::run(
        *session, { "/bin/sh", "-c", "head -c 300000 /dev/zero; echo 0123456789abcdef >&2" }, options);
    EXPECT_FALSE(result.error) << describe(result.error);
    EXPECT_EQ(result.exitStatus, 0);
    EXPECT_EQ(result.out.size(), 1000u);
    EXPECT_TRUE(result.outTruncated);
    EXPECT_EQ(result.err, "0123456789");
    EXPECT_TRUE(result.errTruncated);
}

TEST_F(Commands, MissingCommandAndSudo)
{
    auto session = connectTrusted();
    ASSERT_TRUE(session);
    auto result = RemoteCommand::run(*session, { "/nonexistent/natdoctor-tool" });
    EXPECT_EQ(result.exitStatus, 127);
    EXPECT_EQ(result.error.code, RemoteErrorCode::CommandMissing);
    // sudo -n as root never prompts: it must simply run.
    result = RemoteCommand::run(*session, { "sudo", "-n", "true" });
    EXPECT_FALSE(result.error) << describe(result.error) << result.err;
    EXPECT_EQ(result.exitStatus, 0);
}

TEST_F(Commands, TimeoutKeepsPartialOutputAndStopsTheCommand)
{
    auto session = connectTrusted();
    ASSERT_TRUE(session);
    std::string seconds = standInSeconds();
    CommandOptions options;
    // Long enough for a slow sshd on a loaded machine to start it; the command
    // itself would sleep for hours, so the bound below still catches a hang.
    options.timeout = std::chrono::milliseconds(6000);
    auto start = Clock::now();
    auto result
        = RemoteCommand::run(*session, { "/bin/sh", "-c", "echo started; exec sleep " + seconds }, options);
    EXPECT_LT(Clock::now() - start, std::chrono::seconds(20));
    EXPECT_EQ(result.error.code, RemoteErrorCode::Timeout);
    EXPECT_EQ(result.out, "started\n");
    EXPECT_TRUE(waitForNoProcess("sleep " + seconds, 3000).empty()) << "the timed-out command survived";
    // The session is still usable after a timeout.
    EXPECT_EQ(RemoteCommand::run(*session, { "echo", "ok" }).out, "ok\n");
}

TEST_F(Commands, CancelStopsARunningCommand)
{
    auto session = connectTrusted();
    ASSERT_TRUE(session);
    std::string seconds = standInSeconds();
    std::atomic_bool cancel { false };
    CommandOptions options;
    options.cancel = &cancel;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(400));
        cancel = true;
    });
    auto start = Clock::now();
    auto result = RemoteCommand::run(*session, { "sleep", seconds }, options);
    canceller.join();
    EXPECT_EQ(result.error.code, RemoteErrorCode::Cancelled);
    EXPECT_LT(Clock::now() - start, std::chrono::seconds(3));
    EXPECT_TRUE(waitForNoProcess("sleep " + seconds, 3000).empty());
}

TEST_F(Commands, StreamDeliversBytesAsTheyArriveAndStopsOnRequest)
{
    auto session = connectTrusted();
    ASSERT_TRUE(session);
    std::string seconds = standInSeconds();
    std::string received;
    auto firstByte = Clock::time_point {};
    auto start = Clock::now();
    // Prints one line, then blocks like a quiet capture would.
    auto result = RemoteCommand::stream(*session, { "/bin/sh", "-c", "echo first; exec sleep " + seconds },
                                        [&](const char* data, std::size_t size) {
                                            if (received.empty()) {
                                                firstByte = Clock::now();
                                            }
                                            received.append(data, size);
                                            return false; // got what we wanted: stop
                                        });
    EXPECT_FALSE(result.error) << describe(result.error);
    EXPECT_EQ(result.stoppedBy, StreamResult::Stop::Sink);
    EXPECT_EQ(received, "first\n");
    // The command sleeps for hours: held-back bytes would take that long.
    EXPECT_LT(firstByte - start, std::chrono::seconds(20)) << "bytes were held back";
    EXPECT_LT(Clock::now() - start, std::chrono::seconds(30));
    EXPECT_TRUE(waitForNoProcess("sleep " + seconds, 3000).empty()) << "stop left the command running";
}

TEST_F(Commands, StreamEndsByItselfWithStatus)
{
    auto session = connectTrusted();
    ASSERT_TRUE(session);
    std::string received;
    auto result
        = RemoteCommand::stream(*session, { "/bin/sh", "-c", "printf 'a\\000b'; echo oops >&2; exit 5" },
                                [&](const char* data, std::size_t size) {
                                    received.append(data, size);
                                    return true;
                                });
    EXPECT_FALSE(result.error) << describe(result.error);
    EXPECT_EQ(result.stoppedBy, StreamResult::Stop::Exited);
    EXPECT_EQ(result.exitStatus, 5);
    EXPECT_EQ(received, std::string("a\0b", 3));
    EXPECT_EQ(result.bytes, 3u);
    EXPECT_EQ(result.err, "oops\n");
}

TEST_F(Commands, StreamDurationAndCancel)
{
    auto session = connectTrusted();
    ASSERT_TRUE(session);
    std::string seconds = standInSeconds();
    StreamOptions options;
    options.maxDuration = std::chrono::milliseconds(500);
    auto sink = [](const char*, std::size_t) { return true; };
    auto start = Clock::now();
    auto result = RemoteCommand::stream(*session, { "sleep", seconds }, sink, options);
    EXPECT_FALSE(result.error) << describe(result.error);
    EXPECT_EQ(result.stoppedBy, StreamResult::Stop::Duration);
    EXPECT_LT(Clock::now() - start, std::chrono::seconds(3));
    EXPECT_TRUE(waitForNoProcess("sleep " + seconds, 3000).empty());

    std::atomic_bool cancel { false };
    StreamOptions cancelOptions;
    cancelOptions.cancel = &cancel;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel = true;
    });
    result = RemoteCommand::stream(*session, { "sleep", seconds }, sink, cancelOptions);
    canceller.join();
    EXPECT_EQ(result.error.code, RemoteErrorCode::Cancelled);
    EXPECT_EQ(result.stoppedBy, StreamResult::Stop::Cancelled);
    EXPECT_TRUE(waitForNoProcess("sleep " + seconds, 3000).empty());
}

TEST_F(Commands, SudoStandInEndsWhenOnlyTheChannelCloses)
{
    // No TERM, no EOF from us: just the channel going away, which is what a
    // crash of our side looks like to sshd. (sudo also ignores signals sent
    // from its own process group while the sender lives: the wrapper's
    // setsid keeps sudo out of that group.)
    auto session = connectTrusted();
    ASSERT_TRUE(session);
    std::string seconds = standInSeconds();
    auto line = commandLine(wrapStopWhenStdinCloses({ "sudo", "-n", "sleep", seconds }));
    ASSERT_TRUE(line);
    {
        ExecChannel channel(*session);
        ASSERT_FALSE(channel.start(*line, Deadline(std::chrono::milliseconds(5000))));
        auto end = Clock::now() + std::chrono::seconds(3);
        while (processesMatching("^sleep " + seconds).empty() && Clock::now() < end) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        ASSERT_FALSE(processesMatching("^sleep " + seconds).empty()) << "stand-in never started";
        channel.close();
    }
    EXPECT_TRUE(waitForNoProcess("sleep " + seconds, 3000).empty())
        << "channel close left sudo sleep running";
}

TEST_F(Commands, StandInEndsOnTheTermSignalAlone)
{
    // The SSH "signal" request only (no EOF, channel left open): sshd
    // signals the wrapper's process group and its trap stops the command.
    // OpenSSH refuses signal requests for root logins ("session signalling
    // requires privilege separation"), hence an ordinary user here; for root
    // the EOF that requestStop() sends after the signal does the job.
    natdoctor::test::TempUser temp;
    if (!temp.ok()) {
        FAIL() << "useradd/chpasswd failed: this test needs root and the passwd tools";
    }
    // sshd reads authorized_keys as that user.
    ::chmod(m_dir.path().c_str(), 0711);
    ::chmod(m_dir.file("authorized_keys").c_str(), 0644);
    trust(*m_sshd);
    auto o = options();
    o.user = temp.name();
    RemoteError error;
    auto session = SshSession::connect(o, error);
    ASSERT_TRUE(session) << describe(error);
    std::string seconds = standInSeconds();
    auto line = commandLine(wrapStopWhenStdinCloses({ "sleep", seconds }));
    ASSERT_TRUE(line);
    ExecChannel channel(*session);
    ASSERT_FALSE(channel.start(*line, Deadline(std::chrono::milliseconds(5000))));
    auto end = Clock::now() + std::chrono::seconds(3);
    while (processesMatching("^sleep " + seconds).empty() && Clock::now() < end) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ASSERT_FALSE(processesMatching("^sleep " + seconds).empty()) << "stand-in never started";
    channel.sendSignal("TERM");
    EXPECT_TRUE(waitForNoProcess("sleep " + seconds, 3000).empty()) << "TERM did not stop it\n"
                                                                    << m_sshd->log();
}

TEST_F(Commands, StandInEndsWhenTheClientIsKilled)
{
    trust(*m_sshd);
    std::string seconds = standInSeconds();
    auto o = options();
    pid_t child = ::fork();
    if (child == 0) {
        RemoteError error;
        auto session = SshSession::connect(o, error);
        if (session) {
            RemoteCommand::stream(*session, { "sudo", "-n", "sleep", seconds },
                                  [](const char*, std::size_t) { return true; });
        }
        ::_exit(0);
    }
    ASSERT_GT(child, 0);
    auto end = Clock::now() + std::chrono::seconds(5);
    while (processesMatching("^sleep " + seconds).empty() && Clock::now() < end) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    bool started = !processesMatching("^sleep " + seconds).empty();
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(started) << "stand-in never started";
    EXPECT_TRUE(waitForNoProcess("sleep " + seconds, 5000).empty())
        << "kill -9 of the client left it running";
}

TEST_F(Commands, ConnectionKilledMidStreamIsConnectionLostWithPartialData)
{
    auto session = connectTrusted();
    ASSERT_TRUE(session);
    std::string seconds = standInSeconds();
    std::string received;
    bool killed = false;
    auto result = RemoteCommand::stream(*session, { "/bin/sh", "-c", "echo partial; exec sleep " + seconds },
                                        [&](const char* data, std::size_t size) {
                                            received.append(data, size);
                                            if (!killed) {
                                                // Cut the connection from the server side: kill the sshd
                                                // process serving it, as a crash or a reboot would.
                                                for (pid_t pid : m_sshd->connectionProcesses()) {
                                                    ::kill(pid, SIGKILL);
                                                }
                                                killed = true;
                                            }
                                            return true;
                                        });
    EXPECT_TRUE(killed);
    EXPECT_EQ(result.error.code, RemoteErrorCode::ConnectionLost) << describe(result.error);
    EXPECT_EQ(received, "partial\n");
    EXPECT_FALSE(session->isConnected());
    EXPECT_TRUE(waitForNoProcess("sleep " + seconds, 5000).empty()) << "a cut connection left it running";

    // run() keeps its partial output too.
    auto again = connectTrusted();
    ASSERT_TRUE(again);
    std::thread killer([&] {
        // Once the stand-in runs, "kept" has been written; give sshd a
        // moment to forward it, then cut.
        auto end = Clock::now() + std::chrono::seconds(5);
        while (processesMatching("^sleep " + seconds).empty() && Clock::now() < end) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(400));
        for (pid_t pid : m_sshd->connectionProcesses()) {
            ::kill(pid, SIGKILL);
        }
    });
    auto cut = RemoteCommand::run(*again, { "/bin/sh", "-c", "echo kept; exec sleep " + seconds });
    killer.join();
    EXPECT_EQ(cut.error.code, RemoteErrorCode::ConnectionLost) << describe(cut.error);
    EXPECT_EQ(cut.out, "kept\n");
    EXPECT_TRUE(waitForNoProcess("sleep " + seconds, 5000).empty());
}

TEST_F(Commands, CutTcpConnectionIsConnectionLostAndStopsTheCommand)
{
    auto session = connectTrusted();
    ASSERT_TRUE(session);
    std::string seconds = standInSeconds();
    std::string received;
    int status = -1;
    auto result = RemoteCommand::stream(*session, { "/bin/sh", "-c", "echo partial; exec sleep " + seconds },
                                        [&](const char* data, std::size_t size) {
                                            received.append(data, size);
                                            // Destroy our TCP socket in the kernel (the server gets a RST),
                                            // as a NAT or firewall dropping the connection would.
                                            natdoctor::test::shellOutput("ss -K dst 127.0.0.1 dport = :"
                                                                             + std::to_string(m_sshd->port())
                                                                             + " >/dev/null 2>&1",
                                                                         &status);
                                            return true;
                                        });
    if (status != 0) {
        GTEST_SKIP() << "ss -K is not supported by this kernel";
    }
    EXPECT_EQ(result.error.code, RemoteErrorCode::ConnectionLost) << describe(result.error);
    EXPECT_EQ(received, "partial\n");
    EXPECT_TRUE(waitForNoProcess("sleep " + seconds, 5000).empty()) << "a cut connection left it running";
}
