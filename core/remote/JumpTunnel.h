#pragma once

#include "remote/RemoteError.h"
#include "remote/SocketPair.h"
#include "remote/SshHandles.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <thread>

namespace natdoctor::remote {

class SshSession;

// Reaches a private host through a bastion without running any local
// program: a direct-tcpip channel on the bastion (ssh_channel_open_forward)
// bridged to a socketpair whose other end becomes the inner session's
// SSH_OPTIONS_FD (see SshSession::connect(tunnel, ...)).
//
// libssh sessions are single-threaded, so once open() returns, the bastion
// session belongs to the tunnel's pump thread and nobody else touches it.
// The inner session owns the tunnel and destroys it after itself.
class JumpTunnel
{
public:
    // `bastion` must be connected and authenticated. Port 0 means 22 (an
    // ssh_config Port for the inner host is not looked up here). Fails with
    // ForwardingRefused when the bastion does not allow TCP forwarding
    // (AllowTcpForwarding no), ConnectionFailed when it cannot reach the host.
    static std::unique_ptr<JumpTunnel> open(std::unique_ptr<SshSession> bastion, const std::string& host,
                                            uint16_t port, std::chrono::milliseconds timeout,
                                            const std::atomic_bool* cancel, RemoteError& error);

    JumpTunnel(const JumpTunnel&) = delete;
    JumpTunnel& operator=(const JumpTunnel&) = delete;
    ~JumpTunnel(); // stops the pump, closes the channel, disconnects the bastion

    // The inner session's end of the socketpair; the caller owns it then.
    int releaseInnerFd() { return m_sockets.releaseSecond(); }
    // False once the bastion connection or the forwarded channel ended.
    bool isRunning() const { return m_running.load(); }

private:
    JumpTunnel() = default;
    void pump();

    std::unique_ptr<SshSession> m_bastion;
    ChannelPtr m_channel;
    SocketPair m_sockets; // first: the pump's end, second: the inner session's
    std::atomic_bool m_stop { false };
    std::atomic_bool m_running { false };
    std::thread m_thread;
};

} // namespace natdoctor::remote
