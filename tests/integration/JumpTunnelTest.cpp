// Jump host: a private sshd reached through a bastion's direct-tcpip channel.
#include "remote/JumpTunnel.h"

#include "SshFixture.h"
#include "remote/RemoteCommand.h"

#include <signal.h>

using namespace natdoctor::remote;

namespace {

using Jump = natdoctor::test::SshFixture;

} // namespace

TEST_F(Jump, InnerHostIsReachedAndCheckedUnderItsOwnName)
{
    auto inner = startServer("inner", { true, true, "inner_host_key" });
    ASSERT_TRUE(inner);
    ASSERT_NE(inner->fingerprint(), m_sshd->fingerprint());
    auto bastion = connectTrusted(); // only the bastion's key is known
    ASSERT_TRUE(bastion);

    RemoteError error;
    auto tunnel = JumpTunnel::open(std::move(bastion), "127.0.0.1", static_cast<uint16_t>(inner->port()),
                                   std::chrono::milliseconds(5000), nullptr, error);
    ASSERT_TRUE(tunnel) << describe(error);

    auto o = options(*inner);
    HostKeyInfo seen;
    o.confirmHostKey = [&](const HostKeyInfo& info) {
        seen = info;
        return HostKeyDecision::AcceptOnce;
    };
    auto session = SshSession::connect(std::move(tunnel), o, error);
    ASSERT_TRUE(session) << describe(error);
    EXPECT_EQ(seen.host, "[127.0.0.1]:" + std::to_string(inner->port()));
    EXPECT_EQ(seen.fingerprint, inner->fingerprint());

    auto result
        = RemoteCommand::run(*session, { "/bin/sh", "-c", "echo via-jump; head -c 200000 /dev/zero" });
    EXPECT_FALSE(result.error) << describe(result.error);
    EXPECT_EQ(result.out.size(), 9u + 200000u);
    EXPECT_EQ(result.out.substr(0, 9), "via-jump\n");
    EXPECT_NE(inner->log().find("Accepted publickey"), std::string::npos);

    // The bastion going away takes the inner connection with it, as an error.
    auto bastionProcesses = m_sshd->connectionProcesses();
    ASSERT_FALSE(bastionProcesses.empty());
    for (pid_t pid : bastionProcesses) {
        ::kill(pid, SIGKILL);
    }
    auto after = RemoteCommand::run(*session, { "echo", "still?" }, { std::chrono::milliseconds(5000) });
    EXPECT_TRUE(after.error.code == RemoteErrorCode::ConnectionLost
                || after.error.code == RemoteErrorCode::ChannelFailed)
        << describe(after.error);
}

TEST_F(Jump, InnerHostKeyIsStillVerified)
{
    auto inner = startServer("inner", { true, true, "inner_host_key" });
    ASSERT_TRUE(inner);
    auto bastion = connectTrusted();
    ASSERT_TRUE(bastion);
    RemoteError error;
    auto tunnel = JumpTunnel::open(std::move(bastion), "127.0.0.1", static_cast<uint16_t>(inner->port()),
                                   std::chrono::milliseconds(5000), nullptr, error);
    ASSERT_TRUE(tunnel) << describe(error);
    // No prompt: the inner key is unknown, so the connection is refused even
    // though the bastion is trusted.
    auto session = SshSession::connect(std::move(tunnel), options(*inner), error);
    EXPECT_FALSE(session);
    EXPECT_EQ(error.code, RemoteErrorCode::HostKeyUnknown) << describe(error);
    EXPECT_NE(error.detail.find(inner->fingerprint()), std::string::npos);
}

TEST_F(Jump, BastionWithoutForwardingIsForwardingRefused)
{
    auto closed = startServer("closed", { false, true, "closed_host_key" });
    ASSERT_TRUE(closed);
    trust(*closed);
    RemoteError error;
    auto bastion = SshSession::connect(options(*closed), error);
    ASSERT_TRUE(bastion) << describe(error);
    auto tunnel = JumpTunnel::open(std::move(bastion), "127.0.0.1", static_cast<uint16_t>(m_sshd->port()),
                                   std::chrono::milliseconds(5000), nullptr, error);
    EXPECT_FALSE(tunnel);
    EXPECT_EQ(error.code, RemoteErrorCode::ForwardingRefused) << describe(error);
    EXPECT_NE(describe(error).find("AllowTcpForwarding"), std::string::npos);
}

TEST_F(Jump, UnreachableTargetIsConnectionFailed)
{
    auto bastion = connectTrusted();
    ASSERT_TRUE(bastion);
    RemoteError error;
    // Port 1 on loopback: nothing listens there.
    auto tunnel = JumpTunnel::open(std::move(bastion), "127.0.0.1", 1, std::chrono::milliseconds(5000),
                                   nullptr, error);
    EXPECT_FALSE(tunnel);
    EXPECT_EQ(error.code, RemoteErrorCode::ConnectionFailed) << describe(error);
}
