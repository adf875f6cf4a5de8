#include "analysis/TimestampAnalyzer.h"

#include "analysis/BoundedCounts.h"

#include <algorithm>

namespace natdoctor::analysis {

TimestampAnalyzer::TimestampAnalyzer(const AnalysisOptions& options)
    : m_options(options)
{
}

bool TimestampAnalyzer::fits(const ClockLine& line, uint32_t tsVal, int64_t timeUs)
{
    // TSval is a 32-bit clock that wraps: compare as a signed distance. Linux
    // ticks it at 1000 Hz (older kernels at HZ, 100-1000); allow some slack.
    const int64_t advanced = static_cast<int32_t>(tsVal - line.lastTsVal);
    const double seconds = static_cast<double>(timeUs - line.lastUs) / 1e6;
    return advanced >= 0 && advanced <= 1100.0 * seconds + 50.0 && advanced >= 90.0 * seconds - 50.0;
}

void TimestampAnalyzer::addSyn(const capture::DecodedPacket& p)
{
    if (!p.tcp.hasTimestamp)
        return;
    ++m_synsWithTimestamps;
    auto [slot, inserted] = m_live.tryEmplace(PairKey { p.src, p.dst });
    PairState& s = *slot;
    if (!inserted && static_cast<int32_t>(p.tcp.tsVal - s.lastTsVal) < 0)
        ++s.backwards;
    ++s.syns;
    s.lastTsVal = p.tcp.tsVal;
    s.lastUs = p.timeUs;

    const auto used = s.lines.begin() + s.lineCount;
    const auto line = std::find_if(s.lines.begin(), used,
                                   [&](const ClockLine& l) { return fits(l, p.tcp.tsVal, p.timeUs); });
    if (line != used) {
        *line = { p.tcp.tsVal, p.timeUs };
        return;
    }
    if (s.lineCount > 0)
        ++s.newLines;
    if (s.lineCount < s.lines.size()) {
        s.lines[s.lineCount++] = { p.tcp.tsVal, p.timeUs };
    } else {
        s.lines[s.nextLine] = { p.tcp.tsVal, p.timeUs }; // forget the oldest line
        s.nextLine = static_cast<uint8_t>((s.nextLine + 1) % s.lines.size());
    }
}

void TimestampAnalyzer::retire(const PairKey& key, const PairState& state)
{
    if (state.backwards == 0)
        return;
    if (!m_suspects.contains(key))
        keepLargest(m_suspects, [](const auto& e) { return e.second.backwards; });
    Totals& t = m_suspects[key];
    t.syns += state.syns;
    t.backwards += state.backwards;
    t.newLines += state.newLines;
}

void TimestampAnalyzer::expire(int64_t nowUs)
{
    m_live.eraseIf([&](const PairKey& key, const PairState& state) {
        if (nowUs - state.lastUs <= m_options.timestampIdleTimeoutUs)
            return false;
        retire(key, state);
        return true;
    });
}

void TimestampAnalyzer::finish(TimestampSummary& out)
{
    m_live.forEach([&](const PairKey& key, const PairState& state) { retire(key, state); });
    m_live.clear();
    out.synsWithTimestamps = m_synsWithTimestamps;
    out.suspectSources.clear();
    for (const auto& [key, t] : m_suspects) {
        // A handful of clock lines is a handful of hosts; a new line for most
        // SYNs is one sender randomising its offsets per connection.
        const SuspectSource source { key.src, key.dst, t.syns, t.backwards, t.newLines + 1 };
        if (t.newLines * 2 >= t.syns)
            out.randomizedSources.push_back(source);
        else
            out.suspectSources.push_back(source);
    }
    const auto byBackwards = [](const auto& a, const auto& b) { return a.backwards > b.backwards; };
    std::stable_sort(out.suspectSources.begin(), out.suspectSources.end(), byBackwards);
    std::stable_sort(out.randomizedSources.begin(), out.randomizedSources.end(), byBackwards);
}

} // namespace natdoctor::analysis
