#include "report/ReportChart.h"

#include "charts/FragmentSizeChart.h"
#include "charts/SuccessTimelineChart.h"
#include "report/ReportModel.h"
#include "report/ReportStyle.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QSvgGenerator>

namespace natdoctor::ui {

namespace {

// Dark blue and orange differ in lightness too, so they stay apart in greyscale.
const QColor kPrimary(0x1f, 0x4e, 0x79);
const QColor kSecondary(0xc5, 0x5a, 0x11);

} // namespace

QString reportFontFamilies()
{
    return QStringLiteral("\"DejaVu Sans\",Helvetica,Arial,sans-serif");
}

void styleChartForPaper(QChart* chart, qreal titlePoints, qreal labelPoints)
{
    using reportstyle::sans;
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1));
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setTitleBrush(Qt::black);
    chart->setTitleFont(sans(titlePoints, true));
    chart->legend()->setLabelColor(Qt::black);
    chart->legend()->setFont(sans(labelPoints));
    chart->legend()->setAlignment(Qt::AlignBottom);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(Qt::black);
        axis->setLabelsFont(sans(labelPoints));
        axis->setTitleBrush(Qt::black);
        axis->setTitleFont(sans(labelPoints));
        axis->setGridLineColor(QColor(0xdd, 0xdd, 0xdd));
        axis->setLinePenColor(QColor(0x66, 0x66, 0x66));
    }
    int index = 0;
    for (QAbstractSeries* series : chart->series()) {
        const QColor colour = index == 0 ? kPrimary : kSecondary;
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            const QList<QBarSet*> sets = bars->barSets();
            for (int i = 0; i < sets.size(); ++i) {
                sets[i]->setColor(i == 0 ? kPrimary : kSecondary);
                sets[i]->setBorderColor(Qt::white);
            }
        } else if (auto* area = qobject_cast<QAreaSeries*>(series)) {
            // Bars of counts: a light fill under a thin outline, behind the points.
            QColor fill = colour;
            fill.setAlpha(70);
            area->setBrush(fill);
            area->setPen(QPen(colour, 1));
        } else if (auto* points = qobject_cast<QScatterSeries*>(series)) {
            points->setColor(colour);
            points->setBorderColor(Qt::white);
        } else if (auto* line = qobject_cast<QLineSeries*>(series)) {
            QPen pen(colour, index == 0 ? 2.0 : 1.5);
            if (index > 0)
                pen.setStyle(Qt::DashLine);
            line->setPen(pen);
            line->setColor(pen.color());
        }
        ++index;
    }
}

ReportChart::ReportChart(QChart* chart)
    : ReportChart(chart, kSize)
{
}

ReportChart::ReportChart(QChart* chart, QSizeF size)
    : m_chart(chart)
    , m_size(size)
{
    const bool small = size.width() < kSize.width();
    styleChartForPaper(m_chart, small ? 9 : 11, small ? 7 : 8.5);
    m_scene.addItem(m_chart); // the scene owns it from here
    m_chart->setGeometry(QRectF(QPointF(0, 0), size));
    m_scene.setSceneRect(QRectF(QPointF(0, 0), size));
}

ReportChart::~ReportChart() = default;

void ReportChart::render(QPainter& painter, const QRectF& target)
{
    m_scene.render(&painter, target, m_scene.sceneRect(), Qt::KeepAspectRatio);
}

QString ReportChart::svg()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(m_size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), m_size));
    generator.setTitle(m_chart->title());
    {
        QPainter painter(&generator);
        render(painter, QRectF(QPointF(0, 0), m_size));
    }
    QString svg = QString::fromUtf8(buffer.data());
    // Inline SVG: drop the XML prolog, keep the <svg> element.
    const qsizetype start = svg.indexOf(QLatin1String("<svg"));
    svg = start >= 0 ? svg.mid(start) : QString();
    // QSvgGenerator writes the font's own family ("Sans Serif"), which browsers
    // do not know: they would fall back to their serif default.
    static const QRegularExpression family(QStringLiteral(R"(font-family="[^"]*")"));
    QString families = reportFontFamilies();
    families.replace(u'"', u'\'');
    svg.replace(family, QStringLiteral("font-family=\"%1\"").arg(families));
    return svg;
}

std::vector<std::unique_ptr<ReportChart>> createReportCharts(const ReportModel& model)
{
    std::vector<std::unique_ptr<ReportChart>> charts;
    if (model.fragments)
        charts.push_back(
            std::make_unique<ReportChart>(createFragmentSizeChart(*model.fragments, model.pathMtu)));
    if (model.tcp) // too short to chart: the chart says so, with the counts
        charts.push_back(std::make_unique<ReportChart>(createSuccessTimelineChart(*model.tcp)));
    return charts;
}

} // namespace natdoctor::ui
