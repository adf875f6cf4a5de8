#include "analysis/SummaryFormat.h"

#include "util/JsonWriter.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace natdoctor::analysis {

namespace {

// Lists of addresses are cut to the largest entries so a capture of many
// hosts still gives a readable JSON object; "*_count" says how many there were.
constexpr size_t kMaxListed = 20;

template <typename List> size_t listed(const List& list)
{
    return std::min(list.size(), kMaxListed);
}

void writeFragments(JsonWriter& w, const FragmentSummary& f)
{
    w.key("fragments").beginObject();
    w.key("packets").value(f.packets);
    w.key("datagrams").value(f.datagrams);
    w.key("reassembled").value(f.reassembled);
    w.key("by_protocol").beginObject();
    w.key("tcp").value(f.tcpPackets).key("udp").value(f.udpPackets);
    w.key("icmp").value(f.icmpPackets).key("other").value(f.otherPackets);
    w.endObject();
    w.key("sizes").beginObject();
    w.key("min").value(f.minSize).key("max").value(f.maxSize);
    w.key("histogram").beginArray();
    for (const SizeBin& bin : f.sizes)
        w.beginObject()
            .key("from")
            .value(bin.from)
            .key("to")
            .value(bin.to)
            .key("count")
            .value(bin.count)
            .endObject();
    w.endArray();
    w.endObject();
    w.key("source_count").value(f.bySource.size());
    w.key("by_source").beginArray();
    for (size_t i = 0; i < listed(f.bySource); ++i) {
        const SourceFragments& s = f.bySource[i];
        w.beginObject().key("address").value(s.address.toString());
        w.key("packets").value(s.packets).key("datagrams").value(s.datagrams);
        w.key("tcp")
            .value(s.tcpPackets)
            .key("icmp")
            .value(s.icmpPackets)
            .key("max_size")
            .value(s.maxSize)
            .endObject();
    }
    w.endArray();
    w.key("large_without_df").beginObject().key("packets").value(f.largeWithoutDf);
    w.key("source_count").value(f.largeWithoutDfBySource.size());
    w.key("by_source").beginArray();
    for (size_t i = 0; i < listed(f.largeWithoutDfBySource); ++i) {
        const SourceCount& s = f.largeWithoutDfBySource[i];
        w.beginObject()
            .key("address")
            .value(s.address.toString())
            .key("packets")
            .value(s.packets)
            .endObject();
    }
    w.endArray().endObject();
    w.key("df_by_source").beginArray();
    for (size_t i = 0; i < listed(f.dfBySource); ++i) {
        const SourceDf& s = f.dfBySource[i];
        w.beginObject().key("address").value(s.address.toString()).key("with_df").value(s.withDf);
        w.key("without_df").value(s.withoutDf).endObject();
    }
    w.endArray();
    w.endObject();
}

void writeTcp(JsonWriter& w, const TcpSummary& t)
{
    w.key("tcp").beginObject();
    w.key("connections").value(t.connections);
    w.key("established").value(t.established);
    w.key("refused").value(t.refused);
    w.key("unanswered").value(t.unanswered);
    w.key("undetermined").value(t.undetermined);
    w.key("syn_retransmissions").value(t.synRetransmissions);
    w.key("stalled").value(t.stalled);
    w.key("fragmented_connections").value(t.fragmentedConnections);
    w.key("large_responses").value(t.largeResponses);
    w.key("largest_response_bytes").value(t.largestResponseBytes);
    w.key("large_response_threshold").value(t.largeResponseThreshold);
    w.key("bucket_seconds").value(t.bucketSeconds);
    w.key("timeline").beginArray();
    for (const TimelineBucket& b : t.timeline) {
        w.beginObject().key("t").value(b.t).key("connections").value(b.connections);
        w.key("established").value(b.established).endObject();
    }
    w.endArray();
    w.key("server_count").value(t.servers.size());
    w.key("servers").beginArray();
    for (size_t i = 0; i < listed(t.servers); ++i) {
        const ServerCount& s = t.servers[i];
        w.beginObject().key("address").value(s.address.toString()).key("port").value(s.port);
        w.key("connections").value(s.connections).endObject();
    }
    w.endArray();
    w.key("client_count").value(t.clients.size());
    w.key("clients").beginArray();
    for (size_t i = 0; i < listed(t.clients); ++i)
        w.beginObject()
            .key("address")
            .value(t.clients[i].address.toString())
            .key("connections")
            .value(t.clients[i].packets)
            .endObject();
    w.endArray();
    w.endObject();
}

} // namespace

std::string summaryToJson(const CaptureSummary& s, bool pretty, const std::function<void(JsonWriter&)>& extra)
{
    JsonWriter w(pretty);
    writeSummary(w, s, extra);
    return w.str() + "\n";
}

void writeSummary(JsonWriter& w, const CaptureSummary& s, const std::function<void(JsonWriter&)>& extra)
{
    w.beginObject();
    w.key("packets").value(s.packets);
    w.key("truncated").value(s.truncated);
    if (!s.readError.empty())
        w.key("read_error").value(s.readError);
    w.key("link_type").value(s.linkType);
    w.key("duration_seconds").value(s.durationSeconds);
    w.key("ip_packets").value(s.ipPackets);
    w.key("malformed_packets").value(s.malformedPackets);
    writeFragments(w, s.fragments);
    w.key("icmp_frag_needed").beginArray();
    for (const FragNeeded& n : s.icmpFragNeeded)
        w.beginObject()
            .key("from")
            .value(n.from.toString())
            .key("mtu")
            .value(n.mtu)
            .key("count")
            .value(n.count)
            .endObject();
    w.endArray();
    writeTcp(w, s.tcp);
    w.key("timestamps").beginObject();
    w.key("syns_with_timestamps").value(s.timestamps.synsWithTimestamps);
    for (const auto& [name, list] : { std::pair { "suspect_sources", &s.timestamps.suspectSources },
                                      std::pair { "randomized_sources", &s.timestamps.randomizedSources } }) {
        w.key(name).beginArray();
        for (size_t i = 0; i < listed(*list); ++i) {
            const SuspectSource& src = (*list)[i];
            w.beginObject().key("address").value(src.address.toString());
            w.key("destination").value(src.destination.toString());
            w.key("syns")
                .value(src.syns)
                .key("backwards")
                .value(src.backwards)
                .key("clocks")
                .value(src.clocks);
            w.endObject();
        }
        w.endArray();
    }
    w.endObject();
    if (extra)
        extra(w);
    w.endObject();
}

std::string summaryToText(const CaptureSummary& s)
{
    std::string out;
    char line[256];
    auto add = [&](const char* format, auto... args) {
        std::snprintf(line, sizeof line, format, args...);
        out += line;
    };
    using ull = unsigned long long;
    // The duration through to_chars: snprintf's %f follows the process locale.
    char seconds[48];
    *std::to_chars(seconds, seconds + sizeof seconds - 1, s.durationSeconds, std::chars_format::fixed, 1).ptr
        = '\0';
    add("Packets:      %llu (%s, %s s)%s\n", ull(s.packets), s.linkType.c_str(), seconds,
        s.truncated ? ", capture truncated" : "");
    if (!s.readError.empty())
        add("Read stopped: %s\n", s.readError.c_str());
    const FragmentSummary& f = s.fragments;
    add("Fragments:    %llu packets in %llu datagrams (%llu reassemblable); TCP %llu, UDP %llu, ICMP %llu\n",
        ull(f.packets), ull(f.datagrams), ull(f.reassembled), ull(f.tcpPackets), ull(f.udpPackets),
        ull(f.icmpPackets));
    if (f.packets > 0)
        add("              sizes %u-%u bytes, top source %s\n", f.minSize, f.maxSize,
            f.bySource.front().address.toString().c_str());
    for (const FragNeeded& n : s.icmpFragNeeded)
        add("Frag needed:  from %s, MTU %u (%llu)\n", n.from.toString().c_str(), n.mtu, ull(n.count));
    const TcpSummary& t = s.tcp;
    add("Connections:  %llu attempts: %llu established, %llu refused, %llu unanswered, %llu undetermined; "
        "%llu SYN retransmissions, %llu stalled\n",
        ull(t.connections), ull(t.established), ull(t.refused), ull(t.unanswered), ull(t.undetermined),
        ull(t.synRetransmissions), ull(t.stalled));
    return out;
}

} // namespace natdoctor::analysis
