#pragma once

#include "analysis/CaptureSummary.h"

class QChart;

namespace natdoctor::ui {

// Connection attempts per time bucket (bars, zero where there were none) and
// the share of each bucket's attempts that got a SYN-ACK (one point per
// bucket that has attempts: no line is drawn across time without attempts).
// A capture whose attempts all fall in one bucket is too short to chart: the
// chart says so, with the counts, and draws nothing.
QChart* createSuccessTimelineChart(const analysis::TcpSummary& tcp);

// Whether the attempts span at least two buckets (else the chart only says
// "too short to chart"; the report leaves it out).
bool successTimelineChartable(const analysis::TcpSummary& tcp);

} // namespace natdoctor::ui
