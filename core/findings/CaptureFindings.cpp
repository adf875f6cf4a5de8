#include "findings/CaptureFindings.h"

#include <algorithm>
#include <string>

namespace natdoctor::findings {

using namespace analysis;

namespace {

template <typename List> bool contains(const List& list, const IpAddress& a)
{
    return std::find(list.begin(), list.end(), a) != list.end();
}

Text roleName(FragmentRole role)
{
    switch (role) {
    case FragmentRole::Destination:
        return NATDOCTOR_TEXT("Finding", "the destination");
    case FragmentRole::Client:
        return NATDOCTOR_TEXT("Finding", "a client of the captured connections");
    case FragmentRole::Local:
        return NATDOCTOR_TEXT("Finding", "the capturing host itself (outgoing)");
    case FragmentRole::Unknown:
        return NATDOCTOR_TEXT("Finding",
                              "a host whose role the capture does not show (no TCP connection; name the "
                              "destination with --dest)");
    }
    return NATDOCTOR_TEXT("Finding",
                          "a host whose role the capture does not show (no TCP connection; name the "
                          "destination with --dest)");
}

// The largest fragment is about the MTU of the link that fragmented: an MSS
// that fits it leaves no segment to fragment (IPv4 + TCP headers, no options).
uint32_t fittingMss(uint32_t largestFragment, bool v6)
{
    const uint32_t headers = v6 ? 60 : 40;
    return largestFragment > headers + 500 ? largestFragment - headers : 536;
}

// Wireshark display filter for the fragments a set of addresses sent.
std::string fragmentFilter(const std::vector<IpAddress>& sources)
{
    std::string filter;
    for (const IpAddress& a : sources) {
        const std::string one = a.family == 6
            ? "(ipv6.src==" + a.toString() + " && ipv6.fragment)"
            : "(ip.src==" + a.toString() + " && (ip.flags.mf==1 || ip.frag_offset>0))";
        filter += (filter.empty() ? "" : " || ") + one;
    }
    return filter;
}

// The first frames of the fragments these addresses sent, and how many.
void fragmentProof(const CaptureSummary& s, const std::vector<IpAddress>& sources, FindingProof& proof)
{
    for (const FragmentSummary::SourceFrames& f : s.fragments.framesBySource) {
        if (std::find(sources.begin(), sources.end(), f.address) == sources.end())
            continue;
        for (uint64_t n : f.frames)
            if (proof.frames.size() < FragmentSummary::kFramesPerSource)
                proof.frames.push_back(n);
    }
    std::sort(proof.frames.begin(), proof.frames.end());
    for (const SourceFragments& f : s.fragments.bySource)
        if (std::find(sources.begin(), sources.end(), f.address) != sources.end())
            proof.frameCount += f.packets;
    proof.displayFilter = fragmentFilter(sources);
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

// "Of its unfragmented data packets, 0 carried DF and 45 did not" for the
// destination's whole packets.
Text dfSentence(const CaptureSummary& s, const DestinationFragments& d, bool& setsDf)
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
        return {};
    Text t = without > 0
        ? NATDOCTOR_TEXT("Finding",
                         "Of its unfragmented data packets, {with} carried DF and {without} did not: it does "
                         "not do path MTU "
                         "discovery, so routers fragment what is too large.")
        : NATDOCTOR_TEXT("Finding",
                         "Of its unfragmented data packets, {with} carried DF and {without} did not.");
    return t.integer("with", static_cast<long long>(with))
        .integer("without", static_cast<long long>(without));
}

Finding fragmentsFromDestinationFinding(const CaptureSummary& s, const DestinationFragments& d)
{
    std::vector<Text> sources;
    for (size_t i = 0; i < d.sources.size() && i < 3; ++i)
        sources.push_back(NATDOCTOR_TEXT("Finding", "{address} ({n|# TCP fragment|# TCP fragments})")
                              .plain("address", d.sources[i]->address.toString())
                              .integer("n", static_cast<long long>(d.sources[i]->tcpPackets)));
    if (d.sources.size() > 3)
        sources.push_back(NATDOCTOR_TEXT("Finding", "..."));
    bool setsDf = false;
    Message detail
        = NATDOCTOR_TEXT(
              "Finding",
              "{n|# TCP fragment|# TCP fragments} ({datagrams|# datagram|# datagrams}, up to {size} bytes) "
              "from {sources}.")
              .integer("n", static_cast<long long>(d.tcp))
              .integer("datagrams", static_cast<long long>(d.datagrams))
              .integer("size", d.maxSize)
              .list("sources", std::move(sources));
    detail += dfSentence(s, d, setsDf);
    detail += NATDOCTOR_TEXT(
        "Finding",
        "A NAT gateway forwards IP fragments only for UDP and drops fragmented TCP, so responses that "
        "fragment never reach instances behind it, while small ones do.");
    Finding f = makeFinding(findingid::TcpFragmentsFromDestination, Severity::Problem, Confidence::High,
                            NATDOCTOR_TEXT("Finding", "The destination sends fragmented TCP packets"),
                            std::move(detail));
    const bool v6 = !d.sources.empty() && d.sources.front()->address.family == 6;
    const uint32_t mss = fittingMss(d.maxSize, v6);
    const std::string dest = d.sources.empty() ? std::string("DEST") : d.sources.front()->address.toString();
    f.actions = {
        { NATDOCTOR_TEXT("Finding",
                         "On your side, without touching the destination: advertise a smaller MSS on the "
                         "private instances' route "
                         "to the destination ({mss} fits the largest fragment seen), so it never sends "
                         "segments that need "
                         "fragmenting. Note the gateway and device of the first command in the second; make "
                         "it permanent in the "
                         "instance's network configuration")
              .integer("mss", mss),
          { "ip route get " + dest,
            "sudo ip route add " + dest + (v6 ? "/128" : "/32") + " via GATEWAY dev DEVICE advmss "
                + std::to_string(mss) } },
        { NATDOCTOR_TEXT("Finding",
                         "Or route the private subnet through a NAT instance, which reassembles fragments"),
          {} },
    };
    if (!setsDf)
        f.actions.push_back(
            { NATDOCTOR_TEXT(
                  "Finding",
                  "Or ask the destination's owner to turn path MTU discovery on (DF set, on a Linux "
                  "destination), and to let ICMP \"fragmentation needed\" in"),
              { "sudo sysctl -w net.ipv4.ip_no_pmtu_disc=0",
                "echo 'net.ipv4.ip_no_pmtu_disc = 0' | sudo tee /etc/sysctl.d/99-zz-natdoctor-pmtu.conf" } });
    f.actions.push_back(
        { NATDOCTOR_TEXT("Finding",
                         "Or lower the destination's MTU, or clamp the TCP MSS on a router of the path"),
          { "sudo iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS "
            "--clamp-mss-to-pmtu" } });
    std::vector<IpAddress> addresses;
    for (const SourceFragments* source : d.sources)
        addresses.push_back(source->address);
    fragmentProof(s, addresses, f.proof);
    f.proof.cannotRuleOut = NATDOCTOR_TEXT("Finding",
                                           "whether tcp_tw_recycle on the remote server drops SYNs as well "
                                           "(a second cause); whether a NAT instance on the private "
                                           "instances' path reassembles these fragments.");
    return f;
}

void otherFragmentFindings(const CaptureSummary& s, const CaptureContext& c, std::vector<Finding>& out)
{
    std::vector<Text> senders;
    std::vector<IpAddress> addresses;
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
        addresses.push_back(f.address);
        client = client || role == FragmentRole::Client;
        if (listed++ < 3)
            senders.push_back(NATDOCTOR_TEXT("Finding", "{address}, {role} ({n|# fragment|# fragments})")
                                  .plain("address", f.address.toString())
                                  .nested("role", roleName(role))
                                  .integer("n", static_cast<long long>(f.packets)));
    }
    if (listed == 0)
        return;
    if (listed > 3)
        senders.push_back(NATDOCTOR_TEXT("Finding", "..."));
    Message detail
        = NATDOCTOR_TEXT(
              "Finding",
              "{n|# fragment|# fragments} came from {senders}. They say nothing about what the destination "
              "sends.")
              .integer("n", static_cast<long long>(packets))
              .list("senders", std::move(senders), "; ");
    if (client)
        detail += NATDOCTOR_TEXT(
            "Finding",
            "A client's own large requests (an upload, a large POST) that fragment are dropped by a NAT "
            "gateway too when the client is behind one.");
    Finding f = makeFinding(findingid::FragmentsFromOtherHost, Severity::Warning, Confidence::High,
                            NATDOCTOR_TEXT("Finding", "Fragments from a host that is not the destination"),
                            std::move(detail));
    if (client)
        f.actions
            = { { NATDOCTOR_TEXT("Finding",
                                 "If uploads from the private instances fail, lower their MTU or MSS toward "
                                 "the destination"),
                  { "ip route get DEST", "sudo ip route add DEST/32 via GATEWAY dev DEVICE advmss 1400" } } };
    else
        f.actions = {
            { NATDOCTOR_TEXT(
                  "Finding",
                  "Name the destination (analyze --dest ADDRESS) so its fragments are told apart from other "
                  "hosts', or capture with a filter on the destination"),
              { "natdoctor analyze FILE --dest DEST" } }
        };
    fragmentProof(s, addresses, f.proof);
    f.proof.cannotRuleOut
        = NATDOCTOR_TEXT("Finding", "what the destination sends: only its own packets show that.");
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

const char* const kCaptureCommand
    = "sudo tcpdump -i any -w out.pcap 'host DEST and (tcp port PORT or ip[6:2] & 0x1fff != 0) or "
      "(icmp[0] = 3 and icmp[1] = 4)'";

Text filterHint()
{
    return NATDOCTOR_TEXT(
        "Finding",
        "Capture on a host in a public subnet, started before the request, with a filter that keeps trailing "
        "fragments, while the host fetches a response of at least 16 KiB.");
}

// The next step of every "the capture cannot decide" finding: capture again.
std::vector<Action> captureAgain()
{
    return { { NATDOCTOR_TEXT("Finding",
                              "Capture on a host in a public subnet (started before the request) while it "
                              "fetches a response of at "
                              "least 16 KiB from the destination, then analyse the file"),
               { kCaptureCommand, "natdoctor analyze out.pcap --dest DEST" } } };
}

Finding insufficient(Text title, Message detail)
{
    Finding f = makeFinding(findingid::InsufficientEvidence, Severity::Warning, Confidence::High,
                            std::move(title), std::move(detail));
    f.actions = captureAgain();
    return f;
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
            f.title = NATDOCTOR_TEXT("Finding", "Fragments arrived, but the capturing host is behind a NAT");
            f.detail += NATDOCTOR_TEXT(
                "Finding",
                "The capturing host reaches the destination through a NAT, which may have reassembled the "
                "response and fragmented it again: what the destination itself sends is not shown. Capture "
                "on an instance in a public subnet.");
            f.actions.insert(f.actions.begin(), captureAgain().front());
        }
        out.push_back(std::move(f));
        return;
    }
    if (c.trigger == CaptureContext::Trigger::Icmp) {
        Message detail = d.icmp > 0
            ? NATDOCTOR_TEXT("Finding",
                             "The destination's echo replies came back fragmented ({n|# fragment|# "
                             "fragments}), which is why large "
                             "pings fail behind a NAT gateway: expected, not a symptom.")
                  .integer("n", static_cast<long long>(d.icmp))
            : NATDOCTOR_TEXT("Finding", "The ping's replies were not fragmented.");
        detail += NATDOCTOR_TEXT(
            "Finding",
            "Whether its TCP responses fragment depends on its TCP stack (DF, path MTU discovery), not on "
            "ICMP. Run the check with an HTTP, HTTPS or TCP request that returns at least 16 KiB.");
        Finding f = insufficient(
            NATDOCTOR_TEXT("Finding", "A ping cannot decide whether the destination fragments TCP"),
            std::move(detail));
        f.actions = { { NATDOCTOR_TEXT("Finding",
                                       "Run the check again with a TCP trigger that fetches at least 16 KiB"),
                        { "natdoctor diagnose ... --trigger https --size 65536" } } };
        out.push_back(std::move(f));
        return;
    }
    if (s.packets == 0 || s.ipPackets == 0) {
        Message detail
            = NATDOCTOR_TEXT(
                  "Finding",
                  "It has {records|# record|# records} and {ip|# IP packet|# IP packets}: nothing shows "
                  "whether the destination fragments.")
                  .integer("records", static_cast<long long>(s.packets))
                  .integer("ip", static_cast<long long>(s.ipPackets));
        detail += filterHint();
        out.push_back(insufficient(NATDOCTOR_TEXT("Finding", "The capture holds no traffic to judge"),
                                   std::move(detail)));
        return;
    }
    if (!c.listeningProven) {
        Finding f = insufficient(
            NATDOCTOR_TEXT("Finding", "The capture was not proven listening before the request"),
            NATDOCTOR_TEXT("Finding",
                           "tcpdump never confirmed it was listening, so fragments may have arrived before "
                           "it started. Run the "
                           "check again; if it recurs, check that tcpdump can start on the public host."));
        f.actions
            = { { NATDOCTOR_TEXT("Finding",
                                 "Check that tcpdump starts on the public host, then run the check again"),
                  { "sudo timeout 5 tcpdump -i any -c 1 -w /dev/null" } } };
        out.push_back(std::move(f));
        return;
    }
    if (!largeResponseFromDestination(s, c)) {
        const uint64_t threshold = s.tcp.largeResponseThreshold ? s.tcp.largeResponseThreshold : 16384;
        Message detail
            = NATDOCTOR_TEXT(
                  "Finding",
                  "Fragmentation shows only in responses larger than the path MTU; the capture holds "
                  "{n|# established connection|# established connections} and its largest response was "
                  "{bytes} bytes (at least {kib} KiB with its handshake is needed).")
                  .integer("n", static_cast<long long>(s.tcp.established))
                  .integer("bytes", static_cast<long long>(s.tcp.largestResponseBytes))
                  .integer("kib", static_cast<long long>(threshold / 1024));
        detail += filterHint();
        out.push_back(
            insufficient(NATDOCTOR_TEXT("Finding", "No large response from the destination was captured"),
                         std::move(detail)));
        return;
    }
    if (c.vantage == CaptureContext::Vantage::BehindNat) {
        out.push_back(insufficient(
            NATDOCTOR_TEXT("Finding", "No fragments seen, but the capturing host is behind a NAT"),
            NATDOCTOR_TEXT("Finding",
                           "A NAT instance on the way reassembles fragments before they reach the capturing "
                           "host, so their "
                           "absence proves nothing. Capture on an instance in a public subnet (route to an "
                           "internet gateway, "
                           "public IP).")));
        return;
    }
    const bool file = c.trigger == CaptureContext::Trigger::Unknown;
    Message detail
        = NATDOCTOR_TEXT(
              "Finding",
              "{n|# response|# responses} of at least {kib} KiB (the largest {bytes} bytes), handshake "
              "included, arrived and none of the destination's packets was IP-fragmented: a NAT gateway's "
              "fragment dropping does not explain failures on this path.")
              .integer("n", static_cast<long long>(s.tcp.largeResponses))
              .integer("kib", static_cast<long long>(s.tcp.largeResponseThreshold / 1024))
              .integer("bytes", static_cast<long long>(s.tcp.largestResponseBytes));
    if (c.vantage != CaptureContext::Vantage::Public)
        detail += file
            ? NATDOCTOR_TEXT(
                "Finding",
                "This holds if the capture was taken where nothing reassembles on the way (not behind a "
                "NAT instance).")
            : NATDOCTOR_TEXT(
                "Finding",
                "Whether the capturing host reaches the destination without a NAT was not proven.");
    Finding f = makeFinding(
        findingid::NoFragmentationObserved, Severity::Info,
        c.vantage == CaptureContext::Vantage::Public ? Confidence::High : Confidence::Medium,
        NATDOCTOR_TEXT("Finding", "Large responses arrived without fragmentation"), std::move(detail));
    f.actions = {
        { NATDOCTOR_TEXT(
              "Finding",
              "Fragmentation is ruled out for this path; check tcp_tw_recycle on the remote server next (or "
              "run the timestamps test from a private instance)"),
          { "cat /proc/sys/net/ipv4/tcp_tw_recycle" } }
    };
    f.proof.displayFilter = "ip.flags.mf==1 || ip.frag_offset>0 || ipv6.fragment";
    f.proof.cannotRuleOut = NATDOCTOR_TEXT("Finding",
                                           "tcp_tw_recycle on the remote server; fragmentation at other "
                                           "times, of other responses, or on another path to the "
                                           "destination.");
    out.push_back(std::move(f));
}

} // namespace

FragmentRole fragmentRole(const CaptureSummary& s, const CaptureContext& c, const IpAddress& source)
{
    if (contains(c.localAddresses, source))
        return FragmentRole::Local;
    if (!c.destinations.empty()
            ? contains(c.destinations, source)
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
        std::vector<Text> routers;
        for (const FragNeeded& n : s.icmpFragNeeded)
            routers.push_back(NATDOCTOR_TEXT("Finding", "{address} (MTU {mtu}, {n|# message|# messages})")
                                  .plain("address", n.from.toString())
                                  .integer("mtu", n.mtu)
                                  .integer("n", static_cast<long long>(n.count)));
        Finding f = makeFinding(findingid::IcmpFragmentationNeeded, Severity::Info, Confidence::High,
                                NATDOCTOR_TEXT("Finding", "Routers report a smaller path MTU"),
                                NATDOCTOR_TEXT("Finding",
                                               "ICMP \"fragmentation needed\" / ICMPv6 \"packet too big\" "
                                               "from {routers}. Path MTU discovery works for "
                                               "senders that set DF and let these messages in; a sender that "
                                               "ignores them, or sends without DF, gets "
                                               "its packets fragmented instead.")
                                    .list("routers", std::move(routers)));
        f.actions
            = { { NATDOCTOR_TEXT(
                      "Finding",
                      "Check that the senders let these messages in (security groups, network ACLs, host "
                      "firewalls) and see the path MTU the kernel learned"),
                  { "ip route get DEST", "tracepath -n DEST" } } };
        f.proof.displayFilter = "(icmp.type==3 && icmp.code==4) || icmpv6.type==2";
        out.push_back(std::move(f));
    }

    if (tcp.unanswered > 0) {
        Finding f = makeFinding(
            findingid::SynUnanswered, Severity::Problem, Confidence::Medium,
            NATDOCTOR_TEXT("Finding",
                           "{n|# connection attempt|# connection attempts} of {total} got no answer")
                .integer("n", static_cast<long long>(tcp.unanswered))
                .integer("total", static_cast<long long>(tcp.connections)),
            NATDOCTOR_TEXT(
                "Finding",
                "SYN sent, neither SYN-ACK nor RST came back within the retransmission time ({n|# SYN "
                "retransmission|# SYN retransmissions}). Behind one NAT address this is what a server with "
                "tcp_tw_recycle does to SYNs whose timestamps go backwards (PAWS); a full SYN queue, a "
                "firewall or "
                "network ACL dropping SYNs, or a server that is down look the same from here.")
                .integer("n", static_cast<long long>(tcp.synRetransmissions)));
        f.actions = {
            { NATDOCTOR_TEXT(
                  "Finding",
                  "Check the remote server's tcp_tw_recycle and SYN queue counters (with access to it), or "
                  "run the timestamps test from a private instance (without)"),
              { "cat /proc/sys/net/ipv4/tcp_tw_recycle",
                "nstat -az TcpExtListenOverflows TcpExtListenDrops TcpExtPAWSPassive" } }
        };
        f.proof.frameCount = tcp.unanswered;
        f.proof.displayFilter = "tcp.flags.syn==1 && tcp.flags.ack==0 && tcp.analysis.retransmission";
        f.proof.cannotRuleOut = NATDOCTOR_TEXT("Finding",
                                               "which cause drops the SYNs (PAWS with tcp_tw_recycle, a full "
                                               "SYN queue, a firewall): only the server's own counters or "
                                               "the timestamps test tell them apart.");
        out.push_back(std::move(f));
    }

    if (tcp.stalled > 0) {
        Finding f = makeFinding(
            findingid::StalledAfterConnect, Severity::Problem, Confidence::Medium,
            NATDOCTOR_TEXT("Finding", "{n|# connection|# connections} stalled after connecting")
                .integer("n", static_cast<long long>(tcp.stalled)),
            NATDOCTOR_TEXT(
                "Finding",
                "The handshake completed and the request was sent, then the response stopped arriving and "
                "the client "
                "gave up. This is how lost IP fragments look from the receiving side: the small part of a "
                "response "
                "arrives, the fragmented rest never does. Capture on a public-subnet host to see whether the "
                "destination fragments."));
        f.actions = captureAgain();
        f.proof.cannotRuleOut = NATDOCTOR_TEXT("Finding",
                                               "a server or application that stops sending by itself: "
                                               "only a capture on a public-subnet host shows whether "
                                               "fragments were sent.");
        out.push_back(std::move(f));
    }

    if (!s.timestamps.suspectSources.empty()) {
        const SuspectSource& worst = s.timestamps.suspectSources.front();
        Message detail
            = NATDOCTOR_TEXT(
                  "Finding",
                  "{address} sent {syns} SYNs with timestamps to {destination} from {clocks} different "
                  "clocks, {backwards} of them lower than the one before.")
                  .plain("address", worst.address.toString())
                  .integer("syns", static_cast<long long>(worst.syns))
                  .plain("destination", worst.destination.toString())
                  .integer("clocks", static_cast<long long>(worst.clocks))
                  .integer("backwards", static_cast<long long>(worst.backwards));
        if (s.timestamps.suspectSources.size() > 1)
            detail += NATDOCTOR_TEXT("Finding", "{n} address pairs in all.")
                          .integer("n", static_cast<long long>(s.timestamps.suspectSources.size()));
        detail += NATDOCTOR_TEXT(
            "Finding",
            "Several hosts behind one NAT address do this; a server with tcp_tw_recycle=1 drops such SYNs "
            "(PAWS). Confirm on the server, or with the timestamps test.");
        Finding f = makeFinding(findingid::SynTimestampsNonMonotonic, Severity::Warning, Confidence::Medium,
                                NATDOCTOR_TEXT("Finding", "SYN timestamps from one address go backwards"),
                                std::move(detail));
        f.actions = { { NATDOCTOR_TEXT("Finding", "Read tcp_tw_recycle on the destination server"),
                        { "cat /proc/sys/net/ipv4/tcp_tw_recycle" } } };
        f.proof.displayFilter = (worst.address.family == 6 ? "ipv6.src==" : "ip.src==")
            + worst.address.toString()
            + " && tcp.flags.syn==1 && tcp.flags.ack==0 && tcp.options.timestamp.tsval";
        f.proof.cannotRuleOut = NATDOCTOR_TEXT("Finding",
                                               "whether the server drops these SYNs: only its "
                                               "tcp_tw_recycle setting or the timestamps test tell.");
        out.push_back(std::move(f));
    }
    return out;
}

} // namespace natdoctor::findings
