#pragma once

#include "analysis/CaptureSummary.h"
#include "diagnosis/DiagnosisSession.h"

#include <string>

namespace natdoctor::ui {

// A session for a capture analysed offline (`natdoctor analyze`, the wizard's
// offline mode), so one report code path serves both: no inputs, the capture
// as the fragmentation check's result, its findings, and the analysis itself
// as the one piece of evidence (the text `natdoctor analyze` prints).
diagnosis::DiagnosisSession sessionFromCapture(const analysis::CaptureSummary& summary,
                                               const std::string& captureFile);

} // namespace natdoctor::ui
