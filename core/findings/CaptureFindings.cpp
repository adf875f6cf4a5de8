#include "analysis/CaptureFindings.h"

#include <algorithm>
#include <string>

namespace natdoctor::analysis {

using diagnosis::Confidence;
using diagnosis::Finding;
using diagnosis::makeFinding;
using diagnosis::Severity;
namespace findingid = diagnosis::findingid;

namespace {

std::string count(uint64_t n, const char* singular, const char* plural)
{
    return std::to_string(n) + " " + (n == 1 ? singular : plural);
}

template <typename List>
bool contains(const List& list, const IpAddress& a)
{
    return std::find(list.begin(), list.end(), a) != list.end();
}

const char* roleName(FragmentRole role)
{
    switch (role) {
    case FragmentRole::Destination: return "the destination";
    case FragmentRole::Client: return "a client of the captured connections";
    case FragmentRole::Local: return "the capturing host itself (outgoing)";
    case FragmentRole::Unknown: return "a host whose role the capture does not show (no TCP connection; name the destination with --dest)";
    }
    return "unknown";
}

// The largest fragment is about the MTU of the link that fragmented: an MSS
// that fits it leaves no segment to fragment (IPv4 + TCP headers, no options).
uint32_t fittingMss(uint32_t largestFragment, bool v6)
{
    const uint32_t headers = v6 ? 60 : 40;
    return largestFragment > headers + 500 ? largestFragment - headers : 536;
}

struct DestinationFragments
{
    uint64_t tcp = 0;
    uint64_t icmp = 0;
    uint64_t datagrams = 0;
    uint32_t maxSize = 0;
    std::vector<const SourceFragments*> sources;
};

DestinationFragments fromDestination(const CaptureSummary& s, const CaptureContext& c)
{
    DestinationFragments d;
    for (const SourceFragments& f : s.fragments.bySource) {
        if (fragmentRole(s, c, f.address) != FragmentRole::Destination)
            continue;
        d.tcp += f.tcpPackets;
        d.icmp += f.icmpPackets;
        d.datagrams += f.datagrams;
        d.maxSize = std::max(d.maxSize, f.maxSize);
        d.sources.push_back(&f);
    }
    return d;
}

// "Sent with DF: 0 of 45 data packets" for the destination's whole packets.
std::string dfSentence(const CaptureSummary& s, const DestinationFragments& d, bool& setsDf)
{
    uint64_t with = 0;
    uint64_t without = 0;
    for (const SourceFragments* f : d.sources) {
        for (const SourceDf& df : s.fragments.dfBySource) {
            if (df.address == f->address) {
                with += df.withDf;
                without += df.withoutDf;
            }
        }
    }
    setsDf = with > 0 && without == 0;
    if (with + without == 0)
        return "";
    return " Of its unfragmented data packets, " + std::to_string(with) + " carried DF and " + std::to_string(without)
        + " did not" + (without > 0 ? ": it does not do path MTU discovery, so routers fragment what is too large." : ".");
}

Finding fragmentsFromDestinationFinding(const CaptureSummary& s, const DestinationFragments& d)
{
    std::string sources;
    for (size_t i = 0; i < d.sources.size() && i < 3; ++i)
        sources += (i ? ", " : "") + d.sources[i]->address.toString() + " ("
            + count(d.sources[i]->tcpPackets, "TCP fragment", "TCP fragments") + ")";
    if (d.sources.size() > 3)
        sources += ", ...";
    bool setsDf = false;
    Finding f = makeFinding(findingid::TcpFragmentsFromDestination, Severity::Problem, Confidence::High,
        "The destination sends fragmented TCP packets",
        count(d.tcp, "TCP fragment", "TCP fragments") + " (" + count(d.datagrams, "datagram", "datagrams")
            + ", up to " + std::to_string(d.maxSize) + " bytes) from " + sources + "."
            + dfSentence(s, d, setsDf)
            + " A NAT gateway forwards IP fragments only for UDP and drops fragmented TCP, so responses that "
              "fragment never reach instances behind it, while small ones do.");
    const bool v6 = !d.sources.empty() && d.sources.front()->address.family == 6;
    const uint32_t mss = fittingMss(d.maxSize, v6);
    const std::string dest = d.sources.empty() ? std::string("DEST") : d.sources.front()->address.toString();
    f.actions = {
        { "On your side, without touching the destination: advertise a smaller MSS on the private instances' route "
          "to the destination (" + std::to_string(mss) + " fits the largest fragment seen), so it never sends "
          "segments that need fragmenting. Note the gateway and device of the first command in the second; make it "
          "permanent in the instance's network configuration",
            { "ip route get " + dest, "sudo ip route add " + dest + (v6 ? "/128" : "/32")
                    + " via GATEWAY dev DEVICE advmss " + std::to_string(mss) } },
        { "Or route the private subnet through a NAT instance, which reassembles fragments", {} },
    };
    if (!setsDf)
        f.actions.push_back({ "Or ask the destination's owner to turn path MTU discovery on (DF set, on a Linux "
                              "destination), and to let ICMP \"fragmentation needed\" in",
            { "sudo sysctl -w net.ipv4.ip_no_pmtu_disc=0",
                "echo 'net.ipv4.ip_no_pmtu_disc = 0' | sudo tee /etc/sysctl.d/99-zz-natdoctor-pmtu.conf" } });
    f.actions.push_back({ "Or lower the destination's MTU, or clamp the TCP MSS on a router of the path",
        { "sudo iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu" } });
    return f;
}

void otherFragmentFindings(const CaptureSummary& s, const CaptureContext& c, std::vector<Finding>& out)
{
    std::string senders;
    bool client = false;
    size_t listed = 0;
    uint64_t packets = 0;
    for (const SourceFragments& f : s.fragments.bySource) {
        const FragmentRole role = fragmentRole(s, c, f.address);
        // The capturing host's own outgoing packets are never evidence (a
        // sender's large ping or upload fragments before it leaves).
        if (role == FragmentRole::Destination || role == FragmentRole::Local)
            continue;
        packets += f.packets;
        client = client || role == FragmentRole::Client;
        if (listed++ < 3)
            senders += std::string(listed > 1 ? "; " : "") + f.address.toString() + ", " + roleName(role) + " ("
                + count(f.packets, "fragment", "fragments") + ")";
    }
    if (listed == 0)
        return;
    if (listed > 3)
        senders += "; ...";
    Finding f = makeFinding(findingid::FragmentsFromOtherHost, Severity::Warning, Confidence::High,
        "Fragments from a host that is not the destination",
        count(packets, "fragment", "fragments") + " came from " + senders
            + ". They say nothing about what the destination sends."
            + (client ? " A client's own large requests (an upload, a large POST) that fragment are dropped by a "
                        "NAT gateway too when the client is behind one."
                      : ""));
    if (client)
        f.actions = { { "If uploads from the private instances fail, lower their MTU or MSS toward the destination",
            { "ip route get DEST", "sudo ip route add DEST/32 via GATEWAY dev DEVICE advmss 1400" } } };
    out.push_back(std::move(f));
}

// A response of at least the large size from a server whose handshake the
// capture holds, to the destination when it is known.
bool largeResponseFromDestination(const CaptureSummary& s, const CaptureContext& c)
{
    if (s.tcp.largeResponses == 0)
        return false;
    if (c.destinations.empty())
        return true;
    return std::any_of(s.tcp.servers.begin(), s.tcp.servers.end(),
        [&](const ServerCount& server) { return contains(c.destinations, server.address); });
}

std::string filterHint()
{
    return "Capture on a host in a public subnet, started before the request, with a filter that keeps trailing "
           "fragments (e.g. tcpdump -i any -w out.pcap 'host DEST and (tcp port PORT or ip[6:2] & 0x1fff != 0) or "
           "(icmp[0] = 3 and icmp[1] = 4)'), while the host fetches a response of at least 16 KiB.";
}

void fragmentationQuestion(const CaptureSummary& s, const CaptureContext& c, std::vector<Finding>& out)
{
    const DestinationFragments d = fromDestination(s, c);
    if (d.tcp > 0) {
        Finding f = fragmentsFromDestinationFinding(s, d);
        if (c.vantage == CaptureContext::Vantage::BehindNat) {
            // A NAT instance in front of the capturing host reassembles and
            // splits again: the fragments carry the destination's address but
            // may be the NAT's own.
            f.severity = Severity::Warning;
            f.confidence = Confidence::Low;
            f.title = "Fragments arrived, but the capturing host is behind a NAT";
            f.detail += " The capturing host reaches the destination through a NAT, which may have reassembled the "
                        "response and fragmented it again: what the destination itself sends is not shown. Capture "
                        "on an instance in a public subnet.";
        }
        out.push_back(std::move(f));
        return;
    }
    if (c.trigger == CaptureContext::Trigger::Icmp) {
        out.push_back(makeFinding(findingid::InsufficientEvidence, Severity::Warning, Confidence::High,
            "A ping cannot decide whether the destination fragments TCP",
            (d.icmp > 0 ? "The destination's echo replies came back fragmented (" + count(d.icmp, "fragment", "fragments")
                        + "), which is why large pings fail behind a NAT gateway: expected, not a symptom. "
                        : std::string("The ping's replies were not fragmented. "))
                + "Whether its TCP responses fragment depends on its TCP stack (DF, path MTU discovery), not on ICMP. "
                  "Run the check with an HTTP, HTTPS or TCP request that returns at least 16 KiB."));
        return;
    }
    if (s.packets == 0 || s.ipPackets == 0) {
        out.push_back(makeFinding(findingid::InsufficientEvidence, Severity::Warning, Confidence::High,
            "The capture holds no traffic to judge",
            "It has " + count(s.packets, "record", "records") + " and " + count(s.ipPackets, "IP packet", "IP packets")
                + ": nothing shows whether the destination fragments. " + filterHint()));
        return;
    }
    if (!c.listeningProven) {
        out.push_back(makeFinding(findingid::InsufficientEvidence, Severity::Warning, Confidence::High,
            "The capture was not proven listening before the request",
            "tcpdump never confirmed it was listening, so fragments may have arrived before it started. "
            "Run the check again; if it recurs, check that tcpdump can start on the public host."));
        return;
    }
    if (!largeResponseFromDestination(s, c)) {
        const uint64_t threshold = s.tcp.largeResponseThreshold ? s.tcp.largeResponseThreshold : 16384;
        out.push_back(makeFinding(findingid::InsufficientEvidence, Severity::Warning, Confidence::High,
            "No large response from the destination was captured",
            "Fragmentation shows only in responses larger than the path MTU; the capture holds "
                + count(s.tcp.established, "established connection", "established connections")
                + " and its largest response was " + std::to_string(s.tcp.largestResponseBytes) + " bytes (at least "
                + std::to_string(threshold / 1024) + " KiB with its handshake is needed). " + filterHint()));
        return;
    }
    if (c.vantage == CaptureContext::Vantage::BehindNat) {
        out.push_back(makeFinding(findingid::InsufficientEvidence, Severity::Warning, Confidence::High,
            "No fragments seen, but the capturing host is behind a NAT",
            "A NAT instance on the way reassembles fragments before they reach the capturing host, so their absence "
            "proves nothing. Capture on an instance in a public subnet (route to an internet gateway, public IP)."));
        return;
    }
    const bool file = c.trigger == CaptureContext::Trigger::Unknown;
    out.push_back(makeFinding(findingid::NoFragmentationObserved, Severity::Info,
        c.vantage == CaptureContext::Vantage::Public ? Confidence::High : Confidence::Medium,
        "Large responses arrived without fragmentation",
        count(s.tcp.largeResponses, "response", "responses") + " of at least "
            + std::to_string(s.tcp.largeResponseThreshold / 1024) + " KiB (the largest "
            + std::to_string(s.tcp.largestResponseBytes)
            + " bytes), handshake included, arrived and none of the destination's packets was IP-fragmented: a NAT "
              "gateway's fragment dropping does not explain failures on this path."
            + (c.vantage == CaptureContext::Vantage::Public ? std::string()
                  : file ? " This holds if the capture was taken where nothing reassembles on the way (not behind a "
                           "NAT instance)."
                         : " Whether the capturing host reaches the destination without a NAT was not proven.")));
}

} // namespace

FragmentRole fragmentRole(const CaptureSummary& s, const CaptureContext& c, const IpAddress& source)
{
    if (contains(c.localAddresses, source))
        return FragmentRole::Local;
    if (!c.destinations.empty() ? contains(c.destinations, source)
                                : std::any_of(s.tcp.servers.begin(), s.tcp.servers.end(),
                                      [&](const ServerCount& server) { return server.address == source; }))
        return FragmentRole::Destination;
    const bool isClient = std::any_of(s.tcp.clients.begin(), s.tcp.clients.end(),
        [&](const SourceCount& client) { return client.address == source; });
    return isClient ? FragmentRole::Client : FragmentRole::Unknown;
}

std::vector<Finding> captureFindings(const CaptureSummary& s, const CaptureContext& c)
{
    std::vector<Finding> out;
    const TcpSummary& tcp = s.tcp;
    fragmentationQuestion(s, c, out);
    otherFragmentFindings(s, c, out);

    if (!s.icmpFragNeeded.empty()) {
        std::string routers;
        for (const FragNeeded& n : s.icmpFragNeeded)
            routers += (routers.empty() ? "" : ", ") + n.from.toString() + " (MTU " + std::to_string(n.mtu) + ", "
                + count(n.count, "message", "messages") + ")";
        out.push_back(makeFinding(findingid::IcmpFragmentationNeeded, Severity::Info, Confidence::High,
            "Routers report a smaller path MTU",
            "ICMP \"fragmentation needed\" / ICMPv6 \"packet too big\" from " + routers
                + ". Path MTU discovery works for senders that set DF and let these messages in; a sender that "
                  "ignores them, or sends without DF, gets its packets fragmented instead."));
    }

    if (tcp.unanswered > 0) {
        Finding f = makeFinding(findingid::SynUnanswered, Severity::Problem, Confidence::Medium,
            count(tcp.unanswered, "connection attempt", "connection attempts") + " of "
                + std::to_string(tcp.connections) + " got no answer",
            "SYN sent, neither SYN-ACK nor RST came back within the retransmission time ("
                + count(tcp.synRetransmissions, "SYN retransmission", "SYN retransmissions")
                + "). Behind one NAT address this is what a server with tcp_tw_recycle does to SYNs whose timestamps "
                  "go backwards (PAWS); a full SYN queue, a firewall or network ACL dropping SYNs, or a server that "
                  "is down look the same from here.");
        f.actions = { { "Check the remote server's tcp_tw_recycle and SYN queue counters (with access to it), or run "
                        "the timestamps test from a private instance (without)",
            { "cat /proc/sys/net/ipv4/tcp_tw_recycle", "nstat -az TcpExtListenOverflows TcpExtListenDrops TcpExtPAWSPassive" } } };
        out.push_back(std::move(f));
    }

    if (tcp.stalled > 0) {
        out.push_back(makeFinding(findingid::StalledAfterConnect, Severity::Problem, Confidence::Medium,
            count(tcp.stalled, "connection", "connections") + " stalled after connecting",
            "The handshake completed and the request was sent, then the response stopped arriving and the client "
            "gave up. This is how lost IP fragments look from the receiving side: the small part of a response "
            "arrives, the fragmented rest never does. Capture on a public-subnet host to see whether the "
            "destination fragments."));
    }

    if (!s.timestamps.suspectSources.empty()) {
        const SuspectSource& worst = s.timestamps.suspectSources.front();
        out.push_back(makeFinding(findingid::SynTimestampsNonMonotonic, Severity::Warning, Confidence::Medium,
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
