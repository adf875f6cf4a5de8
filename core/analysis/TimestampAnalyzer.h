#pragma once

#include "analysis/AnalysisOptions.h"
#include "analysis/CaptureSummary.h"
#include "analysis/FlatTable.h"
#include "capture/DecodedPacket.h"

#include <array>
#include <map>
#include <unordered_map>
#include <utility>
#include <vector>

namespace natdoctor::analysis {

// Finds source addresses whose SYN timestamps (TSval) go backwards from one
// connection to the next towards the same destination: what a server with
// tcp_tw_recycle sees from several hosts behind one NAT address, and what makes
// it drop their SYNs (PAWS). Keyed per (source, destination) because Linux
// offsets timestamps per address pair; a sender that randomises them per
// connection is told apart by its clocks: SYNs from one host follow one
// "clock line" (TSval advancing at 100-1000 Hz with time), several hosts give
// a few lines, per-connection random offsets give a new line almost every SYN.
class TimestampAnalyzer
{
public:
    explicit TimestampAnalyzer(const AnalysisOptions& options);

    // Feeds the SYN of a new connection attempt (not a retransmission).
    void addSyn(const capture::DecodedPacket& packet);
    void expire(int64_t nowUs);
    void finish(TimestampSummary& out);

private:
    struct PairKey
    {
        IpAddress src;
        IpAddress dst;
        friend bool operator==(const PairKey&, const PairKey&) = default;
        friend auto operator<=>(const PairKey&, const PairKey&) = default;
    };
    struct PairKeyHash
    {
        size_t operator()(const PairKey& k) const
        {
            return capture::hashAddress(k.dst, capture::hashAddress(k.src));
        }
    };
    struct ClockLine
    {
        uint32_t lastTsVal = 0;
        int64_t lastUs = 0;
    };
    struct PairState
    {
        uint32_t lastTsVal = 0;
        int64_t lastUs = 0;
        uint64_t syns = 0;
        uint64_t backwards = 0;
        uint64_t newLines = 0; // SYNs that fit no known clock line
        // The most recent clock lines, inline (no allocation per pair).
        std::array<ClockLine, 8> lines {};
        uint8_t lineCount = 0;
        uint8_t nextLine = 0; // the slot to overwrite when all are used
    };
    struct Totals
    {
        uint64_t syns = 0;
        uint64_t backwards = 0;
        uint64_t newLines = 0;
    };
    static bool fits(const ClockLine& line, uint32_t tsVal, int64_t timeUs);

    void retire(const PairKey& key, const PairState& state);

    AnalysisOptions m_options;
    FlatTable<PairKey, PairState, PairKeyHash> m_live;
    // Suspects survive expiry; a pair that comes back adds to its counts.
    std::map<PairKey, Totals> m_suspects;
    uint64_t m_synsWithTimestamps = 0;
};

} // namespace natdoctor::analysis
