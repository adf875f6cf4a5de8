#pragma once

#include "TestSshd.h"
#include "remote/SshOptions.h"
#include "remote/SshSession.h"

#include <gtest/gtest.h>
#include <memory>

namespace natdoctor::test {

// Starts a throwaway sshd per test (127.0.0.1, a free port, keys in a temp
// dir) and builds SshOptions that use only files from that dir: its own
// empty ssh_config, known_hosts, and key files, never the user's ~/.ssh.
class SshFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    remote::SshOptions options(const TestSshd& server) const;
    remote::SshOptions options() const { return options(*m_sshd); }
    // Writes the server's key into known_hosts (as `ssh-keyscan` would).
    void trust(const TestSshd& server) const;
    std::unique_ptr<remote::SshSession> connectTrusted();
    std::unique_ptr<TestSshd> startServer(const std::string& name, const TestSshd::Config& config);

    std::string knownHosts() const { return m_dir.file("known_hosts"); }

    TempDir m_dir;
    std::unique_ptr<TestSshd> m_sshd;
};

} // namespace natdoctor::test
