#include "analysis/CaptureAnalyzer.h"

#include "analysis/CaptureFindings.h"
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

void CaptureAnalyzer::add(const capture::RawPacket& raw)
{
    ++m_summary.packets;
    if (!m_started)
        startClock(raw.timeUs);
    m_lastUs = std::max(m_lastUs, raw.timeUs);
    if (raw.timeUs >= m_nextSweepUs)
        sweep(raw.timeUs);

    DecodedPacket p;
    const DecodeStatus status = capture::decodePacket(m_linkType, raw, p);
    if (status == DecodeStatus::Malformed)
        ++m_summary.malformedPackets;
    if (!p.hasIp)
        return;
    ++m_summary.ipPackets;

    if (p.isFragment) {
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
    m_summary.truncated = end == CaptureReader::Next::Truncated || end == CaptureReader::Next::Error;
    m_summary.readError = readError;
    m_summary.durationSeconds = static_cast<double>(m_lastUs - m_firstUs) / 1e6;
    m_fragments->finish(m_summary.fragments);
    m_handshakes->finish(m_summary.tcp);
    m_timestamps->finish(m_summary.timestamps);
    m_summary.icmpFragNeeded = m_fragNeeded;
    std::sort(m_summary.icmpFragNeeded.begin(), m_summary.icmpFragNeeded.end(),
        [](const FragNeeded& a, const FragNeeded& b) { return a.count > b.count; });
    m_summary.findings = captureFindings(m_summary);
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
        if (progress && (analyzer.packets() & 0x3fff) == 0 && !progress(analyzer.packets(), reader.position()))
            break;
    }
    const bool failed = next == CaptureReader::Next::Truncated || next == CaptureReader::Next::Error;
    return analyzer.finish(next, failed ? reader.error().detail : std::string());
}

} // namespace natdoctor::analysis
