#include "probes/ProbeProgress.h"

#include <cmath>

namespace natdoctor::probes {

namespace {

// The probe's pause between attempts (ConnectionProbeSpec) plus its own overhead.
constexpr double SecondsBetweenAttempts = 0.3;

} // namespace

ProbeProgress::ProbeProgress(int attemptsPerPhase)
    : m_attemptsPerPhase(attemptsPerPhase)
{
}

ProbeProgressState ProbeProgress::record(const std::string& phase, const Attempt& attempt)
{
    PhaseCount& c = m_phases[phase];
    ++c.attempts;
    c.seconds += attempt.totalMs / 1000.0 + SecondsBetweenAttempts;
    m_state.phase = phase;
    m_state.attempt = c.attempts;
    m_state.total = phase == PhaseTrigger ? 0 : m_attemptsPerPhase;
    m_state.secondsLeft = -1;
    if (m_state.total > 0 && c.attempts < m_state.total)
        m_state.secondsLeft
            = static_cast<int>(std::lround(c.seconds / c.attempts * (m_state.total - c.attempts)));
    else if (m_state.total > 0)
        m_state.secondsLeft = 0;
    return m_state;
}

std::string describeProgress(const ProbeProgressState& s, AttemptResult result)
{
    std::string out = s.phase + ": attempt " + std::to_string(s.attempt);
    if (s.total > 0)
        out += " of " + std::to_string(s.total);
    out += " " + std::string(attemptResultName(result));
    if (s.secondsLeft > 0)
        out += ", about " + std::to_string(s.secondsLeft) + " s left in this phase";
    return out;
}

} // namespace natdoctor::probes
