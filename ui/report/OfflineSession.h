#pragma once

#include "analysis/CaptureSummary.h"
#include "diagnosis/DiagnosisSession.h"
#include "findings/CaptureFindings.h"

#include <string>

namespace natdoctor::ui {

// A session for a capture analysed offline (`natdoctor analyze`, the wizard's
// offline mode), so one report code path serves both: no inputs, the capture
// as the fragmentation check's result, its findings, and the analysis itself
// as the one piece of evidence (the text `natdoctor analyze` prints). The
// findings are derived here, once, with what is known about the capture.
diagnosis::DiagnosisSession sessionFromCapture(const analysis::CaptureSummary& summary,
                                               const std::string& captureFile,
                                               const findings::CaptureContext& context = {});

} // namespace natdoctor::ui
