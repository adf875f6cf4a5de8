#include "TestSshd.h"

#include <arpa/inet.h>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <netinet/in.h>
#include <random>
#include <signal.h>
#include <sstream>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace natdoctor::test {

std::string shellOutput(const std::string& command, int* status)
{
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) {
        return out;
    }
    char buffer[4096];
    size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) {
        out.append(buffer, n);
    }
    int rc = ::pclose(pipe);
    if (status != nullptr) {
        *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    }
    return out;
}

bool fileExists(const std::string& path)
{
    struct stat info
    {
    };
    return ::lstat(path.c_str(), &info) == 0;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeFile(const std::string& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

std::vector<pid_t> processesMatching(const std::string& pattern)
{
    std::vector<pid_t> pids;
    // pgrep -f matches itself only if the pattern were in its own argv; it
    // excludes itself, and the sh -c around it is excluded by the brackets.
    std::string quoted = pattern;
    std::string out = shellOutput("pgrep -f -- '" + quoted + "' | grep -vx $$");
    std::istringstream lines(out);
    std::string line;
    while (std::getline(lines, line)) {
        if (!line.empty()) {
            pids.push_back(static_cast<pid_t>(std::stol(line)));
        }
    }
    return pids;
}

std::vector<pid_t> waitForNoProcess(const std::string& pattern, int ms)
{
    auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    for (;;) {
        auto left = processesMatching(pattern);
        if (left.empty() || std::chrono::steady_clock::now() > end) {
            return left;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

std::string randomToken()
{
    static std::mt19937_64 engine(std::random_device {}() ^ static_cast<uint64_t>(::getpid()));
    return std::to_string(engine() % 900000 + 100000);
}

TempDir::TempDir()
{
    char templ[] = "/tmp/natdoctor-it-XXXXXX";
    char* made = ::mkdtemp(templ);
    m_path = made ? made : "";
}

TempDir::~TempDir()
{
    if (!m_path.empty()) {
        shellOutput("rm -rf -- '" + m_path + "'");
    }
}

TempUser::TempUser()
    : m_name("ndt" + randomToken())
    , m_password("pw-" + randomToken() + "-x")
{
    int status = -1;
    shellOutput("useradd -M -s /bin/sh " + m_name + " 2>&1", &status);
    if (status != 0) {
        return;
    }
    shellOutput("echo '" + m_name + ":" + m_password + "' | chpasswd", &status);
    m_ok = status == 0;
}

TempUser::~TempUser()
{
    // sshd's process for a session that just ended may still run as the user
    // for a moment: retry, and -f removes the user even then.
    int status = -1;
    for (int attempt = 0; attempt < 20 && status != 0; ++attempt) {
        if (shellOutput("getent passwd " + m_name).empty()) {
            return;
        }
        shellOutput("userdel -f " + m_name + " >/dev/null 2>&1", &status);
        if (status != 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }
}

bool generateKey(const std::string& path, const std::string& passphrase)
{
    int status = -1;
    shellOutput("ssh-keygen -q -t ed25519 -C natdoctor-test -N '" + passphrase + "' -f '" + path
                    + "' </dev/null",
                &status);
    return status == 0;
}

namespace {

int freePort()
{
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0) {
        port = ntohs(address.sin_port);
    }
    ::close(fd);
    return port;
}

bool accepts(int port)
{
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return ok;
}

} // namespace

TestSshd::TestSshd(const std::string& dir, const std::string& name, const Config& config)
    : m_dir(dir)
    , m_name(name)
    , m_config(config)
    , m_hostKey(dir + "/" + config.hostKeyName)
{
}

TestSshd::~TestSshd()
{
    stop();
}

bool TestSshd::start(std::string& error)
{
    ::mkdir("/run/sshd", 0755); // privilege separation directory
    if (!fileExists(m_hostKey) && !generateKey(m_hostKey)) {
        error = "ssh-keygen failed for the host key";
        return false;
    }
    std::string config = m_dir + "/" + m_name + "_config";
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        std::ostringstream text;
        text << "ListenAddress 127.0.0.1\n"
             << "Port " << m_port << "\n"
             << "HostKey " << m_hostKey << "\n"
             << "PidFile " << m_dir << "/" << m_name << ".pid\n"
             << "AuthorizedKeysFile " << m_dir << "/authorized_keys\n"
             << "StrictModes no\nUsePAM no\nPermitRootLogin yes\n"
             << "PasswordAuthentication " << (m_config.passwordAuthentication ? "yes" : "no") << "\n"
             << "KbdInteractiveAuthentication no\n"
             << "AllowTcpForwarding " << (m_config.allowTcpForwarding ? "yes" : "no") << "\n"
             << "MaxStartups 100\nLogLevel VERBOSE\nSubsystem sftp internal-sftp\n"
             << m_config.extraConfig;
        writeFile(config, text.str());
        std::string logFile = m_dir + "/" + m_name + ".log";
        writeFile(logFile, "");
        pid_t pid = ::fork();
        if (pid == 0) {
            ::setpgid(0, 0);
            FILE* log = std::freopen(logFile.c_str(), "a", stderr);
            (void)log;
            ::execl("/usr/sbin/sshd", "/usr/sbin/sshd", "-D", "-e", "-f", config.c_str(),
                    static_cast<char*>(nullptr));
            ::_exit(127);
        }
        m_pid = pid;
        // Wait for *our* sshd to listen: another test process may have taken
        // the same free port meanwhile, and then the port accepts too.
        std::string listening = "Server listening on 127.0.0.1 port " + std::to_string(m_port);
        for (int i = 0; i < 250; ++i) {
            if (readFile(logFile).find(listening) != std::string::npos && accepts(m_port)) {
                return true;
            }
            int status = 0;
            if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
                m_pid = -1;
                break; // port taken meanwhile, or a bad config: try again
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        stop();
    }
    error = "sshd did not start: " + log();
    return false;
}

void TestSshd::stop()
{
    if (m_pid > 0) {
        // The listener and the connection processes it forked.
        ::kill(-m_pid, SIGTERM);
        ::kill(m_pid, SIGTERM);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        m_pid = -1;
    }
}

std::string TestSshd::fingerprint() const
{
    std::istringstream fields(shellOutput("ssh-keygen -lf '" + hostKeyPub() + "'"));
    std::string bits;
    std::string hash;
    fields >> bits >> hash;
    return hash;
}

std::string TestSshd::log() const
{
    return readFile(m_dir + "/" + m_name + ".log");
}

std::vector<pid_t> TestSshd::connectionProcesses() const
{
    std::vector<pid_t> pids;
    std::istringstream lines(shellOutput("pgrep -P " + std::to_string(m_pid)));
    std::string line;
    while (std::getline(lines, line)) {
        if (!line.empty()) {
            pids.push_back(static_cast<pid_t>(std::stol(line)));
        }
    }
    return pids;
}

} // namespace natdoctor::test
