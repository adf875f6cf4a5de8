#include "probes/LiveCapture.h"

#include "analysis/CaptureAnalyzer.h"
#include "capture/CaptureReader.h"
#include "remote/CaptureFilter.h"
#include "remote/ShellQuote.h"
#include "remote/Validation.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <fcntl.h>
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

} // namespace

remote::RemoteError liveCaptureArgv(const LiveCaptureSpec& spec, std::vector<std::string>& argv)
{
    if (auto e = remote::validateInterface(spec.interface))
        return e;
    if (spec.snaplen < 96 || spec.snaplen > 262144)
        return { remote::RemoteErrorCode::InvalidInput, "snapshot length must be 96..262144" };
    std::string filter;
    if (auto e = remote::buildCaptureFilter(spec.destination, spec.port, filter))
        return e;
    if (auto e = remote::checkCaptureFilter(filter))
        return e;
    // LC_ALL=C keeps sudo's "a password is required" recognisable; -U and
    // --immediate-mode hand over every packet at once, so none is left in the
    // kernel ring when the capture stops.
    argv = { "env", "LC_ALL=C", "sudo", "-n", "tcpdump", "-U", "--immediate-mode", "-n", "-i", spec.interface, "-s",
        std::to_string(spec.snaplen), "-w", "-", "--", filter };
    return {};
}

LiveCaptureResult runLiveCapture(remote::SshSession& session, const LiveCaptureSpec& spec,
    const std::atomic_bool& stop, const std::function<void(const LiveCaptureProgress&)>& progress)
{
    LiveCaptureResult result;
    std::vector<std::string> argv;
    if ((result.error = liveCaptureArgv(spec, argv)))
        return result;
    result.command = remote::commandLine(argv).value_or(std::string());

    // Preflight: may this user run exactly this command without a password?
    // ("sudo -n -l CMD" answers 0 if so.) Asking first gives a clear finding
    // instead of a capture that never starts.
    std::vector<std::string> check { "env", "LC_ALL=C", "sudo", "-n", "-l" };
    check.insert(check.end(), argv.begin() + 4, argv.end()); // from "tcpdump" on
    remote::CommandOptions checkOptions;
    checkOptions.timeout = std::chrono::seconds(15);
    checkOptions.cancel = &stop;
    const remote::CommandResult allowed = remote::RemoteCommand::run(session, check, checkOptions);
    if (allowed.error.code == remote::RemoteErrorCode::ConnectionLost
        || allowed.error.code == remote::RemoteErrorCode::ConnectionFailed) {
        result.error = allowed.error;
        return result;
    }
    if (allowed.exitStatus != 0) {
        result.error = { remote::RemoteErrorCode::SudoNeedsPassword,
            "sudo -n -l refused the capture command: " + allowed.err.substr(0, 300) };
        return result;
    }

    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        result.error = { remote::RemoteErrorCode::ChannelFailed, "cannot create a pipe" };
        return result;
    }
    std::unique_ptr<FILE, FileCloser> save;
    if (!spec.savePath.empty()) {
        save.reset(std::fopen(spec.savePath.c_str(), "wb"));
        if (!save)
            result.saveError = spec.savePath + ": " + std::strerror(errno);
    }

    // The analysis thread reads the pipe through libpcap, like a file.
    std::atomic_bool enough { false };
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
        result.summary = analyzer.finish(next, next == capture::CaptureReader::Next::End ? std::string()
                                                                                         : reader->error().detail);
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
    const int writeFd = fds[1];
    bool analysisGone = false;
    result.stream = remote::RemoteCommand::stream(session, argv, [&](const char* data, size_t size) {
        if (save && std::fwrite(data, 1, size, save.get()) != size && result.saveError.empty())
            result.saveError = spec.savePath + ": write failed";
        if (!analysisGone && !writeAll(writeFd, data, size))
            analysisGone = true;
        return !enough.load();
    }, options);
    ::close(writeFd);
    analysis.join();

    result.error = result.stream.error;
    if (result.stream.error.code == remote::RemoteErrorCode::Cancelled)
        result.error = {}; // our own stop: not an error
    if (!result.error && result.stream.bytes == 0) {
        const std::string& err = result.stream.err;
        if (err.find("a password is required") != std::string::npos)
            result.error = { remote::RemoteErrorCode::SudoNeedsPassword, "sudo -n tcpdump: " + err };
        else if (err.find("command not found") != std::string::npos || result.stream.exitStatus == 127)
            result.error = { remote::RemoteErrorCode::CommandMissing, "tcpdump is not installed: " + err };
        else
            result.error = { remote::RemoteErrorCode::ChannelFailed,
                "tcpdump sent no capture (exit " + std::to_string(result.stream.exitStatus) + "): " + err };
    }
    return result;
}

} // namespace natdoctor::probes
