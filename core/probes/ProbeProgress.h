#pragma once

#include "probes/ConnectionProbe.h"

#include <map>
#include <string>

namespace natdoctor::probes {

// The phases a probe's attempts are reported under (RunnerOptions::attempt,
// the CLI's progress, the wizard's live charts): the timestamps test's two, the
// fragmentation check's trigger (open-ended) and the remote server's own test.
inline constexpr char PhaseBaseline[] = "baseline"; // tcp_timestamps as found
inline constexpr char PhaseWithoutTimestamps[] = "without-timestamps";
inline constexpr char PhaseTrigger[] = "trigger";
inline constexpr char PhaseRemoteTest[] = "remote-test";

// Where a connection test is: the phase, attempt n of N, and an estimate of
// the time left in the phase. `diagnose` prints it and the wizard shows it,
// both from this one estimate.
struct ProbeProgressState
{
    std::string phase; // PhaseBaseline, PhaseWithoutTimestamps, PhaseTrigger, ...
    int attempt = 0; // attempts finished in this phase
    int total = 0; // attempts planned in this phase; 0: open-ended (the trigger)
    int secondsLeft = -1; // -1: no estimate yet (no attempt finished, or open-ended)
};

class ProbeProgress
{
public:
    explicit ProbeProgress(int attemptsPerPhase);

    // One attempt of `phase` finished; `attempt.totalMs` plus the probe's pause
    // between attempts is what one more attempt is expected to take.
    ProbeProgressState record(const std::string& phase, const Attempt& attempt);
    ProbeProgressState current() const { return m_state; }

private:
    struct PhaseCount
    {
        int attempts = 0;
        double seconds = 0;
    };
    const int m_attemptsPerPhase;
    std::map<std::string, PhaseCount> m_phases;
    ProbeProgressState m_state;
};

// "baseline: attempt 12 of 50 succeeded, about 9 s left in this phase": the
// command line's English line for a state (the wizard translates its own).
std::string describeProgress(const ProbeProgressState& state, AttemptResult result);

} // namespace natdoctor::probes
