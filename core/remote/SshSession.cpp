#include "remote/SshSession.h"

#include "remote/HostKeyCheck.h"
#include "remote/JumpTunnel.h"
#include "remote/SshAuthenticator.h"
#include "remote/SshConfigScan.h"
#include "remote/Validation.h"

#include <algorithm>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace natdoctor::remote {

namespace {

// Closes an fd we were handed until libssh takes it over in ssh_connect().
class FdGuard
{
public:
    explicit FdGuard(int fd)
        : m_fd(fd)
    {
    }
    FdGuard(const FdGuard&) = delete;
    FdGuard& operator=(const FdGuard&) = delete;
    ~FdGuard()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    void release() { m_fd = -1; }

private:
    int m_fd;
};

} // namespace

SshSession::SshSession() = default;

SshSession::~SshSession()
{
    if (m_session && ssh_is_connected(m_session.get())) {
        ssh_disconnect(m_session.get());
    }
}

std::unique_ptr<SshSession> SshSession::connect(const SshOptions& options, RemoteError& error)
{
    std::unique_ptr<SshSession> session(new SshSession());
    error = session->open(options, -1);
    return error ? nullptr : std::move(session);
}

std::unique_ptr<SshSession> SshSession::connect(std::unique_ptr<JumpTunnel> tunnel, const SshOptions& options,
                                                RemoteError& error)
{
    if (!tunnel) {
        error = { RemoteErrorCode::InvalidInput, "no jump tunnel" };
        return nullptr;
    }
    std::unique_ptr<SshSession> session(new SshSession());
    int fd = tunnel->releaseInnerFd();
    session->m_tunnel = std::move(tunnel);
    error = session->open(options, fd);
    return error ? nullptr : std::move(session);
}

bool SshSession::isConnected() const
{
    return m_session && ssh_is_connected(m_session.get()) != 0
        && (ssh_get_status(m_session.get()) & (SSH_CLOSED | SSH_CLOSED_ERROR)) == 0;
}

std::string SshSession::lastError() const
{
    return m_session ? std::string(ssh_get_error(m_session.get())) : std::string();
}

RemoteError SshSession::open(const SshOptions& options, int fd)
{
    FdGuard guard(fd);
    if (auto error = validateHost(options.host)) {
        return error;
    }
    if (!options.user.empty()) {
        if (auto error = validateUser(options.user)) {
            return error;
        }
    }
    m_host = options.host;
    m_session.reset(ssh_new());
    if (!m_session) {
        return { RemoteErrorCode::ConnectionFailed, "libssh could not create a session" };
    }
    if (auto error = applyOptions(options, fd)) {
        return error;
    }
    guard.release(); // the session owns (and closes) the fd from here on

    Deadline deadline(options.timeout, options.cancel);
    if (auto error = handshake(deadline)) {
        return error;
    }
    enableKeepAlive();
    if (auto error = verifyHostKey(m_session.get(), options)) {
        return error;
    }
    return SshAuthenticator(*this, options).run();
}

RemoteError SshSession::applyOptions(const SshOptions& options, int fd)
{
    ssh_session s = m_session.get();
    auto failed = [&](const char* what) {
        return RemoteError { RemoteErrorCode::InvalidInput, std::string(what) + ": " + ssh_get_error(s) };
    };
    if (ssh_options_set(s, SSH_OPTIONS_HOST, options.host.c_str()) != SSH_OK) {
        return failed("host");
    }
    // The user's ssh_config is read for aliases, users, ports and keys; it
    // must come after the host and before the settings forced below.
    // A config natdoctor cannot check (Match exec, an Include it cannot
    // expand safely, ...) is refused with the file and line, never skipped
    // silently: the user would connect with settings they did not expect.
    if (options.readSshConfig) {
        if (auto error = checkSshConfig(options.sshConfigFile)) {
            return error;
        }
        const char* file = options.sshConfigFile.empty() ? nullptr : options.sshConfigFile.c_str();
        if (ssh_options_parse_config(s, file) != SSH_OK) {
            return failed("ssh config");
        }
    }
    bool processConfig = false; // never again inside ssh_connect()
    ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    if (!options.user.empty() && ssh_options_set(s, SSH_OPTIONS_USER, options.user.c_str()) != SSH_OK) {
        return failed("user");
    }
    if (options.port != 0) {
        unsigned int port = options.port;
        if (ssh_options_set(s, SSH_OPTIONS_PORT, &port) != SSH_OK) {
            return failed("port");
        }
    }
    // Forced after the config: `StrictHostKeyChecking no` would make libssh
    // report unknown hosts as known, and a ProxyCommand (or ProxyJump, which
    // libssh 0.10 turns into one) would run a local program. "none" clears it.
    int strict = 1;
    if (ssh_options_set(s, SSH_OPTIONS_STRICTHOSTKEYCHECK, &strict) != SSH_OK) {
        return failed("strict host key checking");
    }
    if (ssh_options_set(s, SSH_OPTIONS_PROXYCOMMAND, "none") != SSH_OK) {
        return failed("proxy command");
    }
    if (!options.knownHostsFile.empty()
        && ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, options.knownHostsFile.c_str()) != SSH_OK) {
        return failed("known_hosts");
    }
    if (ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, options.globalKnownHostsFile.c_str()) != SSH_OK) {
        return failed("global known_hosts");
    }
    long seconds = std::max<long>(1, static_cast<long>(options.timeout.count() / 1000));
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &seconds);
    if (fd >= 0 && ssh_options_set(s, SSH_OPTIONS_FD, &fd) != SSH_OK) {
        return failed("tunnel socket");
    }
    return {};
}

// A silently dropped path (no FIN, no RST) would leave a quiet stream
// waiting forever; TCP keepalive turns it into an error within ~30 s. On a
// tunnel's socketpair this fails harmlessly: the bastion's TCP has its own.
void SshSession::enableKeepAlive()
{
    socket_t fd = ssh_get_fd(m_session.get());
    if (fd == SSH_INVALID_SOCKET) {
        return;
    }
    int on = 1;
    int idle = 15;
    int interval = 5;
    int count = 3;
    ::setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
#if defined(TCP_KEEPIDLE)
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
#elif defined(TCP_KEEPALIVE) // macOS spells it this way
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPALIVE, &idle, sizeof idle);
#endif
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
}

RemoteError SshSession::handshake(const Deadline& deadline)
{
    ssh_set_blocking(m_session.get(), 0);
    for (;;) {
        int rc = ssh_connect(m_session.get());
        if (rc == SSH_OK) {
            return {};
        }
        if (rc == SSH_ERROR) {
            return { RemoteErrorCode::ConnectionFailed, m_host + ": " + lastError() };
        }
        if (auto error = waitForIo(deadline)) {
            if (error.code == RemoteErrorCode::Timeout) {
                error.detail = "connecting to " + m_host;
            }
            return error;
        }
    }
}

RemoteError SshSession::waitForIo(const Deadline& deadline) const
{
    if (deadline.cancelled()) {
        return { RemoteErrorCode::Cancelled, {} };
    }
    if (deadline.expired()) {
        return { RemoteErrorCode::Timeout, {} };
    }
    int slice = deadline.sliceMs();
    socket_t fd = ssh_get_fd(m_session.get());
    if (fd == SSH_INVALID_SOCKET) {
        std::this_thread::sleep_for(std::chrono::milliseconds(slice > 0 ? slice : 1));
        return {};
    }
    pollfd entry { fd, POLLIN, 0 };
    if (ssh_get_poll_flags(m_session.get()) & SSH_WRITE_PENDING) {
        entry.events |= POLLOUT;
    }
    ::poll(&entry, 1, slice);
    return {};
}

} // namespace natdoctor::remote
