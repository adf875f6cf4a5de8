#include "probes/ConnectionProbe.h"

#include <cstdio>

namespace natdoctor::probes {

std::string_view attemptResultName(AttemptResult result)
{
    switch (result) {
    case AttemptResult::Ok: return "ok";
    case AttemptResult::Refused: return "refused";
    case AttemptResult::ConnectTimeout: return "connect_timeout";
    case AttemptResult::StalledAfterConnect: return "stalled_after_connect";
    case AttemptResult::Reset: return "reset";
    case AttemptResult::Error: return "error";
    }
    return "error";
}

int ConnectionProbeResult::succeeded() const
{
    int n = 0;
    for (const Attempt& a : attempts)
        n += a.result == AttemptResult::Ok;
    return n;
}

double ConnectionProbeResult::successRate() const
{
    return attempts.empty() ? 0.0 : static_cast<double>(succeeded()) / static_cast<double>(attempts.size());
}

std::string connectionProbeScript(const ConnectionProbeSpec& spec)
{
    // The URL arrives as $1 (quoted once by the caller's command line), never
    // pasted into the script text.
    char script[640];
    std::snprintf(script, sizeof script,
        "LC_ALL=C; export LC_ALL\n"
        "i=0\n"
        "while [ \"$i\" -lt %d ]; do\n"
        "  i=$((i + 1))\n"
        "  out=$(curl -s -o /dev/null --connect-timeout %d --max-time %d "
        "-w 'http_code=%%{http_code} bytes=%%{size_download} connect_s=%%{time_connect} total_s=%%{time_total}' "
        "-- \"$1\")\n"
        "  printf 'attempt=%%d exit=%%d %%s\\n' \"$i\" \"$?\" \"$out\"\n"
        "  sleep %.2f\n"
        "done\n",
        spec.attempts, spec.connectTimeoutSeconds, spec.maxTimeSeconds, spec.pauseSeconds);
    return script;
}

std::chrono::milliseconds connectionProbeTimeout(const ConnectionProbeSpec& spec)
{
    const double perAttempt = spec.maxTimeSeconds + spec.pauseSeconds + 1.0;
    return std::chrono::milliseconds(static_cast<long long>((spec.attempts * perAttempt + 10.0) * 1000.0));
}

AttemptResult classifyCurl(int exitCode, bool connected)
{
    switch (exitCode) {
    case 0: return AttemptResult::Ok;
    case 7: return connected ? AttemptResult::Reset : AttemptResult::Refused; // couldn't connect
    case 28: return connected ? AttemptResult::StalledAfterConnect : AttemptResult::ConnectTimeout;
    case 52: // empty reply
    case 56: // receive failure (reset)
    case 55: return AttemptResult::Reset; // send failure
    default: return AttemptResult::Error;
    }
}

Parsed<ConnectionProbeResult> parseConnectionProbe(std::string_view output)
{
    ConnectionProbeResult result;
    for (std::string_view line : splitLines(output)) {
        if (trim(line).empty())
            continue;
        auto record = parseRecord(line);
        if (!record)
            return Parsed<ConnectionProbeResult>::fail("unexpected line \"" + std::string(line.substr(0, 120)) + "\"");
        const Record& r = *record.value;
        const auto field = [&](const char* key) -> std::string_view {
            const auto it = r.find(key);
            return it == r.end() ? std::string_view() : std::string_view(it->second);
        };
        const auto index = parseUnsigned(field("attempt"));
        const auto exitCode = parseUnsigned(field("exit"));
        const auto httpCode = parseUnsigned(field("http_code"));
        const auto bytes = parseUnsigned(field("bytes"));
        const auto connect = parseDouble(field("connect_s"));
        const auto total = parseDouble(field("total_s"));
        if (!index || !exitCode || !httpCode || !bytes || !connect || !total)
            return Parsed<ConnectionProbeResult>::fail("incomplete record \"" + std::string(line.substr(0, 120)) + "\"");
        Attempt a;
        a.index = static_cast<int>(*index);
        a.exitCode = static_cast<int>(*exitCode);
        a.httpCode = static_cast<int>(*httpCode);
        a.bytes = *bytes;
        a.connectMs = *connect * 1000.0;
        a.totalMs = *total * 1000.0;
        a.connected = *connect > 0;
        a.result = classifyCurl(a.exitCode, a.connected);
        result.attempts.push_back(a);
    }
    return { std::move(result), {} };
}

} // namespace natdoctor::probes
