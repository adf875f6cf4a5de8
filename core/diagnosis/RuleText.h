#pragma once

// Small helpers shared by the rule files (DiagnosisRules.cpp, ServerRules.cpp,
// Verdict.cpp). Numbers never go through the process locale.

#include "diagnosis/DiagnosisEngine.h"
#include "diagnosis/DiagnosisSession.h"

#include <charconv>
#include <string>
#include <vector>

namespace natdoctor::diagnosis::rules {

using findings::Message;
using findings::Text;

inline std::string fixed(double value, int decimals)
{
    char buffer[64];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    return std::string(buffer, r.ptr);
}

inline std::string percent(double rate)
{
    return fixed(rate * 100.0, 0) + "%";
}

inline std::string pValue(double p)
{
    if (p < 0.001) {
        char buffer[64];
        const auto r = std::to_chars(buffer, buffer + sizeof buffer, p, std::chars_format::scientific, 1);
        return std::string(buffer, r.ptr);
    }
    return fixed(p, 3);
}

inline std::string count(uint64_t n, const char* singular, const char* plural)
{
    return std::to_string(n) + " " + (n == 1 ? singular : plural);
}

inline std::vector<size_t> evidenceOf(const DiagnosisSession& s, DiagnosisEngine::Step step)
{
    const StepOutcome* o = s.outcome(stepName(step));
    return o ? o->evidence : std::vector<size_t> {};
}

// A step that did not run: `insufficient-evidence` with why, what the step
// decides, and the step's evidence.
// The step's reason comes from the runner in English and stays as it is.
inline Finding stepDidNotRun(const StepOutcome& outcome, findings::Text title, findings::Text whatDecides)
{
    findings::Message detail = NATDOCTOR_TEXT("Finding", "{reason}.").plain("reason", outcome.reason);
    detail += std::move(whatDecides);
    Finding f = makeFinding(findingid::InsufficientEvidence, Severity::Warning, Confidence::High,
                            std::move(title), std::move(detail));
    f.evidence = outcome.evidence;
    return f;
}

// The findings of the remote server check and of the timestamps test.
void remoteServerFindings(const DiagnosisSession& s, std::vector<Finding>& out);
void timestampFindings(const DiagnosisSession& s, std::vector<Finding>& out);

// Failures of the private instance's connections: how many, and in which phase.
struct FailurePhases
{
    int attempts = 0;
    int failed = 0;
    int noSynAck = 0; // connect timeouts: what PAWS drops or a full SYN queue look like
    int stalled = 0; // connected, then the response stopped: what lost fragments look like
    int refused = 0;
    uint64_t largestBytes = 0;
};
FailurePhases failurePhases(const probes::ConnectionProbeResult& r);

} // namespace natdoctor::diagnosis::rules
