#include "DiagnoseCommand.h"
#include "ProgressPrinter.h"

#include "util/AtomicFile.h"
#include "util/FileArgument.h"
#include "remote/Validation.h"
#include "diagnosis/DiagnosisFile.h"
#include "diagnosis/DiagnosisRules.h"
#include "cloud/NatGatewayStep.h"
#include "diagnosis/DiagnosisRunner.h"
#include "probes/TimestampToggle.h"
#include "report/HeadlessReport.h"
#include "util/UtcTime.h"
#include "util/Version.h"

#include <algorithm>
#include <atomic>
#include <csignal>
#include <signal.h>
#include <tuple>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <unistd.h>

namespace natdoctor::app {

namespace {

constexpr const char* Usage
    = "usage: natdoctor diagnose --public USER@HOST[:PORT] --dest HOST:PORT [--private USER@HOST[:PORT]]\n"
      "         [--remote USER@HOST[:PORT]] [--trigger http|https|tcp|icmp] [--ipv6] [--echo-url URL|none]\n"
      "         [--size BYTES] [--path /URL/PATH] [--attempts N]\n"
      "         [--known-hosts FILE] [--identity FILE]... [--ssh-config FILE] [--json] [--save FILE]\n"
      "         [--dead-man-seconds N] [--capture-file FILE.pcap]\n"
      "         [--aws [--profile P] [--region R] [--instance-id I] [--aws-endpoint-url URL]]\n"
      "         [--report FILE.pdf|.html|.json [--redact] [--paper a4|letter]]";

std::atomic_bool g_cancel { false };

// First SIGINT/SIGTERM: the runner stops the step and restores what it
// changed (that takes seconds, not minutes). A second one ends natdoctor at
// once; the host's dead-man then restores within its lease.
extern "C" void onSignal(int)
{
    if (g_cancel.exchange(true))
        ::_exit(130);
    static const char message[] = "natdoctor: stopping (restoring what was changed); signal again to quit now\n";
    [[maybe_unused]] const auto n = ::write(STDERR_FILENO, message, sizeof message - 1);
}

int usageError(const std::string& message)
{
    std::fprintf(stderr, "natdoctor diagnose: %s (see natdoctor diagnose --help)\n", message.c_str());
    return 2;
}

struct Flags
{
    diagnosis::DiagnosisInputs inputs;
    std::vector<std::string> identities;
    std::string sshConfig;
    std::string savePath;
    int deadManSeconds = 0;
    std::string captureFile;
    bool json = false;
    bool help = false;
    ui::HeadlessReportFlags report;
    bool aws = false; // --aws: the NAT gateway's own evidence (core/cloud)
    bool triggerGiven = false; // without --trigger: https on port 443, else http
    cloud::AwsOptions awsOptions;
};

// Everything natdoctor can check locally, before anything remote starts:
// the destination, the path per trigger, the size per trigger, and every file
// argument (no FIFO, device or directory to block on; outputs never through a
// symlink). Returns an error message, or empty.
std::string checkInputs(const Flags& f);

bool parseNumber(const std::string& text, long min, long max, long& out)
{
    try {
        size_t used = 0;
        out = std::stol(text, &used);
        return used == text.size() && out >= min && out <= max;
    } catch (...) {
        return false;
    }
}

// Returns an error message, or empty on success.
std::string parseFlags(const std::vector<std::string>& args, Flags& f)
{
    bool havePublic = false;
    bool haveDest = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            f.help = true;
            return {};
        }
        if (a == "--json") {
            f.json = true;
            continue;
        }
        if (a == "--aws") {
            f.aws = true;
            continue;
        }
        if (a == "--ipv6") {
            f.inputs.ipv6 = true;
            continue;
        }
        if (a == "--profile" || a == "--region" || a == "--instance-id" || a == "--aws-endpoint-url") {
            if (i + 1 >= args.size() || args[i + 1].empty() || args[i + 1][0] == '-')
                return a + " needs a value";
            const std::string& v = args[++i];
            if (a == "--instance-id" && (v.rfind("i-", 0) != 0 || v.find_first_not_of("0123456789abcdef", 2) != std::string::npos))
                return "--instance-id wants an EC2 instance id (i-0123456789abcdef0)";
            if (a == "--aws-endpoint-url" && v.rfind("https://", 0) != 0 && v.rfind("http://", 0) != 0)
                return "--aws-endpoint-url wants an http:// or https:// URL";
            (a == "--profile" ? f.awsOptions.profile : a == "--region" ? f.awsOptions.region
                : a == "--instance-id"                         ? f.awsOptions.instanceId
                                                               : f.awsOptions.endpointUrl) = v;
            continue;
        }
        if (std::string reportError; ui::takeReportFlag(args, i, f.report, reportError)) {
            if (!reportError.empty())
                return reportError;
            continue;
        }
        static const std::vector<std::string> valueOptions { "--public", "--private", "--remote", "--dest",
            "--trigger", "--size", "--attempts", "--path", "--known-hosts", "--identity", "--ssh-config", "--save",
            "--dead-man-seconds", "--capture-file", "--echo-url" };
        if (std::find(valueOptions.begin(), valueOptions.end(), a) == valueOptions.end())
            return a.starts_with("-") ? "unknown option " + a : "unexpected argument " + a;
        if (i + 1 >= args.size())
            return a + " needs a value";
        const std::string& v = args[++i];
        std::string error;
        long n = 0;
        if (a == "--public" || a == "--private" || a == "--remote") {
            auto target = diagnosis::SshTarget::parse(v, error);
            if (!target)
                return a + ": " + error;
            if (a == "--public") {
                f.inputs.publicHost = *target;
                havePublic = true;
            } else if (a == "--private") {
                f.inputs.privateHost = *target;
            } else {
                f.inputs.remoteServer = *target;
            }
        } else if (a == "--dest") {
            auto target = diagnosis::SshTarget::parse(v, error); // HOST:PORT has the same shape, minus the user
            if (!target || !target->user.empty() || v.find(':') == std::string::npos)
                return "--dest wants HOST:PORT, got \"" + v + "\"";
            f.inputs.destinationHost = target->host;
            f.inputs.destinationPort = target->port;
            haveDest = true;
        } else if (a == "--trigger") {
            auto kind = diagnosis::parseTriggerKind(v);
            if (!kind)
                return "--trigger is http, https, tcp or icmp";
            f.inputs.trigger = *kind;
            f.triggerGiven = true;
        } else if (a == "--size") {
            if (!parseNumber(v, 1, 64 * 1024 * 1024, n))
                return "--size wants a number of bytes (1 to 67108864)";
            f.inputs.size = static_cast<uint32_t>(n);
        } else if (a == "--attempts") {
            if (!parseNumber(v, 1, 1000, n))
                return "--attempts wants a number from 1 to 1000";
            f.inputs.attempts = static_cast<int>(n);
        } else if (a == "--path") {
            if (v.empty() || v[0] != '/')
                return "--path must start with /";
            f.inputs.httpPath = v;
        } else if (a == "--dead-man-seconds") {
            if (!parseNumber(v, 10, 86400, n))
                return "--dead-man-seconds wants 10 to 86400";
            f.deadManSeconds = static_cast<int>(n);
        } else if (a == "--capture-file") {
            f.captureFile = v;
        } else if (a == "--known-hosts") {
            f.inputs.knownHostsPath = v;
        } else if (a == "--echo-url") {
            if (v != "none" && remote::validateUrl(v))
                return "--echo-url wants an http:// or https:// URL, or none";
            f.inputs.echoUrl = v == "none" ? std::string() : v;
        } else if (a == "--identity") {
            f.identities.push_back(v);
        } else if (a == "--ssh-config") {
            f.sshConfig = v;
        } else if (a == "--save") {
            f.savePath = v;
        }
    }
    if (!f.aws && (!f.awsOptions.profile.empty() || !f.awsOptions.region.empty() || !f.awsOptions.instanceId.empty()
                      || !f.awsOptions.endpointUrl.empty()))
        return "--profile, --region, --instance-id and --aws-endpoint-url go with --aws";
    if (!havePublic && !f.aws)
        return "--public is required (the fragmentation check runs on a public-subnet host)";
    if (!haveDest)
        return "--dest is required";
    if (!f.triggerGiven && f.inputs.destinationPort == 443)
        f.inputs.trigger = diagnosis::TriggerKind::Https;
    if (std::string error = ui::checkReportFlags(f.report); !error.empty())
        return error;
    return checkInputs(f);
}

std::string checkInputs(const Flags& f)
{
    const diagnosis::DiagnosisInputs& in = f.inputs;
    if (!in.destinationHost.empty()) {
        if (auto e = remote::validateHost(in.destinationHost))
            return "--dest: " + remote::describe(e);
        // The path goes into a URL (curl) or an HTTP request line (tcp
        // trigger): the same URL rules for both, so no CR/LF or blank can
        // reach a request.
        const std::string host
            = remote::isIpv6Address(in.destinationHost) ? "[" + in.destinationHost + "]" : in.destinationHost;
        if (auto e = remote::validateUrl("http://" + host + ":" + std::to_string(in.destinationPort) + in.httpPath))
            return "--path: " + remote::describe(e);
    }
    if (in.trigger == diagnosis::TriggerKind::Icmp && in.size > 65507)
        return "--size with --trigger icmp is at most 65507 (the largest ICMP echo payload)";
    for (const auto& [flag, path, mayBeMissing] : { std::tuple { "--known-hosts", in.knownHostsPath, true },
             std::tuple { "--ssh-config", f.sshConfig, false } }) {
        if (!path.empty()) {
            if (std::string error = checkInputFile(path, mayBeMissing); !error.empty())
                return std::string(flag) + ": " + error;
        }
    }
    for (const std::string& identity : f.identities) {
        if (std::string error = checkInputFile(identity); !error.empty())
            return "--identity: " + error;
    }
    for (const auto& [flag, path] : { std::pair { "--save", f.savePath }, std::pair { "--capture-file", f.captureFile },
             std::pair { "--report", f.report.path } }) {
        if (!path.empty()) {
            if (std::string error = checkOutputFile(path); !error.empty())
                return std::string(flag) + ": " + error;
        }
    }
    return {};
}

void printText(const diagnosis::DiagnosisSession& s)
{
    const diagnosis::Verdict v = diagnosis::verdict(s);
    static const char* const Words[] = { "no problem found", "a problem found", "inconclusive" };
    std::printf("Verdict (%s): %s\n\n", Words[static_cast<int>(v.outcome)], v.headline.c_str());
    for (const diagnosis::Finding& f : s.findings) {
        std::printf("[%s] %s (%s, confidence %s)\n    %s\n", std::string(diagnosis::severityName(f.severity)).c_str(),
            f.title.c_str(), f.id.c_str(), std::string(diagnosis::confidenceName(f.confidence)).c_str(), f.detail.c_str());
        for (const diagnosis::Action& a : f.actions) {
            std::printf("    -> %s\n", a.description.c_str());
            for (const std::string& c : a.commands)
                std::printf("       $ %s\n", c.c_str());
        }
    }
}

} // namespace

int runDiagnose(const std::vector<std::string>& args)
{
    Flags flags;
    if (const std::string error = parseFlags(args, flags); !error.empty())
        return usageError(error);
    if (flags.help) {
        std::puts(Usage);
        return 0;
    }

    diagnosis::DiagnosisSession session;
    session.inputs = flags.inputs;
    session.startedAt = utcNowIso8601();
    session.natdoctorVersion = std::string(version());

    remote::SshOptions options;
    options.knownHostsFile = flags.inputs.knownHostsPath;
    options.identityFiles = flags.identities;
    options.sshConfigFile = flags.sshConfig;
    options.cancel = &g_cancel;
    // Headless: an unknown host key is refused (no confirmHostKey), and no
    // password is asked (no askPassword): keys or the agent only.

    struct sigaction action {};
    action.sa_handler = onSignal; // no SA_RESTART: a blocking wait returns at once
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    diagnosis::RunnerOptions runnerOptions;
    ProgressPrinter progress(flags.inputs.attempts);
    runnerOptions.log = [&progress](const std::string& line) { progress.line(line); };
    runnerOptions.attempt = [&progress](const std::string& phase, const probes::Attempt& a) { progress.attempt(phase, a); };
    runnerOptions.journalPath = probes::defaultJournalPath();
    runnerOptions.deadManSeconds = flags.deadManSeconds;
    runnerOptions.captureFile = flags.captureFile;
    diagnosis::DiagnosisRunner runner(session, diagnosis::HostConnector(options), runnerOptions, g_cancel);
    // Without --public (only with --aws) the SSH steps are recorded as not run.
    const bool sshSteps = !flags.inputs.publicHost.host.empty();
    if (!sshSteps) {
        diagnosis::DiagnosisEngine engine(session);
        for (auto step = engine.nextStep(); step != diagnosis::DiagnosisEngine::Step::Done; step = engine.nextStep())
            engine.skipStep(step, "no --public host given (only the AWS step ran)");
    }
    const remote::RemoteError error = sshSteps ? runner.runAll() : remote::RemoteError {};
    if (flags.aws && !g_cancel) { // the NAT gateway's own evidence; a failure here never stops the rest
        cloud::NatGatewayStepHooks hooks;
        hooks.log = runnerOptions.log;
        hooks.cancel = &g_cancel;
        const diagnosis::HostConnector connector(options);
        cloud::runAwsStep(session, sshSteps ? &connector : nullptr, flags.awsOptions, std::time(nullptr), hooks);
    }
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    if (!flags.savePath.empty()) {
        std::string why;
        if (!writeFileAtomically(flags.savePath, diagnosis::saveSession(session), why))
            std::fprintf(stderr, "natdoctor: cannot save the session: %s\n", why.c_str());
    }
    bool reportFailed = false;
    if (!flags.report.path.empty()) {
        std::string why;
        reportFailed = !ui::writeHeadlessReport(session, flags.report, {}, why);
        if (reportFailed)
            std::fprintf(stderr, "natdoctor: %s\n", why.c_str());
    }
    if (flags.json)
        std::fputs(diagnosis::saveSession(session).c_str(), stdout);
    else
        printText(session);
    std::fflush(stdout);
    if (reportFailed)
        return 2;
    if (error) {
        std::fprintf(stderr, "natdoctor: %s\n", remote::describe(error).c_str());
        // A connection error is the answer only when no step could run; a
        // fallback that ran (the private-instance test instead of the
        // server) still gives its verdict.
        const bool anyStepRan = std::any_of(session.steps.begin(), session.steps.end(),
            [](const diagnosis::StepOutcome& o) { return !o.skipped; });
        if (!anyStepRan)
            return 2;
    }
    return diagnosis::exitStatus(diagnosis::verdict(session).outcome);
}

} // namespace natdoctor::app
