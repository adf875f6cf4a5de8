#pragma once

#include <QCoreApplication>
#include <QString>

namespace natdoctor::ui {

struct ReportModel;

// The report as one self-contained HTML file: inline CSS (also for print),
// charts as inline SVG, no external resources.
class HtmlReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(natdoctor::ui::HtmlReportWriter)

public:
    explicit HtmlReportWriter(const ReportModel& model);

    QString html() const;

private:
    QString findings() const;
    QString charts() const;
    QString appendix() const;

    const ReportModel& m_model;
};

} // namespace natdoctor::ui
