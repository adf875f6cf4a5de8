#include "remote/RemoteError.h"

namespace natdoctor::remote {

const char* codeName(RemoteErrorCode code)
{
    switch (code) {
    case RemoteErrorCode::None:
        return "none";
    case RemoteErrorCode::InvalidInput:
        return "invalid-input";
    case RemoteErrorCode::ConnectionFailed:
        return "connection-failed";
    case RemoteErrorCode::ConnectionLost:
        return "connection-lost";
    case RemoteErrorCode::Timeout:
        return "timeout";
    case RemoteErrorCode::Cancelled:
        return "cancelled";
    case RemoteErrorCode::HostKeyUnknown:
        return "host-key-unknown";
    case RemoteErrorCode::HostKeyRejected:
        return "host-key-rejected";
    case RemoteErrorCode::HostKeyChanged:
        return "host-key-changed";
    case RemoteErrorCode::KnownHostsError:
        return "known-hosts-error";
    case RemoteErrorCode::AuthFailed:
        return "auth-failed";
    case RemoteErrorCode::ChannelFailed:
        return "channel-failed";
    case RemoteErrorCode::ForwardingRefused:
        return "forwarding-refused";
    case RemoteErrorCode::SudoNeedsPassword:
        return "sudo-needs-password";
    case RemoteErrorCode::CommandMissing:
        return "command-missing";
    }
    return "unknown";
}

static const char* summary(RemoteErrorCode code)
{
    switch (code) {
    case RemoteErrorCode::None:
        return "no error";
    case RemoteErrorCode::InvalidInput:
        return "invalid input";
    case RemoteErrorCode::ConnectionFailed:
        return "could not connect";
    case RemoteErrorCode::ConnectionLost:
        return "the connection was lost; data collected so far was kept";
    case RemoteErrorCode::Timeout:
        return "the operation timed out";
    case RemoteErrorCode::Cancelled:
        return "cancelled";
    case RemoteErrorCode::HostKeyUnknown:
        return "the host key is not known; confirm its fingerprint first";
    case RemoteErrorCode::HostKeyRejected:
        return "the host key was not accepted";
    case RemoteErrorCode::HostKeyChanged:
        return "WARNING: the host key has changed (possible man-in-the-middle attack); not connecting";
    case RemoteErrorCode::KnownHostsError:
        return "known_hosts could not be used";
    case RemoteErrorCode::AuthFailed:
        return "authentication failed";
    case RemoteErrorCode::ChannelFailed:
        return "the server refused to run the command";
    case RemoteErrorCode::ForwardingRefused:
        return "the jump host refused TCP forwarding (AllowTcpForwarding is probably off)";
    case RemoteErrorCode::SudoNeedsPassword:
        return "sudo needs a password for this command";
    case RemoteErrorCode::CommandMissing:
        return "a required command is missing on the host";
    }
    return "unknown error";
}

RemoteErrorCode codeFromName(std::string_view name)
{
    for (int c = static_cast<int>(RemoteErrorCode::None);
         c <= static_cast<int>(RemoteErrorCode::CommandMissing); ++c) {
        if (name == codeName(static_cast<RemoteErrorCode>(c)))
            return static_cast<RemoteErrorCode>(c);
    }
    return RemoteErrorCode::None;
}

std::string describe(const RemoteError& error)
{
    std::string text = summary(error.code);
    if (!error.detail.empty()) {
        text += ": ";
        text += error.detail;
    }
    return text;
}

} // namespace natdoctor::remote
