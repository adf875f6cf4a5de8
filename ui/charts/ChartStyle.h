#pragma once

class QChart;
class QChartView;
class QValueAxis;

namespace natdoctor::ui {

// Applies the application palette (light or dark) to a chart, so charts stay
// readable whatever the desktop theme.
void applyPaletteTheme(QChart* chart);

// Shows `chart` in `view` and deletes the chart it showed before (QChartView
// releases, but does not delete, the previous chart).
void replaceChart(QChartView* view, QChart* chart);

// A step of 1, 2 or 5 times a power of ten (or 25, 250…) that splits `span` into at most
// `maxTicks` intervals (never below `minStep`).
double niceTickStep(double span, int maxTicks, double minStep = 0);

// Range [low, high rounded up to the step] with ticks at multiples of a nice
// step (0, 5, 10… never 0.0, 2.8, 5.5…), labels without decimals when the
// step is whole, in the locale's digits. Without `extendHigh` the range
// stays [low, high] (a time axis that ends now).
void setNiceTicks(QValueAxis* axis, double low, double high, int maxTicks, double minStep = 0,
                  bool extendHigh = true);

// Small charts in the wizard: no axis titles, small labels, few ticks
// (value axes set with setNiceTicks keep nice steps).
void makeCompact(QChart* chart, double labelPoints);

} // namespace natdoctor::ui
