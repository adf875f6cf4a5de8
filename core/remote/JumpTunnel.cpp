#include "remote/JumpTunnel.h"

#include "remote/Deadline.h"
#include "remote/SshSession.h"
#include "remote/Validation.h"

#include <array>
#include <string>

namespace natdoctor::remote {

namespace {

// OpenSSH answers "administratively prohibited" (reason 1) when forwarding
// is off; anything else means the bastion could not reach the target.
bool forwardingProhibited(const std::string& message)
{
    return message.find("prohibited") != std::string::npos || message.find("(1)") != std::string::npos;
}

} // namespace

std::unique_ptr<JumpTunnel> JumpTunnel::open(std::unique_ptr<SshSession> bastion, const std::string& host,
                                             uint16_t port, std::chrono::milliseconds timeout,
                                             const std::atomic_bool* cancel, RemoteError& error)
{
    if (port == 0) {
        port = 22; // like SshOptions::port: 0 means the default
    }
    if ((error = validateHost(host)) || (error = validatePort(port))) {
        return nullptr;
    }
    if (!bastion || !bastion->isConnected()) {
        error = { RemoteErrorCode::ConnectionLost, "the jump host is not connected" };
        return nullptr;
    }
    std::unique_ptr<JumpTunnel> tunnel(new JumpTunnel());
    tunnel->m_bastion = std::move(bastion);
    SshSession& session = *tunnel->m_bastion;
    tunnel->m_channel.reset(ssh_channel_new(session.handle()));
    if (!tunnel->m_channel) {
        error = { RemoteErrorCode::ChannelFailed, session.lastError() };
        return nullptr;
    }
    Deadline deadline(timeout, cancel);
    for (;;) {
        int rc = ssh_channel_open_forward(tunnel->m_channel.get(), host.c_str(), port, "127.0.0.1", 0);
        if (rc == SSH_OK) {
            break;
        }
        if (rc == SSH_ERROR) {
            std::string message = session.lastError();
            std::string target = host + ":" + std::to_string(port);
            if (!session.isConnected()) {
                error = { RemoteErrorCode::ConnectionLost, session.host() + ": " + message };
            } else if (forwardingProhibited(message)) {
                error = { RemoteErrorCode::ForwardingRefused,
                          session.host() + " refused to forward to " + target + " (" + message + ")" };
            } else {
                error = { RemoteErrorCode::ConnectionFailed,
                          session.host() + " could not reach " + target + " (" + message + ")" };
            }
            return nullptr;
        }
        if ((error = session.waitForIo(deadline))) {
            return nullptr;
        }
    }
    std::string message;
    if (!tunnel->m_sockets.create(message)) {
        error = { RemoteErrorCode::ConnectionFailed, message };
        return nullptr;
    }
    tunnel->m_running = true;
    // From here on only the pump thread touches the bastion session.
    tunnel->m_thread = std::thread(&JumpTunnel::pump, tunnel.get());
    return tunnel;
}

JumpTunnel::~JumpTunnel()
{
    m_stop = true;
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void JumpTunnel::pump()
{
    ssh_session session = m_bastion->handle();
    ssh_channel channel = m_channel.get();
    int fd = m_sockets.first();

    // socket -> channel: libssh's connector. channel -> socket is done below
    // instead of by a second connector, because a connector closes its output
    // fd at channel EOF and the descriptor would then be closed twice.
    EventPtr event(ssh_event_new());
    ConnectorPtr toChannel(ssh_connector_new(session));
    if (event && toChannel) {
        ssh_connector_set_out_channel(toChannel.get(), channel, SSH_CONNECTOR_STDINOUT);
        ssh_connector_set_in_fd(toChannel.get(), fd);
        ssh_event_add_connector(event.get(), toChannel.get());
    }

    std::array<char, 16 * 1024> buffer {};
    std::string pending;
    bool ok = event && toChannel;
    while (ok && !m_stop.load()) {
        if (ssh_event_dopoll(event.get(), 20) == SSH_ERROR) {
            break;
        }
        for (;;) {
            if (pending.empty()) {
                int n = ssh_channel_read_nonblocking(channel, buffer.data(), buffer.size(), 0);
                if (n > 0) {
                    pending.assign(buffer.data(), static_cast<std::size_t>(n));
                } else {
                    ok = n == 0 && !ssh_channel_is_eof(channel);
                    break;
                }
            }
            long written = m_sockets.sendFirst(pending.data(), pending.size());
            if (written > 0) {
                pending.erase(0, static_cast<std::size_t>(written));
            } else {
                ok = written == 0;
                break; // the inner session is not reading yet: try again next round
            }
        }
        if (!ssh_channel_is_open(channel) || !m_bastion->isConnected()) {
            break;
        }
    }

    if (event && toChannel) {
        ssh_event_remove_connector(event.get(), toChannel.get());
    }
    toChannel.reset();
    event.reset();
    // The inner session sees EOF now, so it fails fast instead of waiting.
    m_sockets.closeFirst();
    if (ssh_channel_is_open(channel) && m_bastion->isConnected()) {
        ssh_channel_close(channel);
        ssh_blocking_flush(session, 1000);
    }
    m_channel.reset();
    m_bastion.reset();
    m_running = false;
}

} // namespace natdoctor::remote
