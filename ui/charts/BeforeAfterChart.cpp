#include "charts/BeforeAfterChart.h"

#include "charts/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QValueAxis>

namespace natdoctor::ui {

namespace {

// The translation context of this file's free functions, declared so that
// lupdate extracts the Tr::tr() calls under it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(natdoctor::ui::BeforeAfterChart)
};

} // namespace

QChart* createBeforeAfterChart(const probes::ConnectionProbeResult& before,
                               const probes::ConnectionProbeResult& after)
{
    auto* chart = new QChart;
    chart->setTitle(Tr::tr("Connections that succeeded"));
    auto* set = new QBarSet(Tr::tr("Succeeded (%)"));
    *set << before.successRate() * 100.0 << after.successRate() * 100.0;
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append({ Tr::tr("Timestamps on (%1/%2)").arg(before.succeeded()).arg(before.attempts.size()),
                Tr::tr("Timestamps off (%1/%2)").arg(after.succeeded()).arg(after.attempts.size()) });
    x->setTitleText(Tr::tr("tcp_timestamps on the private instance"));
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTitleText(Tr::tr("Succeeded (%)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    applyPaletteTheme(chart);
    return chart;
}

} // namespace natdoctor::ui
