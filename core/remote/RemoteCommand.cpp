#include "remote/RemoteCommand.h"

#include "remote/Deadline.h"
#include "remote/ExecChannel.h"
#include "remote/ShellQuote.h"
#include "remote/SshSession.h"
#include "remote/StopWrapper.h"

#include <array>

namespace natdoctor::remote {

namespace {

constexpr std::size_t kChunk = 32 * 1024;

void appendCapped(std::string& target, const char* data, std::size_t size, std::size_t cap, bool& truncated)
{
    std::size_t room = target.size() < cap ? cap - target.size() : 0;
    if (size > room) {
        truncated = true;
        size = room;
    }
    target.append(data, size);
}

// Exit 127 is the shell's "not found"; sudo -n says why it refused.
void classify(RemoteError& error, int exitStatus, const std::string& err, const std::string& program)
{
    if (error) {
        return;
    }
    if (exitStatus == 1 && err.find("sudo: a password is required") != std::string::npos) {
        error = { RemoteErrorCode::SudoNeedsPassword, err.substr(0, err.find('\n')) };
    } else if (exitStatus == 127) {
        error = { RemoteErrorCode::CommandMissing, program };
    }
}

std::string toLine(const std::vector<std::string>& argv, RemoteError& error)
{
    // The program name is never user input, but a leading '-' would be read
    // as an option by setsid in the wrapper: refuse rather than guess.
    if (!argv.empty() && (argv.front().empty() || argv.front().front() == '-')) {
        error = { RemoteErrorCode::InvalidInput, "not a program name: " + argv.front().substr(0, 40) };
        return {};
    }
    auto line = commandLine(argv);
    if (!line) {
        error = { RemoteErrorCode::InvalidInput, "empty command or a NUL byte in an argument" };
        return {};
    }
    return *line;
}

// The command line to send: argv checked, then wrapped so the command also
// dies with the channel or the connection (its stdin is /dev/null; ours stays
// open until we are done).
std::string wrappedLine(const std::vector<std::string>& argv, RemoteError& error, int silenceSeconds = 0,
                        int maxSeconds = 0)
{
    toLine(argv, error);
    return error ? std::string() : toLine(wrapStopWhenStdinCloses(argv, silenceSeconds, maxSeconds), error);
}

enum class Pass {
    Progressed, // some data arrived
    Idle, // nothing to read right now
    Failed, // the channel failed; channel.error() says why
};

// One non-blocking pass over both streams: data goes to
// onData(fromStderr, data, size); a stream at its end is marked done.
template <typename OnData>
Pass readAvailable(ExecChannel& channel, std::array<char, kChunk>& buffer, bool& outDone, bool& errDone,
                   OnData onData)
{
    bool progressed = false;
    for (bool fromStderr : { false, true }) {
        bool& done = fromStderr ? errDone : outDone;
        if (done) {
            continue;
        }
        std::size_t count = 0;
        switch (channel.read(fromStderr, buffer.data(), buffer.size(), count)) {
        case ExecChannel::Read::Data:
            progressed = true;
            onData(fromStderr, buffer.data(), count);
            break;
        case ExecChannel::Read::End:
            done = true;
            break;
        case ExecChannel::Read::Nothing:
            break;
        case ExecChannel::Read::Failed:
            return Pass::Failed;
        }
    }
    return progressed ? Pass::Progressed : Pass::Idle;
}

} // namespace

CommandResult RemoteCommand::run(SshSession& session, const std::vector<std::string>& argv,
                                 const CommandOptions& options)
{
    CommandResult result;
    const std::string line = wrappedLine(argv, result.error);
    if (result.error) {
        return result;
    }
    Deadline deadline(options.timeout, options.cancel);
    ExecChannel channel(session);
    if ((result.error = channel.start(line, deadline))) {
        return result;
    }

    std::array<char, kChunk> buffer {};
    bool outDone = false;
    bool errDone = false;
    while (!outDone || !errDone) {
        const Pass pass = readAvailable(
            channel, buffer, outDone, errDone, [&](bool fromStderr, const char* data, std::size_t count) {
                if (fromStderr) {
                    appendCapped(result.err, data, count, options.maxStderr, result.errTruncated);
                } else {
                    appendCapped(result.out, data, count, options.maxStdout, result.outTruncated);
                }
            });
        if (pass == Pass::Failed) {
            result.error = channel.error();
            return result;
        }
        if (pass == Pass::Idle && (!outDone || !errDone)) {
            if (auto error = session.waitForIo(deadline)) {
                channel.requestStop();
                result.error = error;
                if (error.code == RemoteErrorCode::Timeout) {
                    result.error.detail = "after " + std::to_string(options.timeout.count()) + " ms";
                }
                return result;
            }
        }
    }
    result.exitStatus = channel.waitExitStatus(deadline);
    if (!session.isConnected() && result.exitStatus == -1) {
        result.error = { RemoteErrorCode::ConnectionLost, session.host() + ": " + session.lastError() };
    }
    classify(result.error, result.exitStatus, result.err, argv.front());
    return result;
}

CommandResult RemoteCommand::runScript(SshSession& session, const std::string& script,
                                       const std::vector<std::string>& args, const CommandOptions& options)
{
    std::vector<std::string> argv { "/bin/sh", "-c", script, "natdoctor" };
    argv.insert(argv.end(), args.begin(), args.end());
    return run(session, argv, options);
}

StreamResult RemoteCommand::stream(SshSession& session, const std::vector<std::string>& argv,
                                   const OutputSink& sink, const StreamOptions& options)
{
    StreamResult result;
    const auto seconds
        = [](auto d) { return static_cast<int>(std::chrono::ceil<std::chrono::seconds>(d).count()); };
    const int hostMax = options.maxDuration.count() > 0
        ? seconds(options.maxDuration + options.stopGrace) + static_cast<int>(options.hostMaxExtra.count())
        : static_cast<int>(options.hostMaxDuration.count());
    const std::string line
        = wrappedLine(argv, result.error, static_cast<int>(options.hostSilenceLimit.count()), hostMax);
    if (result.error) {
        return result;
    }
    Deadline forever(std::chrono::milliseconds(0), nullptr);
    Deadline duration(options.maxDuration, nullptr);
    ExecChannel channel(session);
    if ((result.error = channel.start(line, Deadline(std::chrono::milliseconds(30000), options.cancel)))) {
        return result;
    }

    std::array<char, kChunk> buffer {};
    bool outDone = false;
    bool errDone = false;
    bool stopping = false;
    bool sinkOpen = true;
    Deadline grace(std::chrono::milliseconds(0));
    auto nextBeat = std::chrono::steady_clock::now();
    auto stop = [&](StreamResult::Stop why) {
        result.stoppedBy = why;
        stopping = true;
        grace = Deadline(options.stopGrace);
        channel.requestStop();
    };
    while (!outDone || !errDone) {
        const Pass pass = readAvailable(
            channel, buffer, outDone, errDone, [&](bool fromStderr, const char* data, std::size_t count) {
                if (fromStderr) {
                    appendCapped(result.err, data, count, options.maxStderr, result.errTruncated);
                    if (options.errSink) {
                        options.errSink(data, count);
                    }
                } else if (sinkOpen) {
                    result.bytes += count;
                    if (!sink(data, count)) {
                        sinkOpen = false;
                        if (!stopping) {
                            stop(StreamResult::Stop::Sink);
                        }
                    }
                }
            });
        if (pass == Pass::Failed) {
            result.error = channel.error();
            return result;
        }
        if (!stopping && options.cancel != nullptr && options.cancel->load()) {
            stop(StreamResult::Stop::Cancelled);
            result.error = { RemoteErrorCode::Cancelled, {} };
        } else if (!stopping && duration.expired()) {
            stop(StreamResult::Stop::Duration);
        }
        if (stopping && grace.expired()) {
            break; // it did not end in time: closing the channel ends the wrapper
        }
        if (!stopping && std::chrono::steady_clock::now() >= nextBeat) {
            channel.heartbeat();
            nextBeat = std::chrono::steady_clock::now() + std::chrono::seconds(HeartbeatSeconds);
        }
        if (pass == Pass::Idle && (!outDone || !errDone)) {
            session.waitForIo(stopping ? grace : forever);
        }
    }
    result.exitStatus = channel.waitExitStatus(stopping ? grace : Deadline(std::chrono::milliseconds(2000)));
    if (!session.isConnected() && result.exitStatus == -1 && !result.error) {
        result.error = { RemoteErrorCode::ConnectionLost, session.host() + ": " + session.lastError() };
    }
    if (result.stoppedBy == StreamResult::Stop::Exited) {
        classify(result.error, result.exitStatus, result.err, argv.front());
    }
    return result;
}

} // namespace natdoctor::remote
