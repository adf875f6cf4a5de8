#include "probes/ConnectionProbe.h"

#include <charconv>

namespace natdoctor::probes {

std::string_view attemptResultName(AttemptResult result)
{
    switch (result) {
    case AttemptResult::Ok:
        return "ok";
    case AttemptResult::Refused:
        return "refused";
    case AttemptResult::ConnectTimeout:
        return "connect_timeout";
    case AttemptResult::StalledAfterConnect:
        return "stalled_after_connect";
    case AttemptResult::Reset:
        return "reset";
    case AttemptResult::Error:
        return "error";
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

namespace {

// $1 URL (for curl); $2 address, $3 port, $4 path (for the bash /dev/tcp
// fallback on hosts without curl); $5 curl's --resolve NAME:PORT:ADDRESS
// (empty: none), so the request carries the destination's name (Host, SNI)
// while it goes to the address under test; $6 the Host header for the
// fallback. Certificate errors don't matter (-k): the bytes do. User values
// only ever arrive as these arguments, quoted once by the caller.
constexpr const char* ProbeScript = R"SH(LC_ALL=C; export LC_ALL
i=0
while [ "$i" -lt @ATTEMPTS@ ]; do
    i=$((i + 1))
    if command -v curl >/dev/null 2>&1; then
        out=$(curl -s -k -o /dev/null ${5:+--resolve "$5"} --connect-timeout @CONNECT@ --max-time @MAXTIME@ \
            -w 'http_code=%{http_code} bytes=%{size_download} connect_s=%{time_connect} total_s=%{time_total}' -- "$1")
        printf 'attempt=%d exit=%d %s\n' "$i" "$?" "$out"
    else
        t0=$(date +%s%N)
        out=$(timeout @MAXTIME@ bash -c 'exec 3<>"/dev/tcp/$1/$2" || exit 7; echo "c=$(date +%s%N)"
            printf "GET %s HTTP/1.0\r\nHost: %s\r\nConnection: close\r\n\r\n" "$3" "$4" >&3
            echo "n=$(cat <&3 | wc -c)"' sh "$2" "$3" "$4" "${6:-$2}" 2>/dev/null)
        rc=$?
        t1=$(date +%s%N)
        c=$(printf '%s\n' "$out" | sed -n 's/^c=//p')
        n=$(printf '%s\n' "$out" | sed -n 's/^n=//p')
        case $rc in 124) rc=28 ;; 0|7) ;; *) rc=56 ;; esac
        printf 'attempt=%d exit=%d http_code=000 bytes=%s connect_s=%s total_s=%s tool=bash\n' "$i" "$rc" "${n:-0}" \
            "$(awk -v a="$t0" -v b="${c:-$t0}" 'BEGIN { printf "%.6f", (b - a) / 1e9 }')" \
            "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f", (b - a) / 1e9 }')"
    fi
    sleep @PAUSE@
done
)SH";

void replaceAll(std::string& text, const std::string& what, const std::string& with)
{
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + with.size()))
        text.replace(at, what.size(), with);
}

} // namespace

std::string connectionProbeScript(const ConnectionProbeSpec& spec)
{
    std::string script = ProbeScript;
    // Not snprintf: under a German locale it would write "0,20", which sleep refuses.
    char pause[32];
    const auto written
        = std::to_chars(pause, pause + sizeof pause - 1, spec.pauseSeconds, std::chars_format::fixed, 2);
    *written.ptr = '\0';
    replaceAll(script, "@ATTEMPTS@", std::to_string(spec.attempts));
    replaceAll(script, "@CONNECT@", std::to_string(spec.connectTimeoutSeconds));
    replaceAll(script, "@MAXTIME@", std::to_string(spec.maxTimeSeconds));
    replaceAll(script, "@PAUSE@", pause);
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
    case 0:
        return AttemptResult::Ok;
    case 7:
        return connected ? AttemptResult::Reset : AttemptResult::Refused; // couldn't connect
    case 28:
        return connected ? AttemptResult::StalledAfterConnect : AttemptResult::ConnectTimeout;
    case 52: // empty reply
    case 56: // receive failure (reset)
    case 55:
        return AttemptResult::Reset; // send failure
    default:
        return AttemptResult::Error;
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
            return Parsed<ConnectionProbeResult>::fail("unexpected line \"" + std::string(line.substr(0, 120))
                                                       + "\"");
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
            return Parsed<ConnectionProbeResult>::fail("incomplete record \""
                                                       + std::string(line.substr(0, 120)) + "\"");
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
