#pragma once

#include "analysis/CaptureSummary.h"
#include "remote/CommandRunner.h"
#include "remote/RemoteCommand.h"
#include "remote/RemoteError.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace natdoctor::probes {

// A capture on a remote host, streamed live into the capture engine:
//   env LC_ALL=C sudo -n /usr/sbin/tcpdump -U --immediate-mode -n -i IF -s 256 -w - -- FILTER
// with the filter of DESIGN.md §1 (trailing fragments and ICMP included). The
// tcpdump path is resolved on the host, and the argv comes from SudoersLines,
// like the sudoers line suggested when sudo refuses it and the `sudo -n -l`
// preflight: natdoctor runs exactly what the line allows. On the host the
// stop wrapper ends tcpdump within 20 s of natdoctor's heartbeats stopping
// and after maxDuration + 60 s at the latest.
struct LiveCaptureSpec
{
    std::string destination; // an IP literal (resolve names first)
    std::vector<std::string> moreDestinations; // the destination's other addresses (same family)
    uint16_t port = 80;
    std::string interface = "any";
    int snaplen = 256;
    std::chrono::milliseconds maxDuration { 30000 };
    uint64_t maxPackets = 0; // 0: no limit
    std::string savePath; // also write the raw pcap here (optional)
    std::string user; // the remote user, for the suggested sudoers line
    std::string tcpdumpPath; // empty: resolved on the host (command -v, sbin directories)
    // Called once, from the capturing thread, when the capture is proven
    // listening: the pcap header arrived and tcpdump said "listening on"
    // (it does after attaching the filter). Start the trigger then.
    std::function<void()> onListening;
};

struct LiveCaptureProgress
{
    uint64_t packets = 0;
    uint64_t fragments = 0;
    uint64_t bytes = 0;
    std::vector<analysis::SizeBin> fragmentSizes; // histogram so far
};

struct LiveCaptureResult
{
    remote::RemoteError error; // connection, sudo, tcpdump failures
    remote::StreamResult stream;
    analysis::CaptureSummary summary; // what arrived, even after an error
    bool analysed = false; // a pcap header arrived and was read
    std::string command; // exactly what ran, for the evidence
    std::string saveError; // why savePath could not be written
    bool listening = false; // proven listening (see LiveCaptureSpec::onListening)
    // tcpdump's closing statistics ("N packets captured", "N packets received
    // by filter", "N packets dropped by kernel"); statsSeen false: it printed
    // none (killed, cut connection).
    bool statsSeen = false;
    uint64_t packetsCaptured = 0;
    uint64_t packetsReceivedByFilter = 0;
    uint64_t kernelDrops = 0;
    // With SudoNeedsPassword: the line that allows exactly this capture, and
    // the command to run by hand instead (writes a file, not the terminal).
    std::string sudoersLine;
    std::string byHandCommand;
};

// The file a person's capture writes (the by-hand command, manual mode).
constexpr const char* CaptureFileName = "natdoctor.pcap";

// Parses tcpdump's closing statistics from its stderr into `result`.
void parseTcpdumpStats(const std::string& err, LiveCaptureResult& result);

// The tcpdump argv run as root (tcpdumpCommand() of SudoersLines: the path,
// no sudo, no stop wrapper). Fails with InvalidInput if a part does not
// validate, the path is not absolute, or the filter does not compile locally.
remote::RemoteError liveCaptureCommand(const LiveCaptureSpec& spec, const std::string& tcpdumpPath,
                                       std::vector<std::string>& command);

// Runs the capture until `stop` is set, maxDuration passes, maxPackets are
// read, or `cancel` is set. Blocks: call it from the thread that owns
// `runner`. `progress` is called from an internal analysis thread, at most
// every 100 ms.
LiveCaptureResult runLiveCapture(remote::CommandRunner& runner, const LiveCaptureSpec& spec,
                                 const std::atomic_bool& stop,
                                 const std::function<void(const LiveCaptureProgress&)>& progress = {});

} // namespace natdoctor::probes
