#pragma once

#include <string>
#include <string_view>

namespace natdoctor::remote {

// Why a remote operation failed. The ui maps the code to translated text;
// describe() gives the English one-liner for the command line.
enum class RemoteErrorCode {
    None,
    InvalidInput, // a value failed validation before anything was sent
    ConnectionFailed, // could not reach or handshake with the host
    ConnectionLost, // the connection dropped after it was up
    Timeout,
    Cancelled,
    HostKeyUnknown, // unknown key and no one was asked (no prompt callback)
    HostKeyRejected, // the user declined an unknown key
    HostKeyChanged, // the key differs from known_hosts: possible attack
    KnownHostsError, // known_hosts could not be read or written
    AuthFailed,
    ChannelFailed, // the server refused a session channel or exec request
    ForwardingRefused, // the jump host does not allow TCP forwarding
    SudoNeedsPassword,
    CommandMissing, // the remote shell could not find the program (exit 127); keep it last
};

struct RemoteError
{
    RemoteErrorCode code = RemoteErrorCode::None;
    std::string detail; // host, file and line, libssh's message, ...

    explicit operator bool() const { return code != RemoteErrorCode::None; }
};

// Stable identifier for logs and JSON ("auth-failed", ...).
const char* codeName(RemoteErrorCode code);
// The code codeName() gives `name`; None for a name it does not give.
RemoteErrorCode codeFromName(std::string_view name);
std::string describe(const RemoteError& error);

} // namespace natdoctor::remote
