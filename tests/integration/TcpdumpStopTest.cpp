// A real `sudo tcpdump -w -` on loopback, the command natdoctor streams,
// must not survive any way our side can end: stop, channel close, client
// kill -9, and a cut TCP connection.
#include "SshFixture.h"
#include "remote/ExecChannel.h"
#include "remote/RemoteCommand.h"
#include "remote/ShellQuote.h"
#include "remote/StopWrapper.h"

#include <chrono>
#include <signal.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace natdoctor::remote;
using natdoctor::test::fileExists;
using natdoctor::test::processesMatching;
using natdoctor::test::randomToken;
using natdoctor::test::waitForNoProcess;

namespace {

using Clock = std::chrono::steady_clock;

class Tcpdump : public natdoctor::test::SshFixture
{
protected:
    void SetUp() override
    {
        if (!fileExists("/usr/bin/tcpdump") && !fileExists("/usr/sbin/tcpdump")) {
            FAIL() << "tcpdump is not installed (packaging/dev.sh deps installs it)";
        }
        SshFixture::SetUp();
        // A unique, harmless filter makes this tcpdump easy to find.
        m_port = std::to_string(40000 + std::stoi(randomToken()) % 20000);
        m_argv = { "sudo", "-n", "tcpdump",           "-i", "lo", "-U", "--immediate-mode", "-s", "256", "-w",
                   "-",    "--", "tcp port " + m_port };
        m_pattern = "tcpdump -i lo .*tcp port " + m_port;
    }

    bool waitUntilRunning() const
    {
        auto end = Clock::now() + std::chrono::seconds(5);
        while (Clock::now() < end) {
            if (!processesMatching("^tcpdump -i lo .*tcp port " + m_port).empty()) {
                return true;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        return false;
    }

    bool gone() const { return waitForNoProcess(m_pattern, 5000).empty(); }

    std::string m_port;
    std::vector<std::string> m_argv;
    std::string m_pattern;
};

} // namespace

TEST_F(Tcpdump, StopsOnRequest)
{
    auto session = connectTrusted();
    ASSERT_TRUE(session);
    std::string pcap;
    auto result = RemoteCommand::stream(*session, m_argv, [&](const char* data, std::size_t size) {
        pcap.append(data, size);
        return pcap.size() < 24; // stop once the pcap file header is here
    });
    EXPECT_FALSE(result.error) << describe(result.error) << result.err;
    EXPECT_EQ(result.stoppedBy, StreamResult::Stop::Sink) << result.err;
    ASSERT_GE(pcap.size(), 24u);
    EXPECT_EQ(static_cast<unsigned char>(pcap[0]), 0xd4); // pcap magic a1b2c3d4, little-endian
    EXPECT_TRUE(gone()) << "tcpdump survived the stop";
}

TEST_F(Tcpdump, StopsOnChannelClose)
{
    auto session = connectTrusted();
    ASSERT_TRUE(session);
    auto line = commandLine(wrapStopWhenStdinCloses(m_argv));
    ASSERT_TRUE(line);
    {
        ExecChannel channel(*session);
        ASSERT_FALSE(channel.start(*line, Deadline(std::chrono::milliseconds(5000))));
        ASSERT_TRUE(waitUntilRunning()) << "tcpdump never started";
        channel.close();
    }
    EXPECT_TRUE(gone()) << "tcpdump survived the channel close";
}

TEST_F(Tcpdump, StopsWhenTheClientIsKilled)
{
    trust(*m_sshd);
    auto o = options();
    pid_t child = ::fork();
    if (child == 0) {
        RemoteError error;
        auto session = SshSession::connect(o, error);
        if (session) {
            RemoteCommand::stream(*session, m_argv, [](const char*, std::size_t) { return true; });
        }
        ::_exit(0);
    }
    ASSERT_GT(child, 0);
    bool started = waitUntilRunning();
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(started) << "tcpdump never started";
    EXPECT_TRUE(gone()) << "tcpdump survived kill -9 of the client";
}

TEST_F(Tcpdump, StopsWhenTheTcpConnectionIsCut)
{
    auto session = connectTrusted();
    ASSERT_TRUE(session);
    int status = -1;
    bool cut = false;
    auto result = RemoteCommand::stream(*session, m_argv, [&](const char*, std::size_t) {
        if (!cut && waitUntilRunning()) {
            natdoctor::test::shellOutput("ss -K dst 127.0.0.1 dport = :" + std::to_string(m_sshd->port())
                                             + " >/dev/null 2>&1",
                                         &status);
            cut = true;
        }
        return true;
    });
    if (status != 0) {
        GTEST_SKIP() << "ss -K is not supported by this kernel";
    }
    EXPECT_EQ(result.error.code, RemoteErrorCode::ConnectionLost) << describe(result.error);
    EXPECT_TRUE(gone()) << "tcpdump survived the cut connection";
}

TEST_F(Tcpdump, EndsWhenHeartbeatsStopWithTheChannelStillOpen)
{
    // A silently cut link: no EOF, no TERM, the channel stays open on the
    // host's side; only natdoctor's heartbeat lines stop. The host-side
    // watchdog ends tcpdump after the silence limit (3 s here).
    auto session = connectTrusted();
    ASSERT_TRUE(session);
    auto line = commandLine(wrapStopWhenStdinCloses(m_argv, 3, 0));
    ASSERT_TRUE(line);
    ExecChannel channel(*session);
    ASSERT_FALSE(channel.start(*line, Deadline(std::chrono::milliseconds(5000))));
    ASSERT_TRUE(waitUntilRunning()) << "tcpdump never started";
    // Heartbeats keep it alive for a while ...
    for (int i = 0; i < 5; ++i) {
        channel.heartbeat();
        std::this_thread::sleep_for(std::chrono::seconds(1));
    }
    EXPECT_FALSE(processesMatching("^tcpdump -i lo .*tcp port " + m_port).empty())
        << "ended despite heartbeats";
    // ... then silence, channel open: gone within the limit (+ gone()'s 5 s).
    EXPECT_TRUE(gone()) << "tcpdump outlived natdoctor's silence";
}

TEST_F(Tcpdump, NeverOutlivesItsMaximumDuration)
{
    auto session = connectTrusted();
    ASSERT_TRUE(session);
    // A maximum of 8 s (room for a slow sudo to start tcpdump on a loaded
    // machine), heartbeats all along: it still ends.
    auto line = commandLine(wrapStopWhenStdinCloses(m_argv, 3, 8));
    ASSERT_TRUE(line);
    ExecChannel channel(*session);
    ASSERT_FALSE(channel.start(*line, Deadline(std::chrono::milliseconds(5000))));
    ASSERT_TRUE(waitUntilRunning()) << "tcpdump never started";
    bool ended = false;
    for (int i = 0; i < 20 && !ended; ++i) {
        channel.heartbeat();
        std::this_thread::sleep_for(std::chrono::seconds(1));
        ended = processesMatching("^tcpdump -i lo .*tcp port " + m_port).empty();
    }
    EXPECT_TRUE(ended) << "tcpdump ran past its maximum duration";
}
