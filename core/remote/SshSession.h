#pragma once

#include "remote/Deadline.h"
#include "remote/RemoteError.h"
#include "remote/SshHandles.h"
#include "remote/SshOptions.h"

#include <memory>
#include <string>

namespace natdoctor::remote {

class JumpTunnel;

// One authenticated SSH connection (RAII over ssh_session), verified against
// known_hosts. The session runs non-blocking: every wait is sliced so that
// the deadline and the caller's cancel flag are honoured.
//
// Threading: libssh sessions are not thread-safe. A SshSession and every
// RemoteCommand on it must be used from one thread at a time (normally the
// worker thread that created it). Only the cancel flag is shared.
class SshSession
{
public:
    // Connects directly to options.host.
    static std::unique_ptr<SshSession> connect(const SshOptions& options, RemoteError& error);
    // Connects through an open jump tunnel (the session keeps it alive). The
    // inner host's key is checked under options.host, its own name.
    static std::unique_ptr<SshSession> connect(std::unique_ptr<JumpTunnel> tunnel, const SshOptions& options,
                                               RemoteError& error);

    SshSession(const SshSession&) = delete;
    SshSession& operator=(const SshSession&) = delete;
    ~SshSession();

    ssh_session handle() const { return m_session.get(); }
    const std::string& host() const { return m_host; }
    bool isConnected() const;

    // Blocks up to one slice until libssh has socket work to do. Returns
    // Cancelled or Timeout when the deadline says so, ConnectionLost if the
    // connection is gone.
    RemoteError waitForIo(const Deadline& deadline) const;

    // The last libssh error text of this session.
    std::string lastError() const;

private:
    SshSession();
    RemoteError open(const SshOptions& options, int fd);
    RemoteError applyOptions(const SshOptions& options, int fd);
    RemoteError handshake(const Deadline& deadline);
    void enableKeepAlive();

    std::unique_ptr<JumpTunnel> m_tunnel; // declared first: destroyed after the session
    SessionPtr m_session;
    std::string m_host;
};

} // namespace natdoctor::remote
