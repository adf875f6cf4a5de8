#pragma once

#include "remote/Deadline.h"
#include "remote/RemoteError.h"
#include "remote/SshOptions.h"

#include <string>

namespace natdoctor::remote {

class SshSession;

// User authentication, in this order: the agent (only when SSH_AUTH_SOCK is
// set), key files (public half offered first, so passphrases are asked only
// for keys the server would accept), then password or keyboard-interactive
// through the password callback. Secrets are wiped right after use.
class SshAuthenticator
{
public:
    // The deadline restarts after every question to the user: time spent
    // typing a password must not count against the network timeout.
    SshAuthenticator(SshSession& session, const SshOptions& options);

    RemoteError run();

private:
    // Repeats a non-blocking libssh auth call until it stops saying AGAIN.
    template <typename Call> int repeat(Call call, RemoteError& error);

    bool tryAgent(RemoteError& error);
    bool tryKeyFile(const std::string& path, RemoteError& error);
    bool tryPassword(RemoteError& error);
    bool tryKeyboardInteractive(RemoteError& error);
    RemoteError failure() const;
    std::string userAtHost() const;
    void restartDeadline() { m_deadline = Deadline(m_options.timeout, m_options.cancel); }

    SshSession& m_session;
    const SshOptions& m_options;
    Deadline m_deadline;
    std::string m_tried; // methods tried, for the error message
};

} // namespace natdoctor::remote
