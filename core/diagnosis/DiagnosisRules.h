#pragma once

#include "diagnosis/DiagnosisSession.h"

#include <string>
#include <vector>

namespace natdoctor::diagnosis {

// Findings from everything the session holds, problems first. Pure: the same
// session always gives the same findings.
std::vector<Finding> deriveFindings(const DiagnosisSession& session);

// The one-line answer at the top of the findings page and the report.
// "No problem" needs positive evidence for every question asked; missing
// evidence makes the verdict inconclusive, never an all-clear.
enum class Outcome {
    NoProblem, // exit 0
    Problem, // exit 1
    Inconclusive, // exit 3
};
std::string_view outcomeName(Outcome outcome); // "no-problem", "problem", "inconclusive"
int exitStatus(Outcome outcome); // 0, 1, 3

struct Verdict
{
    Outcome outcome = Outcome::Inconclusive;
    Severity severity = Severity::Warning;
    std::string headline; // English (the command line, --json)
    findings::Message text; // the same, to translate where it is shown
};
Verdict verdict(const DiagnosisSession& session);

// p-value below which the timestamps test counts as an improvement.
inline constexpr double kSignificance = 0.05;

} // namespace natdoctor::diagnosis
