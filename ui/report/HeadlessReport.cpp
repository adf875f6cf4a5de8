#include "report/HeadlessReport.h"

#include "report/ReportWriter.h"

#include <QApplication>
#include <memory>

namespace natdoctor::ui {

bool takeReportFlag(const std::vector<std::string>& args, size_t& i, HeadlessReportFlags& flags,
                    std::string& error)
{
    const std::string& a = args[i];
    if (a == "--redact") {
        flags.redact = true;
        return true;
    }
    if (a != "--report" && a != "--paper")
        return false;
    if (i + 1 >= args.size()) {
        error = a + " needs a value";
        return true;
    }
    (a == "--report" ? flags.path : flags.paper) = args[++i];
    return true;
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
