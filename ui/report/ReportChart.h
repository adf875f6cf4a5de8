#pragma once

#include <QGraphicsScene>
#include <QSizeF>
#include <QString>
#include <memory>
#include <vector>

class QChart;
class QPainter;

namespace natdoctor::ui {

struct ReportModel;

// A chart of the report, styled for paper (black on white, colours that stay
// apart in greyscale) and drawn as vector graphics: its scene is rendered
// onto the target painter (PDF, SVG), never through a pixmap.
class ReportChart
{
    Q_DISABLE_COPY(ReportChart)

public:
    explicit ReportChart(QChart* chart); // takes ownership
    ~ReportChart();

    // Layout size in scene units; the target keeps this aspect ratio.
    static constexpr QSizeF kSize { 720, 330 };

    // `size`: the chart's own layout size (small charts use a smaller one).
    ReportChart(QChart* chart, QSizeF size);

    void render(QPainter& painter, const QRectF& target);
    // Inline SVG markup (no XML prolog) whose text uses the report's sans
    // font family with the same fallbacks as the HTML, never a serif default.
    QString svg();
    QChart* chart() const { return m_chart; }
    QSizeF size() const { return m_size; }

private:
    QGraphicsScene m_scene;
    QChart* m_chart;
    QSizeF m_size;
};

// Styles a chart for paper: black on white, dark blue and orange series, every
// text in the report's sans font (`labelPoints` for axis labels and titles).
void styleChartForPaper(QChart* chart, qreal titlePoints, qreal labelPoints);

// The font-family list the HTML report and its SVG charts use.
QString reportFontFamilies();

// The charts a report shows for its capture data (fragment sizes, success
// over time, or "too short to chart" with the counts), in order; none
// without capture data.
std::vector<std::unique_ptr<ReportChart>> createReportCharts(const ReportModel& model);

} // namespace natdoctor::ui
