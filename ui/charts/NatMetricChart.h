#pragma once

#include "cloud/CloudResult.h"

class QChart;

namespace natdoctor::ui {

// One small chart of one NAT gateway CloudWatch metric over the incident
// window (minutes before its end), with natdoctor's own test time marked.
QChart* createNatMetricChart(const cloud::MetricSeries& series, const cloud::CloudResult& result);

} // namespace natdoctor::ui
