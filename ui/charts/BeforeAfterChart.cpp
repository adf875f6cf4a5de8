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

QString tr(const char* text)
{
    return QCoreApplication::translate("natdoctor::ui::BeforeAfterChart", text);
}

} // namespace

QChart* createBeforeAfterChart(const probes::ConnectionProbeResult& before, const probes::ConnectionProbeResult& after)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Connections that succeeded"));
    auto* set = new QBarSet(tr("Succeeded (%)"));
    *set << before.successRate() * 100.0 << after.successRate() * 100.0;
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append({ tr("Timestamps on (%1/%2)").arg(before.succeeded()).arg(before.attempts.size()),
        tr("Timestamps off (%1/%2)").arg(after.succeeded()).arg(after.attempts.size()) });
    x->setTitleText(tr("tcp_timestamps on the private instance"));
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTitleText(tr("Succeeded (%)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    applyPaletteTheme(chart);
    return chart;
}

} // namespace natdoctor::ui
