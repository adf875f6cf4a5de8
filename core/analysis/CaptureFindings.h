#pragma once

#include "analysis/CaptureSummary.h"

#include <vector>

namespace natdoctor::analysis {

// What a capture's evidence means, as findings with the ids of DESIGN.md §3.1.
std::vector<diagnosis::Finding> captureFindings(const CaptureSummary& summary);

} // namespace natdoctor::analysis
