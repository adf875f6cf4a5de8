// The connection probe's script, run for real with /bin/sh against a tiny
// HTTP server on 127.0.0.1: with curl, and with a PATH without curl (the bash
// /dev/tcp fallback). Both must give records the parser classifies the same.
#include "probes/ConnectionProbe.h"
#include "remote/ShellQuote.h"

#include <arpa/inet.h>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace natdoctor::probes;

namespace {

// Answers every connection with a fixed-size HTTP response.
class TinyHttpServer
{
public:
    explicit TinyHttpServer(size_t bodyBytes)
        : m_body(bodyBytes, 'x')
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        EXPECT_EQ(::bind(m_fd, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
        socklen_t len = sizeof a;
        ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&a), &len);
        m_port = ntohs(a.sin_port);
        ::listen(m_fd, 16);
        m_thread = std::thread([this] { serve(); });
    }
    ~TinyHttpServer()
    {
        m_stop = true;
        ::shutdown(m_fd, SHUT_RDWR);
        ::close(m_fd);
        m_thread.join();
    }
    uint16_t port() const { return m_port; }

private:
    void serve()
    {
        while (!m_stop) {
            const int c = ::accept(m_fd, nullptr, nullptr);
            if (c < 0)
                return;
            // Read the whole request head, as a real server does: answering
            // and closing with request bytes unread would reset the connection.
            std::string request;
            char buffer[2048];
            while (request.find("\r\n\r\n") == std::string::npos) {
                const ssize_t n = ::read(c, buffer, sizeof buffer);
                if (n <= 0)
                    break;
                request.append(buffer, static_cast<size_t>(n));
            }
            const std::string reply = "HTTP/1.0 200 OK\r\nContent-Length: " + std::to_string(m_body.size())
                + "\r\nConnection: close\r\n\r\n" + m_body;
            (void)!::write(c, reply.data(), reply.size());
            ::close(c);
        }
    }

    std::string m_body;
    int m_fd = -1;
    uint16_t m_port = 0;
    std::atomic_bool m_stop { false };
    std::thread m_thread;
};

uint16_t closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
    socklen_t len = sizeof a;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
    ::close(fd); // nothing listens there now
    return ntohs(a.sin_port);
}

std::string quote(const std::string& v)
{
    return natdoctor::remote::shellQuote(v).value();
}

// Runs `command` with /bin/sh (popen) and returns what it printed.
std::string shellOutput(const std::string& command)
{
    FILE* pipe = ::popen(command.c_str(), "r");
    std::string out;
    char buffer[512];
    size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0)
        out.append(buffer, n);
    ::pclose(pipe);
    return out;
}

// Runs the script like the remote side does: sh -c SCRIPT sh URL HOST PORT PATH.
std::string runScript(const std::string& script, uint16_t port, const std::string& path = {})
{
    const std::string p = std::to_string(port);
    std::string command
        = "sh -c " + quote(script) + " sh " + quote("http://127.0.0.1:" + p + "/") + " 127.0.0.1 " + p + " /";
    if (!path.empty())
        command = "PATH=" + path + " " + command;
    return shellOutput(command);
}

// A directory with the tools the fallback needs, and no curl.
std::string pathWithoutCurl()
{
    const std::filesystem::path dir
        = std::filesystem::temp_directory_path() / ("natdoctor-nocurl-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    for (const char* tool :
         { "sh", "bash", "timeout", "date", "cat", "wc", "sed", "awk", "printf", "sleep" }) {
        for (const char* bin : { "/usr/bin/", "/bin/" }) {
            const std::filesystem::path target = std::string(bin) + tool;
            if (std::filesystem::exists(target) && !std::filesystem::exists(dir / tool)) {
                std::filesystem::create_symlink(target, dir / tool);
                break;
            }
        }
    }
    return dir.string();
}

} // namespace

TEST(ConnectionProbeScript, CurlAndTheBashFallbackAgree)
{
    TinyHttpServer server(20000);
    ConnectionProbeSpec spec;
    spec.attempts = 2;
    spec.pauseSeconds = 0;
    spec.maxTimeSeconds = 5;
    const std::string script = connectionProbeScript(spec);
    const std::string noCurl = pathWithoutCurl();
    for (const std::string& path : { std::string(), noCurl }) {
        SCOPED_TRACE(path.empty() ? "with curl" : "without curl");
        const std::string okOutput = runScript(script, server.port(), path);
        SCOPED_TRACE(okOutput);
        const auto ok = parseConnectionProbe(okOutput);
        ASSERT_TRUE(ok) << ok.error;
        ASSERT_EQ(ok.value->attempts.size(), 2u);
        EXPECT_EQ(ok.value->succeeded(), 2);
        EXPECT_TRUE(ok.value->attempts[0].connected);
        EXPECT_GE(ok.value->attempts[0].bytes, 20000u);

        const auto refused = parseConnectionProbe(runScript(script, closedPort(), path));
        ASSERT_TRUE(refused) << refused.error;
        for (const Attempt& a : refused.value->attempts)
            EXPECT_EQ(a.result, AttemptResult::Refused);
    }
    std::filesystem::remove_all(noCurl);
}

#include "diagnosis/ManualCommands.h"

TEST(ConnectionProbeScript, TheManualModeCommandRunsAsPasted)
{
    TinyHttpServer server(3000);
    natdoctor::diagnosis::DiagnosisInputs in;
    in.destinationHost = "127.0.0.1";
    in.destinationPort = server.port();
    in.httpPath = "/";
    in.attempts = 2;
    const auto commands = natdoctor::diagnosis::manualCommands(in);
    ASSERT_FALSE(commands.probe.empty());
    // What a user pastes into a shell: the here-document as it is.
    const std::string out = shellOutput("sh -c " + quote(commands.probe));
    const auto parsed = parseConnectionProbe(out);
    ASSERT_TRUE(parsed) << parsed.error << "\n" << out;
    EXPECT_EQ(parsed.value->succeeded(), 2);
    EXPECT_NE(commands.capture.find("'(host 127.0.0.1 and (tcp port"), std::string::npos);
    EXPECT_NE(commands.capture.find("or (icmp[0] = 3 and icmp[1] = 4)"), std::string::npos); // routers' ICMP
}
