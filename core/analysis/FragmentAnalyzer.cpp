#include "analysis/FragmentAnalyzer.h"

#include "analysis/BoundedCounts.h"

#include <algorithm>

namespace natdoctor::analysis {

namespace {

constexpr uint32_t SizeBinWidth = 100;
constexpr uint32_t MaxTrackedSize = 65535;
// Larger than the IPv6 minimum MTU: a packet this big without DF fragments on
// many real paths.
constexpr uint32_t LargePacketBytes = 1280;
// Larger than any handshake or bare ACK: a packet that carries data.
constexpr uint32_t DataPacketBytes = 576;

} // namespace

size_t FragmentAnalyzer::KeyHash::operator()(const Key& k) const
{
    const uint64_t seed = static_cast<uint64_t>(k.id) << 8 | k.protocol;
    return capture::hashAddress(k.dst, capture::hashAddress(k.src, seed));
}

FragmentAnalyzer::FragmentAnalyzer(const AnalysisOptions& options)
    : m_options(options)
    , m_sizeBins(MaxTrackedSize / SizeBinWidth + 1, 0)
{
}

void FragmentAnalyzer::cover(Datagram& d, uint32_t from, uint32_t to)
{
    if (from >= to)
        return;
    auto& c = d.covered;
    // Insert keeping the intervals sorted, then merge overlapping/adjacent ones.
    auto it = std::lower_bound(c.begin(), c.end(), std::make_pair(from, to));
    c.insert(it, { from, to });
    size_t write = 0;
    for (size_t read = 1; read < c.size(); ++read) {
        if (c[read].first <= c[write].second)
            c[write].second = std::max(c[write].second, c[read].second);
        else
            c[++write] = c[read];
    }
    c.resize(write + 1);
}

std::optional<FragmentAnalyzer::Attribution> FragmentAnalyzer::addFragment(const capture::DecodedPacket& p)
{
    ++m_totals.packets;
    switch (p.protocol) {
    case capture::ipproto::Tcp:
        ++m_totals.tcpPackets;
        break;
    case capture::ipproto::Udp:
        ++m_totals.udpPackets;
        break;
    case capture::ipproto::Icmp:
    case capture::ipproto::Icmpv6:
        ++m_totals.icmpPackets;
        break;
    default:
        ++m_totals.otherPackets;
        break;
    }
    const uint32_t size = p.ipLength;
    ++m_sizeBins[std::min(size, MaxTrackedSize) / SizeBinWidth];
    m_totals.minSize = m_totals.packets == 1 ? size : std::min(m_totals.minSize, size);
    m_totals.maxSize = std::max(m_totals.maxSize, size);

    SourceCounts* sourceIt = m_bySource.find(p.src);
    if (!sourceIt) {
        keepLargest(m_bySource, [](const SourceCounts& c) { return c.packets; });
        sourceIt = m_bySource.tryEmplace(p.src).first;
    }
    SourceCounts& source = *sourceIt;
    ++source.packets;
    source.tcpPackets += p.protocol == capture::ipproto::Tcp;
    source.icmpPackets += p.protocol == capture::ipproto::Icmp || p.protocol == capture::ipproto::Icmpv6;
    source.maxSize = std::max(source.maxSize, size);

    const Key key { p.src, p.dst, p.ipId, p.protocol };
    auto [it, inserted] = m_live.tryEmplace(key);
    Datagram& d = *it;
    if (inserted) {
        ++m_totals.datagrams;
        ++source.datagrams;
    }
    d.lastUs = p.timeUs;
    const uint32_t from = p.fragmentOffset;
    // An IP datagram is at most 64 KiB (IPv4) or 4 GiB (IPv6 jumbo): no wrap.
    const auto to = static_cast<uint32_t>(
        std::min<uint64_t>(uint64_t { from } + p.fragmentPayloadLength, 0xffffffffULL));
    if (!p.moreFragments)
        d.end = to;
    cover(d, from, to);
    if (!d.complete && d.end != 0 && d.covered.size() == 1 && d.covered.front().first == 0
        && d.covered.front().second >= d.end) {
        d.complete = true;
        ++m_totals.reassembled;
    }

    if (p.protocol != capture::ipproto::Tcp)
        return std::nullopt;
    if (!d.hasFlow && p.hasTcp) {
        d.hasFlow = true;
        d.flow = FlowKey::make(p.src, p.tcp.srcPort, p.dst, p.tcp.dstPort, d.srcIsLo);
        Attribution a { d.flow, d.srcIsLo, d.pendingBytes + p.fragmentPayloadLength };
        d.pendingBytes = 0;
        return a;
    }
    if (!d.hasFlow) {
        d.pendingBytes += p.fragmentPayloadLength;
        return std::nullopt;
    }
    return Attribution { d.flow, d.srcIsLo, p.fragmentPayloadLength };
}

void FragmentAnalyzer::addWhole(const capture::DecodedPacket& p)
{
    if (p.ipVersion == 4 && p.ipLength > DataPacketBytes && !p.superPacket) {
        // One lookup per data packet (they are most packets): only a new
        // source pays for a second one and the pruning.
        DfCounts* it = m_dfBySource.find(p.src);
        if (!it) {
            keepLargest(m_dfBySource, [](const DfCounts& c) { return c.withDf + c.withoutDf; });
            it = m_dfBySource.tryEmplace(p.src).first;
        }
        ++(p.dontFragment ? it->withDf : it->withoutDf);
    }
    if (p.ipVersion == 4 && !p.dontFragment && p.ipLength > LargePacketBytes && !p.superPacket) {
        ++m_totals.largeWithoutDf;
        if (++*m_noDfBySource.tryEmplace(p.src).first == 1)
            keepLargest(m_noDfBySource, [](uint64_t count) { return count; });
    }
}

void FragmentAnalyzer::expire(int64_t nowUs)
{
    m_live.eraseIf(
        [&](const Key&, const Datagram& d) { return nowUs - d.lastUs > m_options.fragmentTimeoutUs; });
}

std::vector<SizeBin> FragmentAnalyzer::sizeBins() const
{
    std::vector<SizeBin> bins;
    for (uint32_t i = 0; i < m_sizeBins.size(); ++i) {
        if (m_sizeBins[i] != 0)
            bins.push_back({ i * SizeBinWidth, i * SizeBinWidth + SizeBinWidth - 1, m_sizeBins[i] });
    }
    return bins;
}

void FragmentAnalyzer::finish(FragmentSummary& out)
{
    out = m_totals;
    out.sizes = sizeBins();
    m_bySource.forEach([&](const IpAddress& address, const SourceCounts& counts) {
        out.bySource.push_back({ address, counts.packets, counts.datagrams, counts.tcpPackets,
                                 counts.icmpPackets, counts.maxSize });
    });
    std::sort(out.bySource.begin(), out.bySource.end(), [](const auto& a, const auto& b) {
        return a.packets != b.packets ? a.packets > b.packets : a.address < b.address;
    });
    m_noDfBySource.forEach([&](const IpAddress& address, uint64_t packets) {
        out.largeWithoutDfBySource.push_back({ address, packets });
    });
    std::sort(out.largeWithoutDfBySource.begin(), out.largeWithoutDfBySource.end(),
              [](const auto& a, const auto& b) {
                  return a.packets != b.packets ? a.packets > b.packets : a.address < b.address;
              });
    m_dfBySource.forEach([&](const IpAddress& address, const DfCounts& df) {
        out.dfBySource.push_back({ address, df.withDf, df.withoutDf });
    });
    std::sort(out.dfBySource.begin(), out.dfBySource.end(), [](const auto& a, const auto& b) {
        const uint64_t na = a.withDf + a.withoutDf, nb = b.withDf + b.withoutDf;
        return na != nb ? na > nb : a.address < b.address;
    });
    m_live.clear();
}

} // namespace natdoctor::analysis
