#pragma once

#include "diagnosis/DiagnosisSession.h"

#include <QCommandLineOption>
#include <QList>
#include <string>
#include <vector>

namespace natdoctor::ui {

// The report options of the headless commands: --report FILE[.pdf|.html|.json],
// --redact, --paper a4|letter, and the optional case fields --case-id,
// --customer, --where-captured.
struct HeadlessReportFlags
{
    std::string path; // empty: no report
    bool redact = false;
    std::string paper; // empty: by locale
    diagnosis::CaseDetails caseDetails; // shown at the top of the report, kept in its JSON
};

// The report options of `analyze` and `diagnose`, for their command-line
// parsers: --report FILE, --redact, --paper a4|letter, --case-id ID,
// --customer NAME, --where-captured TEXT (names "report", "redact", "paper",
// "case-id", "customer", "where-captured").
QList<QCommandLineOption> reportOptions();
// Checks the flags before any work is done ("--paper" valid, extension known,
// case fields one line of at most kMaxCaseFieldBytes).
inline constexpr size_t kMaxCaseFieldBytes = 200;
std::string checkReportFlags(const HeadlessReportFlags& flags);

// Writes the report from a command-line process: creates the QApplication the
// charts need (offscreen when there is no display) only here, so commands
// without --report never need a display. The flags' case details, where set,
// replace the session's. Returns false and `error` on failure.
bool writeHeadlessReport(const diagnosis::DiagnosisSession& session, const HeadlessReportFlags& flags,
                         const std::string& captureFile, std::string& error);

} // namespace natdoctor::ui
