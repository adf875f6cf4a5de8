#include "AnalyzeCommand.h"

#include "analysis/CaptureAnalyzer.h"
#include "analysis/CaptureFindings.h"
#include "diagnosis/DiagnosisRules.h"
#include "util/JsonWriter.h"
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
        "natdoctor analyze: %s (usage: natdoctor analyze FILE [--json] [--dest ADDRESS]... [--report FILE "
        "[--redact] [--paper a4|letter]])\n",
        message);
    return 2;
}

} // namespace

int runAnalyze(const std::vector<std::string>& args)
{
    std::string path;
    bool json = false;
    analysis::CaptureContext context;
    ui::HeadlessReportFlags report;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        std::string reportError;
        if (ui::takeReportFlag(args, i, report, reportError)) {
            if (!reportError.empty())
                return usageError(reportError.c_str());
        } else if (arg == "--json")
            json = true;
        else if (arg == "--dest" || arg.starts_with("--dest=")) {
            const std::string value = arg == "--dest" ? (i + 1 < args.size() ? args[++i] : std::string()) : arg.substr(7);
            const capture::IpAddress address = capture::IpAddress::parse(value);
            if (!address.isValid())
                return usageError(("--dest wants the destination's IP address, got \"" + value + "\"").c_str());
            context.destinations.push_back(address);
        }
        else if (arg == "--help" || arg == "-h") {
            std::puts("usage: natdoctor analyze FILE [--json] [--dest ADDRESS]... [--report FILE [--redact] [--paper a4|letter]]\n"
                      "Analyses a pcap or pcapng capture in one pass and prints a summary,\n"
                      "or with --json one JSON object (see the README for its fields).\n"
                      "--dest names the destination's address(es); without it the servers of the\n"
                      "captured connections count as the destination.\n"
                      "Exit status: 0 no problem (positive evidence), 1 a problem found, 2 bad input,\n"
                      "3 inconclusive (the capture can't decide).\n"
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
    analysis::CaptureSummary summary = analysis::analyzeCapture(*reader);
    if (summary.packets == 0 && summary.truncated) {
        std::fprintf(stderr, "natdoctor: %s: no capture record could be read (%s)\n", path.c_str(),
            summary.readError.c_str());
        return 2;
    }
    summary.findings = analysis::captureFindings(summary, context);
    const std::string shown = path == "-" ? std::string("(standard input)") : path;
    const diagnosis::DiagnosisSession session = ui::sessionFromCapture(summary, shown);
    const diagnosis::Verdict verdict = diagnosis::verdict(session);
    if (summary.truncated)
        std::fprintf(stderr, "natdoctor: warning: capture ends early after %llu records (%s); analysed up to there\n",
            static_cast<unsigned long long>(summary.packets), summary.readError.c_str());
    const std::string text = json
        ? analysis::summaryToJson(summary, false,
            [&](JsonWriter& w) {
                w.key("verdict").beginObject().key("outcome").value(diagnosis::outcomeName(verdict.outcome));
                w.key("exit_status").value(diagnosis::exitStatus(verdict.outcome));
                w.key("text").value(verdict.headline).endObject();
            })
        : analysis::summaryToText(summary) + "\nVerdict: " + verdict.headline + "\n";
    std::fwrite(text.data(), 1, text.size(), stdout);
    if (std::fflush(stdout) != 0)
        return 2;
    if (!report.path.empty()) {
        std::string why;
        if (!ui::writeHeadlessReport(session, report, shown, why)) {
            std::fprintf(stderr, "natdoctor: %s\n", why.c_str());
            return 2;
        }
    }
    return diagnosis::exitStatus(verdict.outcome);
}

} // namespace natdoctor::app
