#include "report/ReportChart.h"

#include "charts/FragmentSizeChart.h"
#include "charts/SuccessTimelineChart.h"
#include "report/ReportModel.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>

namespace natdoctor::ui {

namespace {

// Dark blue and orange differ in lightness too, so they stay apart in greyscale.
const QColor kPrimary(0x1f, 0x4e, 0x79);
const QColor kSecondary(0xc5, 0x5a, 0x11);

void styleForPaper(QChart* chart)
{
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1));
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setTitleBrush(Qt::black);
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(11);
    chart->setTitleFont(title);
    chart->legend()->setLabelColor(Qt::black);
    chart->legend()->setAlignment(Qt::AlignBottom);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(Qt::black);
        axis->setTitleBrush(Qt::black);
        axis->setGridLineColor(QColor(0xdd, 0xdd, 0xdd));
        axis->setLinePenColor(QColor(0x66, 0x66, 0x66));
    }
    int index = 0;
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            const QList<QBarSet*> sets = bars->barSets();
            for (int i = 0; i < sets.size(); ++i) {
                sets[i]->setColor(i == 0 ? kPrimary : kSecondary);
                sets[i]->setBorderColor(Qt::white);
            }
        } else if (auto* line = qobject_cast<QLineSeries*>(series)) {
            QPen pen(index == 0 ? kPrimary : kSecondary, 2.5);
            if (index > 0)
                pen.setStyle(Qt::DashLine);
            line->setPen(pen);
            line->setColor(pen.color());
        }
        ++index;
    }
}

} // namespace

ReportChart::ReportChart(QChart* chart)
    : m_chart(chart)
{
    styleForPaper(m_chart);
    m_scene.addItem(m_chart); // the scene owns it from here
    m_chart->setGeometry(QRectF(QPointF(0, 0), kSize));
    m_scene.setSceneRect(QRectF(QPointF(0, 0), kSize));
}

ReportChart::~ReportChart() = default;

void ReportChart::render(QPainter& painter, const QRectF& target)
{
    m_scene.render(&painter, target, m_scene.sceneRect(), Qt::KeepAspectRatio);
}

std::vector<std::unique_ptr<ReportChart>> createReportCharts(const ReportModel& model)
{
    std::vector<std::unique_ptr<ReportChart>> charts;
    if (model.fragments)
        charts.push_back(
            std::make_unique<ReportChart>(createFragmentSizeChart(*model.fragments, model.pathMtu)));
    if (model.tcp)
        charts.push_back(std::make_unique<ReportChart>(createSuccessTimelineChart(*model.tcp)));
    return charts;
}

} // namespace natdoctor::ui
