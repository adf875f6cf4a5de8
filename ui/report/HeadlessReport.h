#pragma once

#include "diagnosis/DiagnosisSession.h"

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

// Consumes the report options at args[i] (advancing i past a value). Returns
// true if args[i] was one; `error` is set if it was malformed.
bool takeReportFlag(const std::vector<std::string>& args, size_t& i, HeadlessReportFlags& flags,
                    std::string& error);
// Checks the flags before any work is done ("--paper" valid, extension known).
std::string checkReportFlags(const HeadlessReportFlags& flags);

// Writes the report from a command-line process: creates the QApplication the
// charts need (offscreen when there is no display) only here, so commands
// without --report never need a display. Returns false and `error` on failure.
bool writeHeadlessReport(const diagnosis::DiagnosisSession& session, const HeadlessReportFlags& flags,
                         const std::string& captureFile, std::string& error);

} // namespace natdoctor::ui
