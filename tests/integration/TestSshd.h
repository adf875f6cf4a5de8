#pragma once

#include <string>
#include <sys/types.h>
#include <vector>

namespace natdoctor::test {

// Runs `command` with /bin/sh and returns its stdout (stderr passes through).
std::string shellOutput(const std::string& command, int* status = nullptr);
bool fileExists(const std::string& path);
std::string readFile(const std::string& path);
void writeFile(const std::string& path, const std::string& text);
// pids of processes whose full command line contains `pattern`.
std::vector<pid_t> processesMatching(const std::string& pattern);
// Waits up to `ms` for no process to match; returns what is left.
std::vector<pid_t> waitForNoProcess(const std::string& pattern, int ms);
std::string randomToken();

// A throwaway directory, removed with everything in it.
class TempDir
{
public:
    TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir();
    const std::string& path() const { return m_path; }
    std::string file(const std::string& name) const { return m_path + "/" + name; }

private:
    std::string m_path;
};

// A real OpenSSH server on 127.0.0.1 with its own host key, config, pid and
// log file, all inside `dir`. Root may log in with the keys in authorized_keys.
class TestSshd
{
public:
    struct Config
    {
        bool allowTcpForwarding = true;
        bool passwordAuthentication = true;
        std::string hostKeyName = "host_ed25519"; // generated in dir if missing
        std::string extraConfig; // more sshd_config lines (e.g. "SetEnv PATH=...\n")
    };

    TestSshd(const std::string& dir, const std::string& name, const Config& config);
    TestSshd(const TestSshd&) = delete;
    TestSshd& operator=(const TestSshd&) = delete;
    ~TestSshd();

    bool start(std::string& error);
    void stop();

    int port() const { return m_port; }
    pid_t pid() const { return m_pid; }
    std::string hostKeyPub() const { return m_hostKey + ".pub"; }
    // The "SHA256:..." field of `ssh-keygen -lf` for the host key.
    std::string fingerprint() const;
    std::string log() const;
    // The per-connection sshd processes (children of the listener).
    std::vector<pid_t> connectionProcesses() const;

private:
    std::string m_dir;
    std::string m_name;
    Config m_config;
    std::string m_hostKey;
    int m_port = 0;
    pid_t m_pid = -1;
};

// A local user that exists for one test (useradd/userdel), with a password.
class TempUser
{
public:
    TempUser();
    TempUser(const TempUser&) = delete;
    TempUser& operator=(const TempUser&) = delete;
    ~TempUser();
    bool ok() const { return m_ok; }
    const std::string& name() const { return m_name; }
    const std::string& password() const { return m_password; }

private:
    std::string m_name;
    std::string m_password;
    bool m_ok = false;
};

// Generates an ed25519 key pair at `path` (and `path`.pub).
bool generateKey(const std::string& path, const std::string& passphrase = {});

} // namespace natdoctor::test
