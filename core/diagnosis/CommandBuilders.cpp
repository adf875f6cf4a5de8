#include "diagnosis/CommandBuilders.h"

#include "probes/ConnectionProbe.h"
#include "probes/LiveCapture.h"
#include "probes/SudoersLines.h"
#include "remote/CaptureFilter.h"
#include "remote/ShellQuote.h"
#include "remote/Validation.h"

namespace natdoctor::diagnosis {

namespace {

// bash's /dev/tcp: a raw GET with the Host: header, the response's size.
// $1 address, $2 port, $3 path, $4 Host header.
constexpr const char* TcpRequest
    = "exec 3<>\"/dev/tcp/$1/$2\" || exit 7; "
      "printf \"GET %s HTTP/1.0\\r\\nHost: %s\\r\\n\\r\\n\" \"$3\" \"$4\" >&3; cat <&3 | wc -c";

std::string word(const std::string& w)
{
    const bool plain = !w.empty()
        && w.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_./=:@%+,-")
            == std::string::npos;
    return plain ? w : remote::shellQuote(w).value_or(std::string("''"));
}

std::string bracketed(const std::string& host)
{
    return host.find(':') != std::string::npos ? "[" + host + "]" : host;
}

} // namespace

std::string destinationUrl(const DiagnosisInputs& in, const std::string& address)
{
    const std::string host
        = remote::isIpAddress(in.destinationHost) && !address.empty() ? address : in.destinationHost;
    const bool tls = in.trigger == TriggerKind::Https;
    const bool defaultPort = in.destinationPort == (tls ? 443 : 80);
    return std::string(tls ? "https://" : "http://") + bracketed(host)
        + (defaultPort ? std::string() : ":" + std::to_string(in.destinationPort)) + in.httpPath;
}

std::string curlResolve(const DiagnosisInputs& in, const std::string& address)
{
    if (address.empty() || remote::isIpAddress(in.destinationHost))
        return {};
    return in.destinationHost + ":" + std::to_string(in.destinationPort) + ":" + bracketed(address);
}

std::string HostCommand::text() const
{
    if (argv.size() >= 4 && argv[0] == "/bin/sh" && argv[1] == "-c") {
        std::string line = "sh -s --";
        for (size_t i = 4; i < argv.size(); ++i)
            line += " " + word(argv[i]);
        const std::string& script = argv[2];
        return line + " <<'NATDOCTOR_EOF'\n" + script + (script.ends_with('\n') ? "" : "\n")
            + "NATDOCTOR_EOF";
    }
    std::string line;
    for (const std::string& w : argv)
        line += (line.empty() ? "" : " ") + word(w);
    return line;
}

HostCommand connectionProbeCommand(const DiagnosisInputs& in, int attempts, const std::string& address)
{
    probes::ConnectionProbeSpec spec;
    spec.attempts = attempts;
    const std::string target = address.empty() ? in.destinationHost : address;
    return { { "/bin/sh", "-c", probes::connectionProbeScript(spec), "sh", destinationUrl(in, address),
               target, std::to_string(in.destinationPort), in.httpPath, curlResolve(in, address),
               in.destinationHost } };
}

HostCommand triggerCommand(const DiagnosisInputs& in, const std::string& address)
{
    const std::string target = address.empty() ? in.destinationHost : address;
    switch (in.trigger) {
    case TriggerKind::Http:
    case TriggerKind::Https:
        return connectionProbeCommand(in, TriggerAttempts, address);
    case TriggerKind::Tcp:
        return { { "timeout", "15", "bash", "-c", TcpRequest, "sh", target,
                   std::to_string(in.destinationPort), in.httpPath, in.destinationHost } };
    case TriggerKind::Icmp:
        return { { "ping", "-n", "-c", "3", "-W", "3", "-s", std::to_string(in.size), "--", target } };
    }
    return {};
}

std::string captureFilter(const DiagnosisInputs& in, const std::vector<std::string>& addresses)
{
    std::string filter;
    const remote::RemoteError e = addresses.empty()
        ? remote::buildCaptureFilterForName(in.destinationHost, in.destinationPort, filter)
        : remote::buildCaptureFilter(addresses, in.destinationPort, filter);
    return e ? std::string() : filter;
}

std::string captureByHand(const DiagnosisInputs& in, int kernelBufferKiB)
{
    const std::string filter = captureFilter(in);
    if (filter.empty())
        return {};
    const probes::LiveCaptureSpec capture;
    std::vector<std::string> argv
        = probes::tcpdumpToFile(probes::tcpdumpCommand("tcpdump", capture.interface, capture.snaplen, filter),
                                probes::CaptureFileName);
    if (kernelBufferKiB > 0)
        argv.insert(argv.begin() + 1, { "-B", std::to_string(kernelBufferKiB) });
    return probes::byHand(argv);
}

std::string serverSynCaptureByHand(const DiagnosisInputs& in)
{
    return probes::byHand({ "tcpdump", "-ni", "any",
                            "tcp[tcpflags] & tcp-syn != 0 and port " + std::to_string(in.destinationPort) });
}

} // namespace natdoctor::diagnosis
