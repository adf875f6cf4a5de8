#include "analysis/CaptureFindings.h"

#include <algorithm>
#include <string>

namespace natdoctor::analysis {

using diagnosis::Finding;
using diagnosis::makeFinding;
using diagnosis::Severity;
namespace findingid = diagnosis::findingid;

namespace {

std::string count(uint64_t n, const char* singular, const char* plural)
{
    return std::to_string(n) + " " + (n == 1 ? singular : plural);
}

// Fragment sources that are servers of the observed connections; all fragment
// sources when no handshake was captured (e.g. a ping-only capture).
std::string destinationSources(const CaptureSummary& s)
{
    std::string text;
    int listed = 0;
    for (const SourceFragments& f : s.fragments.bySource) {
        const bool isServer = std::any_of(s.tcp.servers.begin(), s.tcp.servers.end(),
            [&](const ServerCount& server) { return server.address == f.address; });
        if (!isServer && !s.tcp.servers.empty())
            continue;
        if (listed == 3) {
            text += ", ...";
            break;
        }
        text += (listed++ ? ", " : "") + f.address.toString() + " (" + count(f.packets, "fragment", "fragments")
            + ")";
    }
    return text.empty() && !s.fragments.bySource.empty() ? s.fragments.bySource.front().address.toString()
                                                          : text;
}

Finding fragmentsFinding(const CaptureSummary& s)
{
    const FragmentSummary& f = s.fragments;
    Finding finding;
    finding.id = findingid::TcpFragmentsFromDestination;
    const bool tcp = f.tcpPackets > 0;
    finding.severity = tcp ? Severity::Problem : Severity::Warning;
    finding.title = tcp ? "The destination sends fragmented TCP packets"
                        : "The destination sends fragmented ICMP packets";
    finding.detail = count(f.tcpPackets, "TCP fragment", "TCP fragments") + " and "
        + count(f.icmpPackets, "ICMP fragment", "ICMP fragments") + " (" + count(f.datagrams, "datagram", "datagrams")
        + ", " + std::to_string(f.minSize) + "-" + std::to_string(f.maxSize) + " bytes) from "
        + destinationSources(s) + ". A NAT gateway forwards IP fragments only for UDP and drops fragmented TCP "
        + "and ICMP, so responses that fragment never reach instances behind it, while small ones do. ";
    if (tcp) {
        // Seen on the wire, not inferred.
        finding.confidence = diagnosis::Confidence::High;
        finding.detail += "Use a NAT instance, or make the destination stop fragmenting.";
        finding.actions = { { "Route the private subnet through a NAT instance, which reassembles fragments", {} },
            { "Or make the destination set DF and use path MTU discovery (on a Linux destination)",
                { "sudo sysctl -w net.ipv4.ip_no_pmtu_disc=0",
                    "echo 'net.ipv4.ip_no_pmtu_disc = 0' | sudo tee /etc/sysctl.d/90-pmtu.conf" } },
            { "Or lower the destination's MTU, or clamp the TCP MSS on a router of the path so segments fit",
                { "sudo iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu" } } };
    } else
        finding.detail += "Large pings through a NAT gateway fail for this reason; that alone is expected, "
                          "not a symptom.";
    return finding;
}

} // namespace

std::vector<Finding> captureFindings(const CaptureSummary& s)
{
    std::vector<Finding> out;
    const FragmentSummary& f = s.fragments;
    const TcpSummary& tcp = s.tcp;

    if (f.tcpPackets + f.icmpPackets > 0)
        out.push_back(fragmentsFinding(s));
    else if (tcp.largeResponses > 0 && f.packets == 0)
        out.push_back(makeFinding(findingid::NoFragmentationObserved, Severity::Info, diagnosis::Confidence::High,
            "Large responses arrived without fragmentation",
            count(tcp.largeResponses, "response", "responses") + " of at least "
                + std::to_string(tcp.largeResponseThreshold / 1024) + " KiB (the largest " + std::to_string(tcp.largestResponseBytes)
                + " bytes) arrived and none of it was IP-fragmented, so a NAT gateway's fragment dropping "
                  "does not explain failures seen on this path."));

    if (!s.icmpFragNeeded.empty()) {
        std::string routers;
        for (const FragNeeded& n : s.icmpFragNeeded)
            routers += (routers.empty() ? "" : ", ") + n.from.toString() + " (MTU " + std::to_string(n.mtu) + ", "
                + count(n.count, "message", "messages") + ")";
        out.push_back(makeFinding(findingid::IcmpFragmentationNeeded, Severity::Info, diagnosis::Confidence::High,
            "Routers report a smaller path MTU",
            "ICMP \"fragmentation needed\" / ICMPv6 \"packet too big\" from " + routers
                + ". Path MTU discovery is working for senders that set DF; a sender that ignores these "
                  "messages, or sends without DF, gets its packets fragmented instead."));
    }

    if (tcp.unanswered > 0) {
        out.push_back(makeFinding(findingid::SynUnanswered, Severity::Problem, diagnosis::Confidence::Medium,
            count(tcp.unanswered, "connection attempt", "connection attempts") + " of "
                + std::to_string(tcp.connections) + " got no answer",
            "SYN sent, neither SYN-ACK nor RST came back (" + count(tcp.synRetransmissions, "SYN retransmission",
                "SYN retransmissions") + "). Behind one NAT address this is what a server with "
                "tcp_tw_recycle does to SYNs whose timestamps go backwards (PAWS); a firewall dropping SYNs "
                "or a server that is down look the same from here."));
    }

    if (tcp.stalled > 0) {
        out.push_back(makeFinding(findingid::StalledAfterConnect, Severity::Problem, diagnosis::Confidence::Medium,
            count(tcp.stalled, "connection", "connections") + " stalled after connecting",
            "The handshake completed and the request was sent, then the response stopped arriving and the "
            "client gave up. This is how lost IP fragments look from the receiving side: the small part "
            "of a response arrives, the fragmented rest never does."));
    }

    if (!s.timestamps.suspectSources.empty()) {
        const SuspectSource& worst = s.timestamps.suspectSources.front();
        out.push_back(makeFinding(findingid::SynTimestampsNonMonotonic, Severity::Warning, diagnosis::Confidence::Medium,
            "SYN timestamps from one address go backwards",
            worst.address.toString() + " sent " + std::to_string(worst.syns) + " SYNs with timestamps to "
                + worst.destination.toString() + " from " + std::to_string(worst.clocks)
                + " different clocks, " + std::to_string(worst.backwards) + " of them lower than the one before"
                + (s.timestamps.suspectSources.size() > 1
                        ? " (" + std::to_string(s.timestamps.suspectSources.size()) + " address pairs in all)"
                        : std::string())
                + ". Several hosts behind one NAT address do this; a server with tcp_tw_recycle=1 drops "
                  "such SYNs (PAWS). Confirm on the server, or with the timestamps test."));
    }
    return out;
}

} // namespace natdoctor::analysis
