#pragma once

class QChart;
class QChartView;

namespace natdoctor::ui {

// Applies the application palette (light or dark) to a chart, so charts stay
// readable whatever the desktop theme.
void applyPaletteTheme(QChart* chart);

// Shows `chart` in `view` and deletes the chart it showed before (QChartView
// releases, but does not delete, the previous chart).
void replaceChart(QChartView* view, QChart* chart);

} // namespace natdoctor::ui
