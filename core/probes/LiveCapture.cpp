#include "probes/LiveCapture.h"

#include "analysis/CaptureAnalyzer.h"
#include "capture/CaptureReader.h"
#include "probes/ProbeText.h"
#include "probes/SudoersLines.h"
#include "remote/CaptureFilter.h"
#include "remote/ShellQuote.h"
#include "remote/Validation.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace natdoctor::probes {

namespace {

// Writes all of `size` bytes to a pipe; false once the reader is gone.
bool writeAll(int fd, const char* data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= static_cast<size_t>(n);
    }
    return true;
}

struct FileCloser
{
    void operator()(FILE* f) const { std::fclose(f); }
};

std::vector<std::string> allDestinations(const LiveCaptureSpec& spec)
{
    std::vector<std::string> all { spec.destination };
    all.insert(all.end(), spec.moreDestinations.begin(), spec.moreDestinations.end());
    return all;
}

} // namespace

remote::RemoteError liveCaptureCommand(const LiveCaptureSpec& spec, const std::string& tcpdumpPath,
                                       std::vector<std::string>& command)
{
    if (tcpdumpPath.empty() || tcpdumpPath.front() != '/'
        || tcpdumpPath.find_first_of(" \t\n'\"\\") != std::string::npos)
        return { remote::RemoteErrorCode::CommandMissing,
                 "tcpdump is not installed (no absolute path found)" };
    if (auto e = remote::validateInterface(spec.interface))
        return e;
    if (spec.snaplen < 96 || spec.snaplen > 262144)
        return { remote::RemoteErrorCode::InvalidInput, "snapshot length must be 96..262144" };
    std::string filter;
    if (auto e = remote::buildCaptureFilter(allDestinations(spec), spec.port, filter))
        return e;
    if (auto e = remote::checkCaptureFilter(filter))
        return e;
    command = tcpdumpCommand(tcpdumpPath, spec.interface, spec.snaplen, filter);
    return {};
}

void parseTcpdumpStats(const std::string& err, LiveCaptureResult& result)
{
    for (const std::string_view line : splitLines(err)) {
        const std::string_view t = trim(line);
        const size_t space = t.find(' ');
        if (space == std::string_view::npos)
            continue;
        const auto n = parseUnsigned(t.substr(0, space));
        if (!n)
            continue;
        std::string_view rest = t.substr(space + 1);
        if (rest.starts_with("packets "))
            rest.remove_prefix(8);
        else if (rest.starts_with("packet "))
            rest.remove_prefix(7);
        else
            continue;
        if (rest == "captured") {
            result.packetsCaptured = *n;
            result.statsSeen = true;
        } else if (rest == "received by filter") {
            result.packetsReceivedByFilter = *n;
            result.statsSeen = true;
        } else if (rest == "dropped by kernel") {
            result.kernelDrops = *n;
            result.statsSeen = true;
        }
    }
}

LiveCaptureResult runLiveCapture(remote::CommandRunner& runner, const LiveCaptureSpec& spec,
                                 const std::atomic_bool& stop,
                                 const std::function<void(const LiveCaptureProgress&)>& progress)
{
    LiveCaptureResult result;
    remote::CommandOptions checkOptions;
    checkOptions.timeout = std::chrono::seconds(15);
    checkOptions.cancel = &stop;
    std::string tcpdumpPath = spec.tcpdumpPath;
    if (tcpdumpPath.empty()) {
        const auto tools = runner.run({ "/bin/sh", "-c", hostToolsScript(), "natdoctor" }, checkOptions);
        if (tools.error) {
            result.error = tools.error;
            return result;
        }
        tcpdumpPath = parseHostTools(tools.out).tcpdump;
    }
    std::vector<std::string> command;
    if ((result.error = liveCaptureCommand(spec, tcpdumpPath, command)))
        return result;
    const std::vector<std::string> argv = sudo(command);
    result.command = remote::commandLine(argv).value_or(std::string());

    // Preflight: may this user run exactly this command without a password?
    // ("sudo -n -l CMD" answers 0 if so.) Asking first gives a clear finding
    // instead of a capture that never starts.
    const remote::CommandResult allowed = runner.run(sudoCheck(command), checkOptions);
    if (allowed.error && allowed.error.code != remote::RemoteErrorCode::SudoNeedsPassword) {
        result.error = allowed.error;
        return result;
    }
    const auto explainSudo = [&] {
        result.sudoersLine = sudoersLine(spec.user, command);
        result.byHandCommand
            = byHand(tcpdumpToFile(command, CaptureFileName)); // a file, not pcap on the terminal
    };
    if (allowed.error || allowed.exitStatus != 0) {
        result.error = { remote::RemoteErrorCode::SudoNeedsPassword,
                         "sudo -n -l refused the capture command"
                             + (allowed.err.empty() ? std::string() : ": " + allowed.err.substr(0, 300)) };
        explainSudo();
        return result;
    }

    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        result.error = { remote::RemoteErrorCode::ChannelFailed, "cannot create a pipe" };
        return result;
    }
    // The copy goes to a temporary file next to savePath, renamed over it at
    // the end: never written through a symlink, never left half-written.
    std::unique_ptr<FILE, FileCloser> save;
    std::string saveTemp;
    if (!spec.savePath.empty()) {
        saveTemp = spec.savePath + ".XXXXXX";
        const int fd = ::mkstemp(saveTemp.data());
        if (fd >= 0)
            save.reset(::fdopen(fd, "wb"));
        if (!save) {
            result.saveError = spec.savePath + ": " + std::strerror(errno);
            if (fd >= 0)
                ::close(fd);
            if (fd >= 0)
                ::unlink(saveTemp.c_str());
        }
    }

    // The analysis thread reads the pipe through libpcap, like a file.
    std::atomic_bool enough { false };
    // Listening: the pcap header (24 bytes) arrived and tcpdump said so.
    bool headerSeen = false;
    uint64_t streamed = 0;
    bool listeningSaid = false;
    std::string errSoFar;
    const auto maybeListening = [&] {
        if (!result.listening && headerSeen && listeningSaid) {
            result.listening = true;
            if (spec.onListening)
                spec.onListening();
        }
    };
    std::thread analysis([&, readFd = fds[0]] {
        capture::CaptureError error;
        auto reader = capture::CaptureReader::openStream(readFd, error);
        if (!reader)
            return;
        analysis::CaptureAnalyzer analyzer(reader->linkType());
        capture::RawPacket raw;
        capture::CaptureReader::Next next;
        auto lastReport = std::chrono::steady_clock::now();
        LiveCaptureProgress p;
        while ((next = reader->next(raw)) == capture::CaptureReader::Next::Packet) {
            analyzer.add(raw);
            p.packets = analyzer.packets();
            p.bytes += raw.capturedLength + 16;
            if (spec.maxPackets && p.packets >= spec.maxPackets)
                enough = true;
            const auto now = std::chrono::steady_clock::now();
            if (progress && now - lastReport >= std::chrono::milliseconds(100)) {
                lastReport = now;
                p.fragments = analyzer.fragmentPackets();
                p.fragmentSizes = analyzer.fragmentSizes();
                progress(p);
            }
        }
        result.summary = analyzer.finish(
            next, next == capture::CaptureReader::Next::End ? std::string() : reader->error().detail);
        result.analysed = true;
        if (progress) {
            p.fragments = result.summary.fragments.packets;
            p.fragmentSizes = result.summary.fragments.sizes;
            progress(p);
        }
    });

    // A stop of ours and the user's cancel both end the stream; either way the
    // packets read so far are kept.
    remote::StreamOptions options;
    options.maxDuration = spec.maxDuration;
    options.cancel = &stop;
    options.errSink = [&](const char* data, size_t size) {
        if (!listeningSaid && errSoFar.size() < 64 * 1024) {
            errSoFar.append(data, size);
            listeningSaid = errSoFar.find("listening on") != std::string::npos;
            maybeListening();
        }
        return true;
    };
    const int writeFd = fds[1];
    bool analysisGone = false;
    result.stream = runner.stream(
        argv,
        [&](const char* data, size_t size) {
            streamed += size;
            if (!headerSeen && streamed >= 24) {
                headerSeen = true;
                maybeListening();
            }
            if (save && std::fwrite(data, 1, size, save.get()) != size && result.saveError.empty())
                result.saveError = spec.savePath + ": write failed";
            if (!analysisGone && !writeAll(writeFd, data, size))
                analysisGone = true;
            return !enough.load();
        },
        options);
    ::close(writeFd);
    analysis.join();
    if (save) {
        const bool flushed = std::fflush(save.get()) == 0 && ::fsync(::fileno(save.get())) == 0
            && ::fchmod(::fileno(save.get()), 0644) == 0;
        save.reset();
        if (flushed && result.saveError.empty() && ::rename(saveTemp.c_str(), spec.savePath.c_str()) != 0)
            result.saveError = spec.savePath + ": " + std::strerror(errno);
        if (!result.saveError.empty() || !flushed) {
            if (result.saveError.empty())
                result.saveError = spec.savePath + ": write failed";
            ::unlink(saveTemp.c_str());
        }
    }

    parseTcpdumpStats(result.stream.err, result);
    result.error = result.stream.error;
    if (result.stream.error.code == remote::RemoteErrorCode::Cancelled)
        result.error = {}; // our own stop: not an error
    if (!result.error && result.stream.bytes == 0) {
        const std::string& err = result.stream.err;
        if (err.find("a password is required") != std::string::npos) {
            result.error = { remote::RemoteErrorCode::SudoNeedsPassword, "sudo -n tcpdump: " + err };
            explainSudo();
        } else if (err.find("command not found") != std::string::npos || result.stream.exitStatus == 127)
            result.error = { remote::RemoteErrorCode::CommandMissing, "tcpdump is not installed: " + err };
        else
            result.error = { remote::RemoteErrorCode::ChannelFailed,
                             "tcpdump sent no capture (exit " + std::to_string(result.stream.exitStatus)
                                 + "): " + err };
    }
    return result;
}

} // namespace natdoctor::probes
