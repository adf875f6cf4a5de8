#pragma once

#include "diagnosis/DiagnosisSession.h"

#include <string>
#include <vector>

namespace natdoctor::diagnosis {

// Findings from everything the session holds, problems first. Pure: the same
// session always gives the same findings.
std::vector<Finding> deriveFindings(const DiagnosisSession& session);

// The one-line answer at the top of the findings page and the report.
struct Verdict
{
    Severity severity = Severity::Info;
    std::string headline;
};
Verdict verdict(const DiagnosisSession& session);

// p-value below which the timestamps test counts as an improvement.
inline constexpr double kSignificance = 0.05;

} // namespace natdoctor::diagnosis
