#include "charts/NatMetricChart.h"

#include "charts/ChartStyle.h"
#include "cloud/AwsParse.h"

#include <QAreaSeries>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <algorithm>

namespace natdoctor::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(natdoctor::ui::NatMetricChart)
};

} // namespace

QChart* createNatMetricChart(const cloud::MetricSeries& series, const cloud::CloudResult& r)
{
    auto* chart = new QChart;
    chart->setTitle(QString::fromStdString(series.name));
    chart->legend()->hide();
    const double end = static_cast<double>(r.windowEnd);
    const double span = std::max(1.0, static_cast<double>(r.windowEnd - r.windowStart) / 60.0);
    auto* line = new QLineSeries;
    line->setName(QString::fromStdString(series.name));
    double top = 0;
    for (const cloud::MetricPoint& p : series.points) {
        line->append((static_cast<double>(p.t) - end) / 60.0, p.value);
        top = std::max(top, p.value);
    }
    line->setPointsVisible(series.points.size() < 30);
    chart->addSeries(line);
    auto* x = new QValueAxis;
    setNiceTicks(x, -span, 0, 6, 1, false);
    x->setTitleText(
        Tr::tr("Minutes before %1 UTC").arg(QString::fromStdString(cloud::isoTime(r.windowEnd)).mid(11, 5)));
    auto* y = new QValueAxis;
    setNiceTicks(y, 0, top > 0 ? top : 1.0, 4, 1);
    y->setTitleText(QString::fromStdString(series.stat));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    line->attachAxis(x);
    line->attachAxis(y);

    // natdoctor's own test: a shaded band over its window (at least one
    // period wide, so a short test stays visible), or a line at its start.
    const int64_t testStart = r.testTime;
    const int64_t testEnd = std::max(r.testEnd, r.testTime);
    if (testStart > 0 && testEnd >= r.windowStart && testStart <= r.windowEnd) {
        const double from = (static_cast<double>(std::max(testStart, r.windowStart)) - end) / 60.0;
        double to = (static_cast<double>(std::min(testEnd, r.windowEnd)) - end) / 60.0;
        if (r.testEnd > 0)
            to = std::min(0.0, std::max(to, from + 1.0));
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        upper->append(from, y->max());
        upper->append(to, y->max());
        lower->append(from, 0);
        lower->append(to, 0);
        auto* window = new QAreaSeries(upper, lower);
        window->setName(r.testEnd > 0 ? Tr::tr("natdoctor's test") : Tr::tr("natdoctor's test started"));
        chart->addSeries(window);
        window->attachAxis(x);
        window->attachAxis(y);
        applyPaletteTheme(chart);
        QColor fill(0xd0, 0x40, 0x30);
        fill.setAlpha(60);
        window->setBrush(fill);
        QPen pen(QColor(0xd0, 0x40, 0x30));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.5);
        window->setPen(pen);
        return chart;
    }
    applyPaletteTheme(chart);
    return chart;
}

} // namespace natdoctor::ui
