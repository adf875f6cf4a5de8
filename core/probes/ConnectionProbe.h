#pragma once

#include "probes/ProbeText.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace natdoctor::probes {

enum class AttemptResult {
    Ok,
    Refused, // RST to the SYN
    ConnectTimeout, // no SYN-ACK (what PAWS drops look like)
    StalledAfterConnect, // connected, the response never completed (lost fragments)
    Reset, // connected, then reset
    Error, // anything else (DNS, TLS, ...); see the exit code
};

std::string_view attemptResultName(AttemptResult result); // "ok", "refused", ...

struct Attempt
{
    int index = 0;
    AttemptResult result = AttemptResult::Error;
    bool connected = false;
    double connectMs = 0;
    uint64_t bytes = 0;
    double totalMs = 0;
    int exitCode = 0; // curl's
    int httpCode = 0;
};

struct ConnectionProbeResult
{
    std::vector<Attempt> attempts;
    int succeeded() const;
    double successRate() const; // 0..1, 0 when there were no attempts
};

struct ConnectionProbeSpec
{
    int attempts = 50;
    int connectTimeoutSeconds = 3;
    int maxTimeSeconds = 8;
    double pauseSeconds = 0.2; // between attempts, so SYNs do not come in one burst
};

// The POSIX sh loop that runs curl N times against the URL given as $1 (or,
// without curl, bash's /dev/tcp against host $2, port $3, path $4) and prints
// one record per attempt:
// `attempt=I exit=E http_code=C bytes=B connect_s=T total_s=T [tool=bash]`
// (curl's exit codes; the fallback maps its outcomes onto them).
std::string connectionProbeScript(const ConnectionProbeSpec& spec);
// How long the whole loop may take before it counts as hung.
std::chrono::milliseconds connectionProbeTimeout(const ConnectionProbeSpec& spec);

// Classifies one curl outcome (exit code and whether TCP connected).
AttemptResult classifyCurl(int exitCode, bool connected);

// Parses the loop's output; lines that are not records are an error.
Parsed<ConnectionProbeResult> parseConnectionProbe(std::string_view output);

} // namespace natdoctor::probes
