#include "AnalyzeCommand.h"

#include "analysis/CaptureAnalyzer.h"
#include "analysis/SummaryFormat.h"
#include "capture/CaptureReader.h"
#include "report/HeadlessReport.h"
#include "report/OfflineSession.h"

#include <cstdio>
#include <unistd.h>

namespace natdoctor::app {

namespace {

int usageError(const char* message)
{
    std::fprintf(stderr,
        "natdoctor analyze: %s (usage: natdoctor analyze FILE [--json] [--report FILE [--redact] "
        "[--paper a4|letter]])\n",
        message);
    return 2;
}

} // namespace

int runAnalyze(const std::vector<std::string>& args)
{
    std::string path;
    bool json = false;
    ui::HeadlessReportFlags report;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        std::string reportError;
        if (ui::takeReportFlag(args, i, report, reportError)) {
            if (!reportError.empty())
                return usageError(reportError.c_str());
        } else if (arg == "--json")
            json = true;
        else if (arg == "--help" || arg == "-h") {
            std::puts("usage: natdoctor analyze FILE [--json] [--report FILE [--redact] [--paper a4|letter]]\n"
                      "Analyses a pcap or pcapng capture in one pass and prints a summary,\n"
                      "or with --json one JSON object (see the README for its fields).\n"
                      "--report writes a findings report too (.pdf, .html or .json by its name);\n"
                      "--redact replaces addresses and host names with host-A, host-B, ...");
            return 0;
        } else if (!arg.empty() && arg[0] == '-' && arg != "-")
            return usageError(("unknown option " + arg).c_str());
        else if (path.empty())
            path = arg;
        else
            return usageError("only one capture file can be analysed at a time");
    }
    if (path.empty())
        return usageError("no capture file given");
    if (const std::string error = ui::checkReportFlags(report); !error.empty())
        return usageError(error.c_str());

    capture::CaptureError error;
    std::unique_ptr<capture::CaptureReader> reader = path == "-"
        ? capture::CaptureReader::openStream(dup(0), error)
        : capture::CaptureReader::openFile(path, error);
    if (!reader) {
        std::fprintf(stderr, "natdoctor: %s\n", capture::describe(error).c_str());
        return 2;
    }
    const analysis::CaptureSummary summary = analysis::analyzeCapture(*reader);
    if (summary.truncated)
        std::fprintf(stderr, "natdoctor: warning: capture ends early after %llu records (%s); analysed up to there\n",
            static_cast<unsigned long long>(summary.packets), summary.readError.c_str());
    const std::string text = json ? analysis::summaryToJson(summary) : analysis::summaryToText(summary);
    std::fwrite(text.data(), 1, text.size(), stdout);
    if (std::fflush(stdout) != 0)
        return 2;
    if (!report.path.empty()) {
        std::string why;
        const std::string shown = path == "-" ? std::string("(standard input)") : path;
        if (!ui::writeHeadlessReport(ui::sessionFromCapture(summary, shown), report, shown, why)) {
            std::fprintf(stderr, "natdoctor: %s\n", why.c_str());
            return 2;
        }
    }
    return 0;
}

} // namespace natdoctor::app
