#include "charts/SuccessTimelineChart.h"

#include "charts/ChartStyle.h"

#include <QAreaSeries>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>

namespace natdoctor::ui {

namespace {

// The translation context of this file's free functions, declared so that
// lupdate extracts the Tr::tr() calls under it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(natdoctor::ui::SuccessTimelineChart)
};

int bucketsWithAttempts(const analysis::TcpSummary& tcp)
{
    return static_cast<int>(
        std::count_if(tcp.timeline.begin(), tcp.timeline.end(),
                      [](const analysis::TimelineBucket& b) { return b.connections > 0; }));
}

} // namespace

bool successTimelineChartable(const analysis::TcpSummary& tcp)
{
    return bucketsWithAttempts(tcp) >= 2;
}

QChart* createSuccessTimelineChart(const analysis::TcpSummary& tcp)
{
    auto* chart = new QChart;
    if (!successTimelineChartable(tcp)) {
        const int attempts = static_cast<int>(tcp.connections);
        chart->setTitle(
            attempts == 0
                ? Tr::tr("Connection success over time: no connection attempts in the capture")
                : Tr::tr("Connection success over time: too short to chart (%n attempt(s), %1 established)",
                         nullptr, attempts)
                      .arg(tcp.established));
        chart->legend()->hide();
        applyPaletteTheme(chart);
        return chart;
    }
    chart->setTitle(Tr::tr("Connection success over time"));
    const double width = tcp.bucketSeconds > 0 ? tcp.bucketSeconds : 1.0;

    // Attempts: one bar per bucket (a stepped outline filled down to zero).
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    auto* rate = new QScatterSeries;
    uint64_t most = 0;
    for (const analysis::TimelineBucket& b : tcp.timeline) {
        const double n = static_cast<double>(b.connections);
        upper->append(b.t, 0);
        upper->append(b.t, n);
        upper->append(b.t + width, n);
        upper->append(b.t + width, 0);
        most = std::max(most, b.connections);
        if (b.connections > 0)
            rate->append(b.t + width / 2,
                         100.0 * static_cast<double>(b.established) / static_cast<double>(b.connections));
    }
    const double end = tcp.timeline.back().t + width;
    lower->append(0, 0);
    lower->append(end, 0);
    auto* attempts = new QAreaSeries(upper, lower);
    attempts->setName(Tr::tr("Attempts"));
    rate->setName(Tr::tr("Established (%)"));
    rate->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    rate->setMarkerSize(7);
    chart->addSeries(attempts); // drawn first: the points stay on top
    chart->addSeries(rate);

    auto* x = new QValueAxis;
    setNiceTicks(x, 0, end, 8, 1, false);
    x->setTitleText(Tr::tr("Time since the first packet (s)"));
    auto* percent = new QValueAxis;
    setNiceTicks(percent, 0, 100, 4, 25);
    percent->setTitleText(Tr::tr("Established (%)"));
    auto* count = new QValueAxis;
    setNiceTicks(count, 0, static_cast<double>(std::max<uint64_t>(most, 1)), 4, 1);
    count->setTitleText(Tr::tr("Attempts per %1 s").arg(QLocale().toString(width)));
    // One set of gridlines: the percentage's.
    count->setGridLineVisible(false);
    count->setMinorGridLineVisible(false);
    x->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(percent, Qt::AlignLeft);
    chart->addAxis(count, Qt::AlignRight);
    rate->attachAxis(x);
    rate->attachAxis(percent);
    attempts->attachAxis(x);
    attempts->attachAxis(count);
    applyPaletteTheme(chart);
    QColor fill = attempts->color();
    fill.setAlpha(110);
    attempts->setBrush(fill);
    return chart;
}

} // namespace natdoctor::ui
