#pragma once

#include "analysis/CaptureSummary.h"
#include "remote/RemoteCommand.h"
#include "remote/RemoteError.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace natdoctor::remote {
class SshSession;
}

namespace natdoctor::probes {

// A capture on a remote host, streamed live into the capture engine:
//   env LC_ALL=C sudo -n tcpdump -U --immediate-mode -i IF -s 256 -w - -- FILTER
// with the filter of DESIGN.md §1 (trailing fragments and ICMP included).
struct LiveCaptureSpec
{
    std::string destination; // an IP literal (resolve names first)
    uint16_t port = 80;
    std::string interface = "any";
    int snaplen = 256;
    std::chrono::milliseconds maxDuration { 30000 };
    uint64_t maxPackets = 0; // 0: no limit
    std::string savePath; // also write the raw pcap here (optional)
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
};

// The tcpdump argv (without the stop wrapper, which RemoteCommand::stream adds).
// Fails with InvalidInput if a part does not validate or the filter does not
// compile locally.
remote::RemoteError liveCaptureArgv(const LiveCaptureSpec& spec, std::vector<std::string>& argv);

// Runs the capture until `stop` is set, maxDuration passes, maxPackets are
// read, or `cancel` is set. Blocks: call it from the thread that owns
// `session`. `progress` is called from an internal analysis thread, at most
// every 100 ms.
LiveCaptureResult runLiveCapture(remote::SshSession& session, const LiveCaptureSpec& spec,
    const std::atomic_bool& stop, const std::function<void(const LiveCaptureProgress&)>& progress = {});

} // namespace natdoctor::probes
