#pragma once

#include "analysis/CaptureSummary.h"

#include <optional>

class QChart;

namespace natdoctor::ui {

// Histogram of fragment sizes (IP length, bytes). The bar that holds the path
// MTU, when known (ICMP "fragmentation needed"), is drawn in its own colour.
// Without fragments its one category says "none", or with `capturing` (a live
// capture that has packets but no fragments so far) "no fragments yet".
QChart* createFragmentSizeChart(const analysis::FragmentSummary& fragments, std::optional<uint32_t> pathMtu,
                                bool capturing = false);

} // namespace natdoctor::ui
