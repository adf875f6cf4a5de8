#pragma once

#include "probes/ConnectionProbe.h"

class QChart;

namespace natdoctor::ui {

// Success rate of the connection probe with TCP timestamps on (before) and off
// (after), as two bars with the attempt counts in their labels.
QChart* createBeforeAfterChart(const probes::ConnectionProbeResult& before,
                               const probes::ConnectionProbeResult& after);

} // namespace natdoctor::ui
