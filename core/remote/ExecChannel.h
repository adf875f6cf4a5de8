#pragma once

#include "remote/Deadline.h"
#include "remote/RemoteError.h"
#include "remote/SshHandles.h"

#include <cstddef>
#include <string>

namespace natdoctor::remote {

class SshSession;

// One "exec" channel on a non-blocking session: open, read both streams
// without blocking, stop, collect the exit status, close. Used by
// RemoteCommand; same threading rule as the session.
class ExecChannel
{
public:
    enum class Read {
        Data, // `count` bytes were read
        Nothing, // nothing available right now
        End, // that stream reached EOF
        Failed, // error() says why
    };

    explicit ExecChannel(SshSession& session);
    ExecChannel(const ExecChannel&) = delete;
    ExecChannel& operator=(const ExecChannel&) = delete;
    ~ExecChannel();

    RemoteError start(const std::string& commandLine, const Deadline& deadline);
    Read read(bool fromStderr, char* buffer, std::size_t size, std::size_t& count);
    void sendEof();
    // One line on the command's stdin: the stop wrapper's watchdog takes it
    // as "natdoctor is still there". Never blocks: dropped if it cannot go.
    void heartbeat();
    // A signal request ("TERM", "INT", ...). libssh only queues it: it is
    // flushed here, or it would not reach the server until the next write.
    void sendSignal(const char* name);
    // TERM to the remote command (only sent once flushed, hence the flush),
    // then EOF on its stdin, which ends commands under the stop wrapper.
    void requestStop();
    // The exit status once the server sent it; -1 if the channel closed
    // without one (killed by a signal) or the deadline passed first.
    int waitExitStatus(const Deadline& deadline);
    void close();

    const RemoteError& error() const { return m_error; }

private:
    RemoteError failure(const char* what);

    SshSession& m_session;
    ChannelPtr m_channel;
    RemoteError m_error;
};

} // namespace natdoctor::remote
