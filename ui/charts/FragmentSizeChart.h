#pragma once

#include "analysis/CaptureSummary.h"

#include <optional>

class QChart;

namespace natdoctor::ui {

// Histogram of fragment sizes (IP length, bytes). The bar that holds the path
// MTU, when known (ICMP "fragmentation needed"), is drawn in its own colour.
QChart* createFragmentSizeChart(const analysis::FragmentSummary& fragments, std::optional<uint32_t> pathMtu);

} // namespace natdoctor::ui
