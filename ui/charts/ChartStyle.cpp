#include "charts/ChartStyle.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QPalette>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace natdoctor::ui {

void applyPaletteTheme(QChart* chart)
{
    const QPalette palette = QApplication::palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true); // "2,5" under de and es
}

void replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

double niceTickStep(double span, int maxTicks, double minStep)
{
    maxTicks = std::max(1, maxTicks);
    if (!(span > 0))
        return std::max(1.0, minStep);
    const double raw = span / maxTicks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * power;
    for (const double m : { 1.0, 2.0, 2.5, 5.0 }) {
        if (m == 2.5 && power < 10)
            continue; // 25, 250…, never 2.5 or 0.25
        if (m * power >= raw) {
            step = m * power;
            break;
        }
    }
    return std::max(step, minStep);
}

namespace {

void setTicks(QValueAxis* axis, double step)
{
    axis->setTickType(QValueAxis::TicksDynamic);
    // Ticks at multiples of the step: anchored at 0 when the range holds it.
    const double anchor = axis->min() <= 0 && axis->max() >= 0 ? 0.0 : std::ceil(axis->min() / step) * step;
    axis->setTickAnchor(anchor);
    axis->setTickInterval(step);
    axis->setMinorTickCount(0);
    const bool whole = std::abs(step - std::round(step)) < 1e-9;
    const int decimals = whole ? 0 : std::max(1, static_cast<int>(std::ceil(-std::log10(step) - 1e-9)));
    axis->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f"));
}

} // namespace

void setNiceTicks(QValueAxis* axis, double low, double high, int maxTicks, double minStep, bool extendHigh)
{
    if (!(high > low))
        high = low + std::max(1.0, minStep);
    const double step = niceTickStep(high - low, maxTicks, minStep);
    const double top = extendHigh ? low + std::ceil((high - low) / step - 1e-9) * step : high;
    axis->setRange(low, top);
    setTicks(axis, step);
}

void makeCompact(QChart* chart, double labelPoints)
{
    chart->setMargins(QMargins(2, 2, 2, 2));
    QFont title = chart->titleFont();
    title.setPointSizeF(labelPoints + 1);
    chart->setTitleFont(title);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setTitleVisible(false);
        QFont small = axis->labelsFont();
        small.setPointSizeF(labelPoints);
        axis->setLabelsFont(small);
        if (auto* values = qobject_cast<QValueAxis*>(axis)) {
            if (values->tickType() == QValueAxis::TicksDynamic)
                setTicks(values, niceTickStep(values->max() - values->min(), 3, values->tickInterval()));
            else
                values->setTickCount(3);
        }
    }
}

} // namespace natdoctor::ui
