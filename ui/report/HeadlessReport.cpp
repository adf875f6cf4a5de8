#include "report/HeadlessReport.h"

#include "Translations.h"
#include "report/ReportWriter.h"

#include <QApplication>
#include <memory>

namespace natdoctor::ui {

QList<QCommandLineOption> reportOptions()
{
    return {
        { QStringLiteral("report"), QStringLiteral("also write a findings report (by its extension)"),
          QStringLiteral("FILE.pdf|.html|.json") },
        { QStringLiteral("redact"),
          QStringLiteral("in the report, addresses and host names become host-A, host-B, ...") },
        { QStringLiteral("paper"), QStringLiteral("the PDF's paper size (default: the locale's)"),
          QStringLiteral("a4|letter") },
    };
}

std::string checkReportFlags(const HeadlessReportFlags& flags)
{
    if (!flags.paper.empty() && !parsePaperSize(QString::fromStdString(flags.paper)))
        return "--paper is a4 or letter";
    if (flags.path.empty() && (flags.redact || !flags.paper.empty()))
        return "--redact and --paper go with --report FILE";
    if (!flags.path.empty() && !reportFormatForPath(QString::fromStdString(flags.path)))
        return "--report FILE must end in .pdf, .html or .json";
    return {};
}

bool writeHeadlessReport(const diagnosis::DiagnosisSession& session, const HeadlessReportFlags& flags,
                         const std::string& captureFile, std::string& error)
{
    std::unique_ptr<QApplication> app;
    if (!QCoreApplication::instance()) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        static int argc = 1;
        static char name[] = "natdoctor";
        static char* argv[] = { name, nullptr };
        app = std::make_unique<QApplication>(argc, argv);
        installTranslations(*app,
                            QStringLiteral("en")); // the command line's report is English, plurals included
    }
    ReportOptions options;
    options.redact = flags.redact;
    options.paper = parsePaperSize(QString::fromStdString(flags.paper));
    options.captureFile = QString::fromStdString(captureFile);
    QString why;
    const bool ok = ReportWriter::write(session, QString::fromStdString(flags.path), options, why);
    error = why.toStdString();
    return ok;
}

} // namespace natdoctor::ui
