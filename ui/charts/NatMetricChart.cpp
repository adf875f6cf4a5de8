#include "charts/NatMetricChart.h"

#include "charts/ChartStyle.h"
#include "cloud/AwsParse.h"

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
    double top = 0;
    for (const cloud::MetricPoint& p : series.points) {
        line->append((static_cast<double>(p.t) - end) / 60.0, p.value);
        top = std::max(top, p.value);
    }
    line->setPointsVisible(series.points.size() < 30);
    chart->addSeries(line);
    auto* x = new QValueAxis;
    x->setRange(-span, 0);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(Tr::tr("Minutes before %1 UTC")
                        .arg(QString::fromStdString(cloud::isoTime(r.windowEnd)).mid(11, 5)));
    auto* y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.15 : 1.0);
    y->applyNiceNumbers();
    y->setTitleText(QString::fromStdString(series.stat));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    line->attachAxis(x);
    line->attachAxis(y);
    if (r.testTime >= r.windowStart && r.testTime <= r.windowEnd && r.testTime > 0) {
        auto* marker = new QLineSeries;
        marker->setName(Tr::tr("natdoctor's test"));
        const double t = (static_cast<double>(r.testTime) - end) / 60.0;
        marker->append(t, 0);
        marker->append(t, y->max());
        QPen pen(Qt::DashLine);
        pen.setColor(QColor(0xd0, 0x40, 0x30));
        pen.setWidthF(1.5);
        chart->addSeries(marker);
        marker->attachAxis(x);
        marker->attachAxis(y);
        applyPaletteTheme(chart);
        marker->setPen(pen);
        return chart;
    }
    applyPaletteTheme(chart);
    return chart;
}

} // namespace natdoctor::ui
