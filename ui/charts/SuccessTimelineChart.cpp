#include "charts/SuccessTimelineChart.h"

#include "charts/ChartStyle.h"

#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QValueAxis>

namespace natdoctor::ui {

namespace {

// The translation context of this file's free functions, declared so that
// lupdate extracts the Tr::tr() calls under it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(natdoctor::ui::SuccessTimelineChart)
};

} // namespace

QChart* createSuccessTimelineChart(const analysis::TcpSummary& tcp)
{
    auto* chart = new QChart;
    chart->setTitle(Tr::tr("Connection success over time"));
    auto* rate = new QLineSeries;
    rate->setName(Tr::tr("Established (%)"));
    auto* attempts = new QLineSeries;
    attempts->setName(Tr::tr("Attempts"));
    uint64_t most = 0;
    for (const analysis::TimelineBucket& b : tcp.timeline) {
        const double middle = b.t + tcp.bucketSeconds / 2;
        if (b.connections > 0)
            rate->append(middle, 100.0 * static_cast<double>(b.established) / static_cast<double>(b.connections));
        attempts->append(middle, static_cast<double>(b.connections));
        most = std::max(most, b.connections);
    }
    rate->setPointsVisible(true); // a short capture may have a single bucket
    attempts->setPointsVisible(true);
    chart->addSeries(rate);
    chart->addSeries(attempts);

    const double end = tcp.timeline.empty() ? 1.0 : tcp.timeline.back().t + tcp.bucketSeconds;
    auto* x = new QValueAxis;
    x->setRange(0, end);
    x->setTitleText(Tr::tr("Time since the first packet (s)"));
    auto* percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setTitleText(Tr::tr("Established (%)"));
    auto* count = new QValueAxis;
    count->setRange(0, static_cast<double>(std::max<uint64_t>(most + most / 5, 4)));
    count->applyNiceNumbers();
    count->setLabelFormat(QStringLiteral("%d"));
    count->setTitleText(Tr::tr("Attempts per %1 s").arg(tcp.bucketSeconds));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(percent, Qt::AlignLeft);
    chart->addAxis(count, Qt::AlignRight);
    rate->attachAxis(x);
    rate->attachAxis(percent);
    attempts->attachAxis(x);
    attempts->attachAxis(count);
    applyPaletteTheme(chart);
    return chart;
}

} // namespace natdoctor::ui
