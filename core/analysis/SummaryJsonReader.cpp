// Reads the JSON of summaryToJson() back into a CaptureSummary (for session
// files). Missing fields stay at their defaults (findings are not part of a summary; they are derived from
// it, core/findings).
#include "analysis/SummaryFormat.h"
#include "util/JsonValue.h"

namespace natdoctor::analysis {

namespace {

IpAddress address(const JsonValue& v)
{
    return IpAddress::parse(v.asString());
}

void readFragments(const JsonValue& j, FragmentSummary& f)
{
    f.packets = j["packets"].asUnsigned();
    f.datagrams = j["datagrams"].asUnsigned();
    f.reassembled = j["reassembled"].asUnsigned();
    f.tcpPackets = j["by_protocol"]["tcp"].asUnsigned();
    f.udpPackets = j["by_protocol"]["udp"].asUnsigned();
    f.icmpPackets = j["by_protocol"]["icmp"].asUnsigned();
    f.otherPackets = j["by_protocol"]["other"].asUnsigned();
    f.minSize = static_cast<uint32_t>(j["sizes"]["min"].asUnsigned());
    f.maxSize = static_cast<uint32_t>(j["sizes"]["max"].asUnsigned());
    for (const JsonValue& b : j["sizes"]["histogram"].items())
        f.sizes.push_back({ static_cast<uint32_t>(b["from"].asUnsigned()),
                            static_cast<uint32_t>(b["to"].asUnsigned()), b["count"].asUnsigned() });
    for (const JsonValue& s : j["by_source"].items())
        f.bySource.push_back({ address(s["address"]), s["packets"].asUnsigned(), s["datagrams"].asUnsigned(),
                               s["tcp"].asUnsigned(), s["icmp"].asUnsigned(),
                               static_cast<uint32_t>(s["max_size"].asUnsigned()) });
    for (const JsonValue& s : j["df_by_source"].items())
        f.dfBySource.push_back(
            { address(s["address"]), s["with_df"].asUnsigned(), s["without_df"].asUnsigned() });
    f.largeWithoutDf = j["large_without_df"]["packets"].asUnsigned();
    for (const JsonValue& s : j["large_without_df"]["by_source"].items())
        f.largeWithoutDfBySource.push_back({ address(s["address"]), s["packets"].asUnsigned() });
}

void readTcp(const JsonValue& j, TcpSummary& t)
{
    t.connections = j["connections"].asUnsigned();
    t.established = j["established"].asUnsigned();
    t.refused = j["refused"].asUnsigned();
    t.unanswered = j["unanswered"].asUnsigned();
    t.undetermined = j["undetermined"].asUnsigned();
    t.synRetransmissions = j["syn_retransmissions"].asUnsigned();
    t.stalled = j["stalled"].asUnsigned();
    t.fragmentedConnections = j["fragmented_connections"].asUnsigned();
    t.largeResponses = j["large_responses"].asUnsigned();
    t.largestResponseBytes = j["largest_response_bytes"].asUnsigned();
    t.largeResponseThreshold = j["large_response_threshold"].asUnsigned(16384);
    t.bucketSeconds = j["bucket_seconds"].asDouble(1);
    for (const JsonValue& b : j["timeline"].items())
        t.timeline.push_back(
            { b["t"].asDouble(), b["connections"].asUnsigned(), b["established"].asUnsigned() });
    for (const JsonValue& s : j["servers"].items())
        t.servers.push_back({ address(s["address"]), static_cast<uint16_t>(s["port"].asUnsigned()),
                              s["connections"].asUnsigned() });
    for (const JsonValue& c : j["clients"].items())
        t.clients.push_back({ address(c["address"]), c["connections"].asUnsigned() });
}

} // namespace

CaptureSummary summaryFromJson(const JsonValue& j)
{
    CaptureSummary s;
    s.packets = j["packets"].asUnsigned();
    s.truncated = j["truncated"].asBool();
    s.readError = j["read_error"].asString();
    s.linkType = j["link_type"].asString();
    s.durationSeconds = j["duration_seconds"].asDouble();
    s.ipPackets = j["ip_packets"].asUnsigned();
    s.malformedPackets = j["malformed_packets"].asUnsigned();
    readFragments(j["fragments"], s.fragments);
    for (const JsonValue& n : j["icmp_frag_needed"].items())
        s.icmpFragNeeded.push_back(
            { address(n["from"]), static_cast<uint32_t>(n["mtu"].asUnsigned()), n["count"].asUnsigned() });
    readTcp(j["tcp"], s.tcp);
    s.timestamps.synsWithTimestamps = j["timestamps"]["syns_with_timestamps"].asUnsigned();
    for (const JsonValue& src : j["timestamps"]["suspect_sources"].items())
        s.timestamps.suspectSources.push_back({ address(src["address"]), address(src["destination"]),
                                                src["syns"].asUnsigned(), src["backwards"].asUnsigned(),
                                                src["clocks"].asUnsigned() });
    for (const JsonValue& src : j["timestamps"]["randomized_sources"].items())
        s.timestamps.randomizedSources.push_back({ address(src["address"]), address(src["destination"]),
                                                   src["syns"].asUnsigned(), src["backwards"].asUnsigned(),
                                                   src["clocks"].asUnsigned() });
    return s;
}

} // namespace natdoctor::analysis
