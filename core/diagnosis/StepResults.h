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
    std::optional<probes::ConnectionProbeResult> trigger; // for http/https/tcp triggers
    uint64_t largestResponseBytes = 0; // as the trigger saw it (not evidence of what was captured)
    std::vector<std::string> destinationAddresses; // what the public host resolved and tested
    std::vector<std::string> localAddresses; // the public host's own addresses
    bool listeningProven = false; // tcpdump said "listening on" before the trigger started
    uint64_t kernelDrops = 0; // tcpdump's "packets dropped by kernel"
};

// Whether the "public" host reaches the internet without a NAT: its own
// addresses (and IMDSv2's public-ipv4 on EC2) against what an echo service saw.
struct PublicHostCheck
{
    std::vector<std::string> ownAddresses; // interface addresses and IMDS public-ipv4
    std::string imdsPublicIpv4; // empty: not EC2, or no public IPv4
    std::string echoUrl;
    std::string echoedAddress; // empty: the echo service did not answer
    std::string echoError;
    bool checked() const { return !echoedAddress.empty(); }
    bool behindNat() const;
};

// How the destination's name resolved on the public host and, when it was
// reachable, on the private instance.
struct ResolutionCheck
{
    std::vector<std::string> publicHost;
    std::vector<std::string> privateInstance; // empty: not resolved there
};

// The remote server's kernel, read before and after the connection test.
struct RemoteServerResult
{
    std::optional<probes::KernelSnapshot> idleStart; // an idle baseline of about the test's length
    double idleSeconds = 0;
    probes::KernelSnapshot before; // right before the connection test
    std::optional<probes::KernelSnapshot> after; // right after it
    double testSeconds = 0;
    std::optional<probes::ConnectionProbeResult> probe; // the connections made during the test
};

// The "no remote access" test on a private instance: the same connection
// probe with tcp_timestamps as it was, then with tcp_timestamps=0.
struct TimestampTestResult
{
    probes::ConnectionProbeResult baseline;
    probes::ConnectionProbeResult withoutTimestamps;
    long long originalValue = 1;
    int blocks = 2; // phases alternated in this many blocks (on, off, on, off, ...)
    bool interrupted = false; // a phase was cut (link drop, cancel): never compared
    bool restored = false; // read back equal to originalValue afterwards
    std::string restoreDetail; // how it was restored, or why it was not
};

// A privileged command could not run because sudo wants a password.
struct SudoProblem
{
    std::string host;
    std::string command; // what to run by hand
    std::string sudoersLine; // what would allow natdoctor to run it
};

} // namespace natdoctor::diagnosis
