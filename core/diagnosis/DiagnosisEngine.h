#pragma once

#include "diagnosis/DiagnosisSession.h"

namespace natdoctor::diagnosis {

// The documented decision tree as an explicit state machine. The wizard and
// `natdoctor diagnose` both drive it, so they cannot disagree: they ask
// nextStep(), run that step (over SSH, or from pasted output), and hand the
// parsed result back with record*(). All state lives in the session, so a
// saved session resumes where it stopped. Findings are recomputed from the
// whole session after every step.
class DiagnosisEngine
{
public:
    enum class Step {
        FragmentationCheck, // capture on the public host + trigger
        RemoteServerCheck, // tcp_tw_recycle, kernel, PAWS counters on the remote server
        TimestampTest, // private instance: baseline vs tcp_timestamps=0
        Done,
    };

    explicit DiagnosisEngine(DiagnosisSession& session);

    Step nextStep() const;

    void recordFragmentationCheck(FragmentationCheckResult result, std::vector<size_t> evidence);
    void recordRemoteServerCheck(RemoteServerResult result, std::vector<size_t> evidence);
    void recordTimestampTest(TimestampTestResult result, std::vector<size_t> evidence);
    void recordSudoProblem(SudoProblem problem, std::vector<size_t> evidence);
    // A step that could not run (connection failed, user skipped): it is done,
    // and the findings say what it would have decided.
    // `error`: the connection-level error behind it, if any (`why` is its
    // English description).
    void skipStep(Step step, const std::string& why, std::vector<size_t> evidence = {},
                  bool cancelled = false, remote::RemoteError error = {});

    const DiagnosisSession& session() const { return m_session; }

private:
    void finishStep(Step step, std::vector<size_t> evidence);

    DiagnosisSession& m_session;
};

std::string_view stepName(DiagnosisEngine::Step step);

// The step the procedure asks for next, given what the session holds (what
// DiagnosisEngine::nextStep() answers; usable on a const session).
DiagnosisEngine::Step nextStepOf(const DiagnosisSession& session);

} // namespace natdoctor::diagnosis
