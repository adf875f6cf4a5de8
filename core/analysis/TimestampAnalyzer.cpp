#include "analysis/TimestampAnalyzer.h"

#include <algorithm>

namespace natdoctor::analysis {

TimestampAnalyzer::TimestampAnalyzer(const AnalysisOptions& options)
    : m_options(options)
{
}

void TimestampAnalyzer::addSyn(const capture::DecodedPacket& p)
{
    if (!p.tcp.hasTimestamp)
        return;
    ++m_synsWithTimestamps;
    auto [it, inserted] = m_live.try_emplace(PairKey { p.src, p.dst });
    PairState& s = it->second;
    // TSval is a 32-bit clock that wraps: compare as a signed distance.
    if (!inserted && static_cast<int32_t>(p.tcp.tsVal - s.lastTsVal) < 0)
        ++s.backwards;
    ++s.syns;
    s.lastTsVal = p.tcp.tsVal;
    s.lastUs = p.timeUs;
}

void TimestampAnalyzer::retire(const PairKey& key, const PairState& state)
{
    if (state.backwards == 0)
        return;
    auto& [syns, backwards] = m_suspects[key];
    syns += state.syns;
    backwards += state.backwards;
}

void TimestampAnalyzer::expire(int64_t nowUs)
{
    std::erase_if(m_live, [&](const auto& entry) {
        if (nowUs - entry.second.lastUs <= m_options.timestampIdleTimeoutUs)
            return false;
        retire(entry.first, entry.second);
        return true;
    });
}

void TimestampAnalyzer::finish(TimestampSummary& out)
{
    for (const auto& [key, state] : m_live)
        retire(key, state);
    m_live.clear();
    out.synsWithTimestamps = m_synsWithTimestamps;
    out.suspectSources.clear();
    for (const auto& [key, counts] : m_suspects)
        out.suspectSources.push_back({ key.src, key.dst, counts.first, counts.second });
    std::stable_sort(out.suspectSources.begin(), out.suspectSources.end(),
        [](const auto& a, const auto& b) { return a.backwards > b.backwards; });
}

} // namespace natdoctor::analysis
