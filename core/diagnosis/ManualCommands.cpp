#include "diagnosis/ManualCommands.h"

#include "probes/ConnectionProbe.h"
#include "probes/KernelProbe.h"
#include "remote/CaptureFilter.h"
#include "remote/ShellQuote.h"
#include "remote/Validation.h"

namespace natdoctor::diagnosis {

namespace {

std::string quote(const std::string& value)
{
    return remote::shellQuote(value).value_or("''");
}

// A script as a here-document, so it pastes into any shell as one command.
std::string heredoc(const std::string& interpreter, const std::string& script)
{
    return interpreter + " <<'NATDOCTOR_EOF'\n" + script + (script.ends_with('\n') ? "" : "\n") + "NATDOCTOR_EOF";
}

} // namespace

ManualCommands manualCommands(const DiagnosisInputs& in)
{
    ManualCommands c;
    if (remote::validateHost(in.destinationHost))
        return c;
    const bool ip = remote::isIpAddress(in.destinationHost);
    std::string filter;
    if (ip) {
        if (remote::buildCaptureFilter(in.destinationHost, in.destinationPort, filter))
            return c;
    } else {
        // tcpdump resolves the name itself; the structure is the same filter.
        filter = "(host " + in.destinationHost + " and (tcp port " + std::to_string(in.destinationPort)
            + " or ip[6:2] & 0x1fff != 0 or icmp)) or (icmp[0] = 3 and icmp[1] = 4)";
    }
    c.capture = "sudo tcpdump -U --immediate-mode -n -i any -s 256 -w natdoctor.pcap -- " + quote(filter)
        + "\n# leave it running, run the trigger in a second terminal, then stop it with Ctrl-C";
    const bool v6 = in.destinationHost.find(':') != std::string::npos;
    const std::string host = v6 ? "[" + in.destinationHost + "]" : in.destinationHost;
    const bool tls = in.trigger == TriggerKind::Https;
    const std::string url = std::string(tls ? "https://" : "http://") + host + ":" + std::to_string(in.destinationPort)
        + in.httpPath;
    switch (in.trigger) {
    case TriggerKind::Http:
    case TriggerKind::Https:
        c.trigger = std::string("curl -s ") + (tls ? "-k " : "")
            + "-o /dev/null -w 'http_code=%{http_code} bytes=%{size_download}\\n' -- " + quote(url);
        break;
    case TriggerKind::Tcp:
        c.trigger = "timeout 15 bash -c 'exec 3<>\"/dev/tcp/$1/$2\"; printf \"GET %s HTTP/1.0\\r\\n\\r\\n\" \"$3\" >&3; "
                    "cat <&3 | wc -c' sh "
            + quote(in.destinationHost) + " " + std::to_string(in.destinationPort) + " " + quote(in.httpPath);
        break;
    case TriggerKind::Icmp:
        c.trigger = "ping -n -c 3 -s " + std::to_string(in.size) + " -- " + quote(in.destinationHost);
        break;
    }
    c.serverCheck = heredoc("sh", probes::kernelProbeScript());
    probes::ConnectionProbeSpec spec;
    spec.attempts = in.attempts;
    c.probe = heredoc("sh -s -- " + quote(url) + " " + quote(in.destinationHost) + " "
            + std::to_string(in.destinationPort) + " " + quote(in.httpPath),
        probes::connectionProbeScript(spec));
    c.timestampsOff = "cat /proc/sys/net/ipv4/tcp_timestamps   # note this value\n"
                      "sudo sysctl -w net.ipv4.tcp_timestamps=0\n"
                      "# now run the connection probe again, then restore:";
    c.timestampsRestore = "sudo sysctl -w net.ipv4.tcp_timestamps=1   # or the value you noted";
    return c;
}

} // namespace natdoctor::diagnosis
