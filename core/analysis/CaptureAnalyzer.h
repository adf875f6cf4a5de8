#pragma once

#include "analysis/AnalysisOptions.h"
#include "analysis/CaptureSummary.h"
#include "capture/CaptureReader.h"

#include <atomic>
#include <functional>
#include <memory>
#include <string>

namespace natdoctor::analysis {

class FragmentAnalyzer;
class HandshakeAnalyzer;
class TimestampAnalyzer;

// Runs every analyzer over a capture in one pass. Feed records with add(), then
// call finish() once. Memory is bounded by live state, not by capture size.
class CaptureAnalyzer
{
public:
    explicit CaptureAnalyzer(int linkType, AnalysisOptions options = {});
    ~CaptureAnalyzer();
    CaptureAnalyzer(const CaptureAnalyzer&) = delete;
    CaptureAnalyzer& operator=(const CaptureAnalyzer&) = delete;

    void add(const capture::RawPacket& raw);
    // Sets `truncated`/`readError` from how reading ended, derives findings.
    CaptureSummary finish(capture::CaptureReader::Next end = capture::CaptureReader::Next::End,
                          const std::string& readError = {});

    uint64_t packets() const { return m_summary.packets; }
    uint64_t fragmentPackets() const; // so far, for live progress
    std::vector<SizeBin> fragmentSizes() const; // so far, for a live chart

private:
    // A record held back while its timestamp jump is unconfirmed (a copy: the
    // reader's buffer moves on).
    struct Held
    {
        capture::RawPacket raw;
        std::vector<uint8_t> bytes;
        int64_t timeUs = 0; // its own time, offset applied
        uint64_t frame = 0;
    };

    void startClock(int64_t firstUs);
    void sweep(int64_t nowUs);
    bool nearClock(int64_t timeUs) const;
    void hold(const capture::RawPacket& raw, int64_t timeUs);
    void releaseHeld(bool confirmed);
    // Analyses one record as if it had been captured at `timeUs`.
    void process(const capture::RawPacket& raw, int64_t timeUs);

    int m_linkType;
    AnalysisOptions m_options;
    CaptureSummary m_summary;
    bool m_started = false;
    int64_t m_firstUs = 0;
    int64_t m_lastUs = 0; // the capture clock: see add()
    int64_t m_offsetUs = 0; // added to every timestamp after a confirmed step back
    std::vector<Held> m_held;
    uint64_t m_clockJumps = 0; // confirmed jumps
    uint64_t m_strayTimestamps = 0; // records whose jump was not confirmed
    std::vector<int> m_linkTypes; // seen, in order
    int64_t m_nextSweepUs = 0;
    int64_t m_nextFlowSweepUs = 0;
    int64_t m_nextTimestampSweepUs = 0;
    std::unique_ptr<FragmentAnalyzer> m_fragments;
    std::unique_ptr<HandshakeAnalyzer> m_handshakes;
    std::unique_ptr<TimestampAnalyzer> m_timestamps;
    std::vector<FragNeeded> m_fragNeeded; // few distinct (router, MTU) pairs
    uint64_t m_frame = 0; // the frame number being processed (held records keep theirs)
    std::vector<FragmentSummary::SourceFrames> m_fragmentFrames;
};

// Progress of a long analysis: records and bytes read so far. Return false to cancel.
using AnalysisProgress = std::function<bool(uint64_t packets, int64_t bytesRead)>;

// Reads `reader` to its end through a CaptureAnalyzer. `progress` (optional) is
// called about every 16k records; returning false stops early (the summary
// then covers what was read).
CaptureSummary analyzeCapture(capture::CaptureReader& reader, const AnalysisOptions& options = {},
                              const AnalysisProgress& progress = {});

} // namespace natdoctor::analysis
