#pragma once

#include <QGraphicsScene>
#include <QSizeF>
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

    void render(QPainter& painter, const QRectF& target);
    QChart* chart() const { return m_chart; }

private:
    QGraphicsScene m_scene;
    QChart* m_chart;
};

// The charts a report shows for its capture data (fragment sizes, success
// over time), in order; none without capture data.
std::vector<std::unique_ptr<ReportChart>> createReportCharts(const ReportModel& model);

} // namespace natdoctor::ui
