#include "analysis/CaptureAnalyzer.h"

#include "analysis/FragmentAnalyzer.h"
#include "analysis/HandshakeAnalyzer.h"
#include "analysis/TimestampAnalyzer.h"
#include "capture/LinkType.h"
#include "capture/PacketDecoder.h"

#include <algorithm>

namespace natdoctor::analysis {

using capture::CaptureReader;
using capture::DecodedPacket;
using capture::DecodeStatus;

CaptureAnalyzer::CaptureAnalyzer(int linkType, AnalysisOptions options)
    : m_linkType(linkType)
    , m_options(options)
    , m_fragments(std::make_unique<FragmentAnalyzer>(m_options))
    , m_timestamps(std::make_unique<TimestampAnalyzer>(m_options))
{
    m_summary.linkType = capture::linkTypeName(linkType);
    m_linkTypes.push_back(linkType);
}

CaptureAnalyzer::~CaptureAnalyzer() = default;

uint64_t CaptureAnalyzer::fragmentPackets() const
{
    return m_fragments->packets();
}

std::vector<SizeBin> CaptureAnalyzer::fragmentSizes() const
{
    return m_fragments->sizeBins();
}

void CaptureAnalyzer::startClock(int64_t firstUs)
{
    m_started = true;
    m_firstUs = firstUs;
    m_lastUs = firstUs;
    m_handshakes = std::make_unique<HandshakeAnalyzer>(m_options, firstUs);
    m_nextSweepUs = firstUs + m_options.fragmentTimeoutUs / 4;
    m_nextFlowSweepUs = firstUs + m_options.flowIdleTimeoutUs / 4;
    m_nextTimestampSweepUs = firstUs + m_options.timestampIdleTimeoutUs / 4;
}

void CaptureAnalyzer::sweep(int64_t nowUs)
{
    // Expire idle state a few times per timeout, not per packet, and each table
    // per its own timeout: a full scan of the connection and timestamp tables
    // every fragmentTimeout/4 costs more than the rest of the analysis.
    m_fragments->expire(nowUs);
    if (nowUs >= m_nextFlowSweepUs) {
        m_handshakes->expire(nowUs);
        m_nextFlowSweepUs = nowUs + m_options.flowIdleTimeoutUs / 4;
    }
    if (nowUs >= m_nextTimestampSweepUs) {
        m_timestamps->expire(nowUs);
        m_nextTimestampSweepUs = nowUs + m_options.timestampIdleTimeoutUs / 4;
    }
    m_nextSweepUs = nowUs + m_options.fragmentTimeoutUs / 4;
}

// The capture clock. Idle expiry (sweeps), the capture's duration and every
// time the analyzers keep follow one clock that trusts no single timestamp:
// a record stamped more than JumpUs away from the clock (ahead or behind) is
// held back, not analysed, until the next record agrees that time really
// moved (it is on the same side of the clock and not before the held one: a
// quiet gap in a sparse capture, a clock step). Then the jump is taken,
// forward as it is, backward as an offset so that time goes on from where it
// was. A record that comes back near the clock instead proves the held one a
// stray (one frame stamped 46 years ahead, one packet stamped +100 s between a
// SYN and its SYN-ACK): it is analysed at the clock's time, so it cannot
// expire an attempt in the idle sweep, stretch the duration or the timeline.
// A lone record after a jump at the very end of the capture is taken as a
// stray too. Only jumps cost anything (one copy of one record); the steady
// path is two comparisons.
namespace {
constexpr int64_t JumpUs = 10'000'000;
constexpr size_t ConfirmRecords = 2; // the jumped record and one that agrees
} // namespace

bool CaptureAnalyzer::nearClock(int64_t timeUs) const
{
    return timeUs <= m_lastUs + JumpUs && timeUs >= m_lastUs - JumpUs;
}

void CaptureAnalyzer::add(const capture::RawPacket& raw)
{
    m_frame = ++m_summary.packets;
    if (!m_started)
        startClock(raw.timeUs);
    const int64_t t = raw.timeUs + m_offsetUs;
    if (m_held.empty()) [[likely]] {
        if (nearClock(t)) [[likely]]
            process(raw, t);
        else
            hold(raw, t);
        return;
    }
    if (nearClock(t)) {
        releaseHeld(false); // strays
        process(raw, t);
        return;
    }
    // Agreeing: on the same side of the clock as the first held record, and
    // not before it (time after a jump goes on from the jump).
    const int64_t candidate = m_held.front().timeUs;
    const bool agrees = (t > m_lastUs) == (candidate > m_lastUs) && t >= candidate - JumpUs;
    if (!agrees) {
        releaseHeld(false);
        hold(raw, t);
        return;
    }
    hold(raw, t);
    if (m_held.size() >= ConfirmRecords)
        releaseHeld(true);
}

void CaptureAnalyzer::hold(const capture::RawPacket& raw, int64_t timeUs)
{
    Held& h = m_held.emplace_back();
    h.bytes.assign(raw.data, raw.data + raw.capturedLength);
    h.raw = raw;
    h.raw.data = h.bytes.data();
    h.timeUs = timeUs;
    h.frame = m_frame;
}

void CaptureAnalyzer::releaseHeld(bool confirmed)
{
    if (confirmed) {
        ++m_clockJumps;
        const int64_t first = m_held.front().timeUs;
        int64_t shift = 0;
        if (first < m_lastUs) {
            // Time cannot run backwards: continue from the clock.
            shift = m_lastUs - first;
            m_offsetUs += shift;
        }
        for (Held& h : m_held) {
            m_frame = h.frame;
            process(h.raw, h.timeUs + shift);
        }
    } else {
        m_strayTimestamps += m_held.size();
        for (Held& h : m_held) {
            m_frame = h.frame;
            process(h.raw, m_lastUs);
        }
    }
    m_held.clear();
    m_frame = m_summary.packets;
}

void CaptureAnalyzer::process(const capture::RawPacket& raw, int64_t timeUs)
{
    if (timeUs > m_lastUs) {
        m_lastUs = timeUs;
        if (timeUs >= m_nextSweepUs)
            sweep(timeUs);
    }
    const int linkType = raw.linkType >= 0 ? raw.linkType : m_linkType;
    if (linkType != m_linkTypes.back()
        && std::find(m_linkTypes.begin(), m_linkTypes.end(), linkType) == m_linkTypes.end())
        m_linkTypes.push_back(linkType);

    DecodedPacket p;
    capture::RawPacket at = raw;
    at.timeUs = timeUs;
    const DecodeStatus status = capture::decodePacket(linkType, at, p);
    if (status == DecodeStatus::Malformed)
        ++m_summary.malformedPackets;
    if (!p.hasIp)
        return;
    ++m_summary.ipPackets;

    if (p.isFragment) {
        // A few frame numbers per source, for the findings' evidence (bounded).
        auto& bySource = m_fragmentFrames;
        auto it = std::find_if(bySource.begin(), bySource.end(),
                               [&](const auto& f) { return f.address == p.src; });
        if (it == bySource.end() && bySource.size() < FragmentSummary::kFrameSources)
            it = bySource.insert(bySource.end(), { p.src, {} });
        if (it != bySource.end() && it->frames.size() < FragmentSummary::kFramesPerSource)
            it->frames.push_back(m_frame);
        // Fragment bytes go to their connection through the datagram's first
        // fragment; the handshake analyzer never sees a partial TCP segment.
        if (const auto a = m_fragments->addFragment(p))
            m_handshakes->addFragmentBytes(a->flow, a->srcIsLo, a->bytes, p.timeUs);
        return;
    }
    m_fragments->addWhole(p);

    if (p.hasTcp) {
        if (m_handshakes->add(p) == HandshakeAnalyzer::SynKind::NewAttempt)
            m_timestamps->addSyn(p);
    } else if (p.hasIcmp && p.icmp.fragmentationNeeded) {
        auto it = std::find_if(m_fragNeeded.begin(), m_fragNeeded.end(),
                               [&](const FragNeeded& f) { return f.from == p.src && f.mtu == p.icmp.mtu; });
        if (it == m_fragNeeded.end())
            m_fragNeeded.push_back({ p.src, p.icmp.mtu, 1 });
        else
            ++it->count;
    }
}

CaptureSummary CaptureAnalyzer::finish(CaptureReader::Next end, const std::string& readError)
{
    if (!m_started)
        startClock(0);
    // Unconfirmed at the end: one record after a jump; a stray.
    if (!m_held.empty())
        releaseHeld(false);
    if (m_linkTypes.size() > 1) {
        m_summary.linkType.clear();
        for (const int type : m_linkTypes)
            m_summary.linkType.append(m_summary.linkType.empty() ? "" : "+")
                .append(capture::linkTypeName(type));
    }
    m_summary.truncated = end == CaptureReader::Next::Truncated || end == CaptureReader::Next::Error;
    m_summary.readError = readError;
    m_summary.durationSeconds = static_cast<double>(m_lastUs - m_firstUs) / 1e6;
    m_fragments->finish(m_summary.fragments);
    m_summary.fragments.framesBySource = std::move(m_fragmentFrames);
    m_handshakes->finish(m_summary.tcp, m_lastUs);
    m_timestamps->finish(m_summary.timestamps);
    m_summary.icmpFragNeeded = m_fragNeeded;
    std::sort(m_summary.icmpFragNeeded.begin(), m_summary.icmpFragNeeded.end(),
              [](const FragNeeded& a, const FragNeeded& b) { return a.count > b.count; });
    return std::move(m_summary);
}

CaptureSummary analyzeCapture(CaptureReader& reader, const AnalysisOptions& options,
                              const AnalysisProgress& progress)
{
    CaptureAnalyzer analyzer(reader.linkType(), options);
    capture::RawPacket raw;
    CaptureReader::Next next;
    while ((next = reader.next(raw)) == CaptureReader::Next::Packet) {
        analyzer.add(raw);
        if (progress && (analyzer.packets() & 0x3fff) == 0
            && !progress(analyzer.packets(), reader.position()))
            break;
    }
    const bool failed = next == CaptureReader::Next::Truncated || next == CaptureReader::Next::Error;
    return analyzer.finish(next, failed ? reader.error().detail : std::string());
}

} // namespace natdoctor::analysis
