#pragma once

#include "analysis/CaptureSummary.h"

class QChart;

namespace natdoctor::ui {

// Connection attempts per time bucket and the share that got a SYN-ACK.
QChart* createSuccessTimelineChart(const analysis::TcpSummary& tcp);

} // namespace natdoctor::ui
