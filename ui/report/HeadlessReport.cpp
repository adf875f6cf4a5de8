#include "report/HeadlessReport.h"

#include "Translations.h"
#include "report/ReportWriter.h"

#include <QApplication>
#include <algorithm>
#include <memory>
#include <utility>

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
        { QStringLiteral("case-id"),
          QStringLiteral("in the report, the support case's id (redacted by --redact)"),
          QStringLiteral("ID") },
        { QStringLiteral("customer"), QStringLiteral("in the report, the customer (redacted by --redact)"),
          QStringLiteral("NAME") },
        { QStringLiteral("where-captured"),
          QStringLiteral(
              "in the report, where the capture was taken (e.g. \"public subnet host i-0abc, eu-west-1\")"),
          QStringLiteral("TEXT") },
    };
}

std::string checkReportFlags(const HeadlessReportFlags& flags)
{
    if (!flags.paper.empty() && !parsePaperSize(QString::fromStdString(flags.paper)))
        return "--paper is a4 or letter";
    if (flags.path.empty() && (flags.redact || !flags.paper.empty()))
        return "--redact and --paper go with --report FILE";
    if (flags.path.empty() && !flags.caseDetails.empty())
        return "--case-id, --customer and --where-captured go with --report FILE";
    for (const auto& [flag, value] : { std::pair { "--case-id", &flags.caseDetails.caseId },
                                       std::pair { "--customer", &flags.caseDetails.customer },
                                       std::pair { "--where-captured", &flags.caseDetails.whereCaptured } }) {
        if (value->size() > kMaxCaseFieldBytes)
            return std::string(flag) + " is longer than " + std::to_string(kMaxCaseFieldBytes) + " bytes";
        if (std::any_of(value->begin(), value->end(),
                        [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }))
            return std::string(flag) + " must be one line of text (no control characters)";
    }
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
    bool ok = false;
    if (flags.caseDetails.empty()) {
        ok = ReportWriter::write(session, QString::fromStdString(flags.path), options, why);
    } else {
        diagnosis::DiagnosisSession withCase = session;
        const diagnosis::CaseDetails& c = flags.caseDetails;
        if (!c.caseId.empty())
            withCase.caseDetails.caseId = c.caseId;
        if (!c.customer.empty())
            withCase.caseDetails.customer = c.customer;
        if (!c.whereCaptured.empty())
            withCase.caseDetails.whereCaptured = c.whereCaptured;
        ok = ReportWriter::write(withCase, QString::fromStdString(flags.path), options, why);
    }
    error = why.toStdString();
    return ok;
}

} // namespace natdoctor::ui
