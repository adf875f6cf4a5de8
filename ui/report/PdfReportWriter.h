#pragma once

#include <QCoreApplication>
#include <QPageSize>
#include <memory>
#include <vector>

class QIODevice;

namespace natdoctor::ui {

struct ReportModel;
class PdfCanvas;
class ReportChart;

// The PDF report: drawn with QPainter onto a QPdfWriter, text as text and
// charts as vector graphics, page numbers "Page X of N" in the footer.
class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(natdoctor::ui::PdfReportWriter)

public:
    PdfReportWriter(const ReportModel& model, QPageSize::PageSizeId paper);

    // Writes the whole PDF to `device` (already open). False if painting failed.
    bool write(QIODevice& device) const;

private:
    void draw(PdfCanvas& canvas, const std::vector<std::unique_ptr<ReportChart>>& charts) const;
    void drawHeader(PdfCanvas& canvas) const;
    void drawChecked(PdfCanvas& canvas) const;
    void drawFindings(PdfCanvas& canvas) const;
    void drawCharts(PdfCanvas& canvas, const std::vector<std::unique_ptr<ReportChart>>& charts) const;
    void heading(PdfCanvas& canvas, const QString& text, int level) const;
    void drawAppendix(PdfCanvas& canvas) const;

    const ReportModel& m_model;
    QPageSize::PageSizeId m_paper;
};

} // namespace natdoctor::ui
