#pragma once

#include "analysis/AnalysisOptions.h"
#include "analysis/CaptureSummary.h"
#include "analysis/FlatTable.h"
#include "analysis/FlowKey.h"
#include "capture/DecodedPacket.h"

#include <optional>
#include <utility>
#include <vector>

namespace natdoctor::analysis {

// Counts IP fragments and datagrams, tracks reassembly coverage, sizes and
// sources. Live state is one entry per datagram seen in the last
// fragmentTimeout of capture time.
class FragmentAnalyzer
{
public:
    explicit FragmentAnalyzer(const AnalysisOptions& options);

    // Where a fragment's bytes belong, once the first fragment told us.
    struct Attribution
    {
        FlowKey flow;
        bool srcIsLo = false;
        uint32_t bytes = 0; // datagram bytes not attributed before
    };

    // Feeds one fragment. Returns the bytes that can now be attributed to a TCP
    // connection (the first fragment carries the ports; later ones inherit them).
    std::optional<Attribution> addFragment(const capture::DecodedPacket& packet);
    // Feeds a non-fragment IPv4 packet (for the no-DF check).
    void addWhole(const capture::DecodedPacket& packet);

    void expire(int64_t nowUs);
    uint64_t packets() const { return m_totals.packets; }
    std::vector<SizeBin> sizeBins() const; // non-empty bins so far, ascending
    void finish(FragmentSummary& out);

private:
    struct Key
    {
        IpAddress src;
        IpAddress dst;
        uint32_t id = 0;
        uint8_t protocol = 0;
        friend bool operator==(const Key&, const Key&) = default;
    };
    struct KeyHash
    {
        size_t operator()(const Key& k) const;
    };
    struct Datagram
    {
        int64_t lastUs = 0;
        uint32_t end = 0; // datagram payload length, once the last fragment is seen
        bool complete = false;
        bool hasFlow = false;
        bool srcIsLo = false;
        FlowKey flow;
        uint32_t pendingBytes = 0; // seen before the ports were known
        std::vector<std::pair<uint32_t, uint32_t>> covered; // merged [from, to)
    };
    struct SourceCounts
    {
        uint64_t packets = 0;
        uint64_t datagrams = 0;
        uint64_t tcpPackets = 0;
        uint64_t icmpPackets = 0;
        uint32_t maxSize = 0;
    };
    struct DfCounts
    {
        uint64_t withDf = 0;
        uint64_t withoutDf = 0;
    };

    static void cover(Datagram& d, uint32_t from, uint32_t to);

    AnalysisOptions m_options;
    FlatTable<Key, Datagram, KeyHash> m_live;
    FlatTable<IpAddress, SourceCounts, capture::IpAddressHash> m_bySource;
    FlatTable<IpAddress, uint64_t, capture::IpAddressHash> m_noDfBySource;
    FlatTable<IpAddress, DfCounts, capture::IpAddressHash> m_dfBySource;
    std::vector<uint64_t> m_sizeBins;
    FragmentSummary m_totals;
};

} // namespace natdoctor::analysis
