#pragma once

#include "diagnosis/DiagnosisSession.h"
#include "probes/ProbeText.h"

#include <string>

namespace natdoctor::diagnosis {

// The versioned JSON session file: inputs, evidence, step outcomes, results
// and (derived, for readers) findings and verdict. An engineer can stop,
// resume, or hand a session over.
inline constexpr int kSessionFormatVersion = 1;

std::string saveSession(const DiagnosisSession& session);
// Refuses files of a newer format version and corrupt files with a one-line
// reason. Findings are derived again from the loaded results.
probes::Parsed<DiagnosisSession> loadSession(std::string_view text);

} // namespace natdoctor::diagnosis
