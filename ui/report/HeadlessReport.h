#pragma once

#include "diagnosis/DiagnosisSession.h"

#include <QCommandLineOption>
#include <QList>
#include <string>
#include <vector>

namespace natdoctor::ui {

// The report options of the headless commands: --report FILE[.pdf|.html|.json],
// --redact, --paper a4|letter.
struct HeadlessReportFlags
{
    std::string path; // empty: no report
    bool redact = false;
    std::string paper; // empty: by locale
};

// The report options of `analyze` and `diagnose`, for their command-line
// parsers: --report FILE, --redact, --paper a4|letter (names "report",
// "redact", "paper").
QList<QCommandLineOption> reportOptions();
// Checks the flags before any work is done ("--paper" valid, extension known).
std::string checkReportFlags(const HeadlessReportFlags& flags);

// Writes the report from a command-line process: creates the QApplication the
// charts need (offscreen when there is no display) only here, so commands
// without --report never need a display. Returns false and `error` on failure.
bool writeHeadlessReport(const diagnosis::DiagnosisSession& session, const HeadlessReportFlags& flags,
                         const std::string& captureFile, std::string& error);

} // namespace natdoctor::ui
