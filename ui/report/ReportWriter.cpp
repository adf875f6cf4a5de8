#include "report/ReportWriter.h"

#include "diagnosis/DiagnosisFile.h"
#include "report/HtmlReportWriter.h"
#include "report/PdfReportWriter.h"
#include "report/Redactor.h"
#include "report/ReportModel.h"

#include <QBuffer>
#include <QFileInfo>
#include <QSaveFile>

namespace natdoctor::ui {

QByteArray ReportWriter::render(const diagnosis::DiagnosisSession& session, ReportFormat format,
                                const ReportOptions& options)
{
    Redactor redactor;
    if (options.redact) {
        redactor.learnFile(options.captureFile); // its name may hold a host name and address
        ReportModelBuilder::learnHosts(session, redactor);
    }
    if (format == ReportFormat::Json) {
        const QString json = QString::fromStdString(diagnosis::saveSession(session));
        return (options.redact ? redactor.apply(json) : json).toUtf8();
    }
    ReportModel model = ReportModelBuilder::build(session, options);
    if (options.redact)
        ReportModelBuilder::redact(model, redactor);
    if (format == ReportFormat::Html)
        return HtmlReportWriter(model).html().toUtf8();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!PdfReportWriter(model, options.paper.value_or(defaultPaperSize())).write(buffer))
        return {};
    return buffer.data();
}

bool ReportWriter::write(const diagnosis::DiagnosisSession& session, const QString& path,
                         const ReportOptions& options, QString& error)
{
    const std::optional<ReportFormat> format = reportFormatForPath(path);
    if (!format) {
        error = tr("cannot write %1: the name must end in .pdf, .html or .json").arg(path);
        return false;
    }
    if (QFileInfo(path).isDir()) {
        error = tr("cannot write %1: it is a directory").arg(path);
        return false;
    }
    // Rendered first, so a failure to render never touches the file.
    const QByteArray bytes = render(session, *format, options);
    if (bytes.isEmpty()) {
        error = tr("cannot write %1: the report could not be drawn").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        error = tr("cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace natdoctor::ui
