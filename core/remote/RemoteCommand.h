#pragma once

#include "remote/RemoteError.h"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace natdoctor::remote {

class CommandRunner;
class SshSession;

struct CommandOptions
{
    std::chrono::milliseconds timeout { 30000 }; // whole command; <= 0: none
    const std::atomic_bool* cancel = nullptr;
    std::size_t maxStdout = 4u << 20; // bytes kept; the rest is read and dropped
    std::size_t maxStderr = 64u << 10;
};

struct CommandResult
{
    // None when the command ran to completion, whatever its exit status.
    // Timeout, Cancelled and ConnectionLost keep the output read so far.
    // CommandMissing (exit 127) and SudoNeedsPassword ("sudo -n" refused) are
    // recognised from the status and stderr.
    RemoteError error;
    int exitStatus = -1; // -1: none reported (killed by a signal, or cut short)
    std::string out;
    std::string err;
    bool outTruncated = false;
    bool errTruncated = false;
};

// Returns false to stop the command (the bytes given are still counted).
using OutputSink = std::function<bool(const char* data, std::size_t size)>;

struct StreamOptions
{
    std::chrono::milliseconds maxDuration { 0 }; // normal stop after this long; <= 0: none
    const std::atomic_bool* cancel = nullptr;
    std::size_t maxStderr = 64u << 10;
    std::chrono::milliseconds stopGrace { 3000 }; // wait this long for output after TERM
    // Stderr as it arrives (besides StreamResult::err), e.g. tcpdump's
    // "listening on". Its return value is ignored.
    OutputSink errSink;
    // The host side ends the command by itself when natdoctor's heartbeats
    // stop for this long (a silently cut link) ...
    std::chrono::seconds hostSilenceLimit { 20 };
    // ... or after maxDuration plus this, whatever happens (maxDuration <= 0:
    // after hostMaxDuration).
    std::chrono::seconds hostMaxExtra { 60 };
    std::chrono::seconds hostMaxDuration { 3600 };
};

struct StreamResult
{
    enum class Stop {
        Exited, // the command ended by itself
        Sink, // the sink returned false
        Duration, // maxDuration reached
        Cancelled,
    };
    // ConnectionLost keeps what the sink already got; a command that ended
    // by itself is classified like run()'s (CommandMissing, SudoNeedsPassword).
    RemoteError error;
    Stop stoppedBy = Stop::Exited;
    int exitStatus = -1;
    std::uint64_t bytes = 0; // stdout bytes handed to the sink
    std::string err;
    bool errTruncated = false;
};

// Runs commands over an SshSession (same thread as the session). Commands
// are argv vectors: each element is quoted by commandLine(), so a value is
// always one literal word on the remote side.
class RemoteCommand
{
public:
    // Runs under wrapStopWhenStdinCloses() with stdin from /dev/null, so the
    // command cannot outlive the channel. On timeout or cancel it gets TERM
    // and the channel is closed; the output read so far is kept.
    static CommandResult run(SshSession& session, const std::vector<std::string>& argv,
                             const CommandOptions& options = {});

    // Runs `script` with /bin/sh -c, `args` as $1, $2, ... Only for script
    // text written in natdoctor's source: user values go in `args`.
    static CommandResult runScript(SshSession& session, const std::string& script,
                                   const std::vector<std::string>& args, const CommandOptions& options = {});
    // The same on any CommandRunner (an SSH connection, or a test's fake).
    static CommandResult runScript(CommandRunner& runner, const std::string& script,
                                   const std::vector<std::string>& args, const CommandOptions& options = {});

    // Streams stdout to `sink` as it arrives (e.g. `sudo tcpdump -w -`). The
    // command runs under wrapStopWhenStdinCloses(), so it also ends when the
    // channel closes or the connection drops. To stop it we send TERM, then
    // EOF, and hand over whatever it still writes within stopGrace.
    static StreamResult stream(SshSession& session, const std::vector<std::string>& argv,
                               const OutputSink& sink, const StreamOptions& options = {});
};

} // namespace natdoctor::remote
