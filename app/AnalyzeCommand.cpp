#include "AnalyzeCommand.h"

#include "CommandLine.h"
#include "analysis/CaptureAnalyzer.h"
#include "analysis/SummaryFormat.h"
#include "capture/CaptureReader.h"
#include "diagnosis/DiagnosisRules.h"
#include "findings/CaptureFindings.h"
#include "findings/FindingFormat.h"
#include "report/HeadlessReport.h"
#include "report/OfflineSession.h"
#include "util/JsonWriter.h"

#include <cstdio>
#include <unistd.h>

namespace natdoctor::app {

namespace {

constexpr const char* Synopsis
    = "natdoctor analyze FILE [--json] [--dest ADDRESS]... [--report FILE [--redact] [--paper a4|letter]"
      " [--case-id ID] [--customer NAME] [--where-captured TEXT]]";

int usageError(const std::string& message)
{
    std::fprintf(stderr, "natdoctor analyze: %s (usage: %s)\n", message.c_str(), Synopsis);
    return 2;
}

QList<QCommandLineOption> options()
{
    QList<QCommandLineOption> list {
        { QStringLiteral("json"), QStringLiteral("print one JSON object instead of the text summary") },
        { QStringLiteral("dest"),
          QStringLiteral(
              "the destination's IP address (again for each of its addresses; default: the servers "
              "of the captured connections)"),
          QStringLiteral("ADDRESS") },
    };
    list << ui::reportOptions() << helpOption();
    return list;
}

} // namespace

int runAnalyze(const std::vector<std::string>& args)
{
    CommandLine commandLine(options());
    if (const std::string error = commandLine.parse(args); !error.empty())
        return usageError(error);
    if (commandLine.isSet("help")) {
        std::printf(
            "usage: %s\n"
            "Analyses a pcap or pcapng capture (FILE, or - for standard input) in one pass and prints a\n"
            "summary, or with --json one JSON object (see the README for its fields).\n\n"
            "Options:\n%s\n"
            "Exit status: 0 no problem (positive evidence), 1 a problem found, 2 bad input,\n"
            "3 inconclusive (the capture can't decide).\n",
            Synopsis, commandLine.optionsHelp().c_str());
        return 0;
    }
    const bool json = commandLine.isSet("json");
    findings::CaptureContext context;
    for (const std::string& value : commandLine.values("dest")) {
        const capture::IpAddress address = capture::IpAddress::parse(value);
        if (!address.isValid())
            return usageError("--dest wants the destination's IP address, got \"" + value + "\"");
        context.destinations.push_back(address);
    }
    const std::vector<std::string> files = commandLine.positional();
    if (files.empty())
        return usageError("no capture file given");
    if (files.size() > 1)
        return usageError("only one capture file can be analysed at a time");
    const std::string& path = files.front();
    const ui::HeadlessReportFlags report = reportFlags(commandLine);
    if (const std::string error = ui::checkReportFlags(report); !error.empty())
        return usageError(error);

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
    const std::string shown = path == "-" ? std::string("(standard input)") : path;
    const diagnosis::DiagnosisSession session = ui::sessionFromCapture(summary, shown, context);
    const diagnosis::Verdict verdict = diagnosis::verdict(session);
    if (summary.truncated)
        std::fprintf(stderr,
                     "natdoctor: warning: capture ends early after %llu records (%s); analysed up to there\n",
                     static_cast<unsigned long long>(summary.packets), summary.readError.c_str());
    const std::string text = json
        ? analysis::summaryToJson(summary, false,
                                  [&](JsonWriter& w) {
                                      findings::writeFindings(w, session.findings);
                                      w.key("verdict").beginObject().key("outcome").value(
                                          diagnosis::outcomeName(verdict.outcome));
                                      w.key("exit_status").value(diagnosis::exitStatus(verdict.outcome));
                                      w.key("text").value(verdict.headline).endObject();
                                  })
        : analysis::summaryToText(summary) + "\n" + findings::findingsToText(session.findings)
            + "\nVerdict: " + verdict.headline + "\n";
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
