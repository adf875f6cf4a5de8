#pragma once

#include "analysis/CaptureSummary.h"
#include "probes/ConnectionProbe.h"
#include "probes/KernelProbe.h"

#include <optional>
#include <string>

namespace natdoctor::diagnosis {

// What the fragmentation check (capture on the public host while a trigger
// makes the destination send a large response) found.
struct FragmentationCheckResult
{
    analysis::CaptureSummary capture;
    std::optional<probes::ConnectionProbeResult> trigger; // for http/tcp triggers
    uint64_t largestResponseBytes = 0; // as the trigger saw it
};

// The remote server's kernel, read before and after the connection test.
struct RemoteServerResult
{
    probes::KernelSnapshot before;
    std::optional<probes::KernelSnapshot> after;
};

// The "no remote access" test on a private instance: the same connection
// probe with tcp_timestamps as it was, then with tcp_timestamps=0.
struct TimestampTestResult
{
    probes::ConnectionProbeResult baseline;
    probes::ConnectionProbeResult withoutTimestamps;
    long long originalValue = 1;
    bool restored = false; // read back equal to originalValue afterwards
    std::string restoreDetail; // how it was restored, or why it was not
    int blocks = 2; // phases alternated in this many blocks (on, off, on, off, ...)
    bool interrupted = false; // a phase was cut (link drop, cancel): never compared
};

// A privileged command could not run because sudo wants a password.
struct SudoProblem
{
    std::string host;
    std::string command; // what to run by hand
    std::string sudoersLine; // what would allow natdoctor to run it
};

} // namespace natdoctor::diagnosis
