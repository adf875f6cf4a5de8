#pragma once

#include "report/ReportModel.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace natdoctor::ui {

class PdfCanvas;

// The report's "NAT gateway (AWS)" section: the path as AWS sees it
// (ReportModel::natGatewayLines) and one small chart per CloudWatch metric,
// natdoctor's own test time marked. Nothing when the AWS step did not run.
class NatGatewaySection
{
    Q_DECLARE_TR_FUNCTIONS(natdoctor::ui::NatGatewaySection)

public:
    static QString title();
    // The path as AWS sees it, a few lines of display text (the wizard's too).
    static QStringList pathLines(const diagnosis::DiagnosisSession& session);
    static void drawPdf(PdfCanvas& canvas, const ReportModel& model,
                        const std::function<void(const QString&)>& heading);
    static QString html(const ReportModel& model);
};

} // namespace natdoctor::ui
