#pragma once

#include "diagnosis/DiagnosisSession.h"
#include "report/ReportOptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace natdoctor::ui {

// Writes a findings report of `session` to `path`, in the format its
// extension names (.pdf, .html, .json). The write is atomic (QSaveFile): an
// existing file is replaced whole or not at all, and a failure leaves nothing
// behind. PDF and HTML need a QGuiApplication (charts); JSON does not.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(natdoctor::ui::ReportWriter)

public:
    // False and `error` (one line: what failed and why) on failure.
    static bool write(const diagnosis::DiagnosisSession& session, const QString& path,
                      const ReportOptions& options, QString& error);

    // The bytes of the report, without writing (used by write()).
    static QByteArray render(const diagnosis::DiagnosisSession& session, ReportFormat format,
                             const ReportOptions& options);
};

} // namespace natdoctor::ui
