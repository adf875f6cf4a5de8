#include "SshFixture.h"

#include <cstdlib>

namespace natdoctor::test {

void SshFixture::SetUp()
{
    ::unsetenv("SSH_AUTH_SOCK");
    ASSERT_FALSE(m_dir.path().empty());
    ASSERT_TRUE(generateKey(m_dir.file("id_user")));
    ASSERT_TRUE(generateKey(m_dir.file("id_pass"), "correct horse"));
    writeFile(m_dir.file("authorized_keys"),
              readFile(m_dir.file("id_user.pub")) + readFile(m_dir.file("id_pass.pub")));
    writeFile(m_dir.file("ssh_config"), "");
    m_sshd = startServer("sshd", {});
    ASSERT_TRUE(m_sshd);
}

void SshFixture::TearDown()
{
    if (m_sshd) {
        m_sshd->stop();
    }
}

std::unique_ptr<TestSshd> SshFixture::startServer(const std::string& name, const TestSshd::Config& config)
{
    auto server = std::make_unique<TestSshd>(m_dir.path(), name, config);
    std::string error;
    if (!server->start(error)) {
        ADD_FAILURE() << error;
        return nullptr;
    }
    return server;
}

remote::SshOptions SshFixture::options(const TestSshd& server) const
{
    remote::SshOptions o;
    o.host = "127.0.0.1";
    o.port = static_cast<uint16_t>(server.port());
    o.user = "root";
    o.knownHostsFile = knownHosts();
    o.globalKnownHostsFile = m_dir.file("global_known_hosts");
    o.sshConfigFile = m_dir.file("ssh_config");
    o.identityFiles = { m_dir.file("id_user") };
    o.useAgent = false;
    o.timeout = std::chrono::milliseconds(10000);
    return o;
}

void SshFixture::trust(const TestSshd& server) const
{
    std::string key = readFile(server.hostKeyPub());
    std::string line = "[127.0.0.1]:" + std::to_string(server.port()) + " " + key;
    writeFile(knownHosts(), readFile(knownHosts()) + line);
}

std::unique_ptr<remote::SshSession> SshFixture::connectTrusted()
{
    trust(*m_sshd);
    remote::RemoteError error;
    auto session = remote::SshSession::connect(options(), error);
    EXPECT_FALSE(error) << remote::describe(error);
    return session;
}

} // namespace natdoctor::test
