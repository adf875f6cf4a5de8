#pragma once

#include "analysis/CaptureSummary.h"

#include <string>

namespace natdoctor::analysis {

// The JSON object of DESIGN.md §3.1 (field names are a contract).
std::string summaryToJson(const CaptureSummary& summary, bool pretty = false);
// A readable plain-text summary for the terminal.
std::string summaryToText(const CaptureSummary& summary);

} // namespace natdoctor::analysis
