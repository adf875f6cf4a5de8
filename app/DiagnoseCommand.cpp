#include "DiagnoseCommand.h"

#include "CommandLine.h"
#include "ProgressPrinter.h"
#include "diagnosis/DiagnosisFile.h"
#include "diagnosis/DiagnosisRules.h"
#include "diagnosis/DiagnosisRunner.h"
#include "diagnosis/NatGatewayStep.h"
#include "probes/TimestampToggle.h"
#include "remote/Validation.h"
#include "report/HeadlessReport.h"
#include "util/AtomicFile.h"
#include "util/FileArgument.h"
#include "util/UtcTime.h"
#include "util/Version.h"

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <signal.h>
#include <string_view>
#include <tuple>
#include <unistd.h>

namespace natdoctor::app {

namespace {

constexpr const char* Synopsis
    = "natdoctor diagnose --public USER@HOST[:PORT] --dest HOST:PORT [--private USER@HOST[:PORT]]\n"
      "         [--remote USER@HOST[:PORT]] [--trigger http|https|tcp|icmp] [--ipv6] [--echo-url URL|none]\n"
      "         [--size BYTES] [--path /URL/PATH] [--attempts N]\n"
      "         [--known-hosts FILE] [--identity FILE]... [--ssh-config FILE] [--json] [--save FILE]\n"
      "         [--dead-man-seconds N] [--capture-file FILE.pcap]\n"
      "         [--aws [--profile P] [--region R] [--instance-id I] [--aws-endpoint-url URL]]\n"
      "         [--report FILE.pdf|.html|.json [--redact] [--paper a4|letter] [--case-id ID]\n"
      "          [--customer NAME] [--where-captured TEXT]]";

constexpr const char* Description
    = "Runs the checks over SSH, headless: the fragmentation check from --public, then with --remote the\n"
      "server's tcp_tw_recycle and PAWS counters, or with --private the timestamps test. Progress on\n"
      "stderr, the verdict and findings (or with --json the session) on stdout. Host keys must be in\n"
      "known_hosts already; keys come from --identity, ~/.ssh or the agent, never a password.";

std::atomic_bool g_cancel { false };

// First SIGINT/SIGTERM: the runner stops the step and restores what it
// changed (that takes seconds, not minutes). A second one ends natdoctor at
// once; the host's dead-man then restores within its lease.
extern "C" void onSignal(int)
{
    if (g_cancel.exchange(true))
        ::_exit(130);
    static const char message[]
        = "natdoctor: stopping (restoring what was changed); signal again to quit now\n";
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

QList<QCommandLineOption> options()
{
    const auto option = [](const char* name, const char* valueName, const char* description) {
        return QCommandLineOption(QLatin1String(name), QLatin1String(description), QLatin1String(valueName));
    };
    const auto flag = [](const char* name, const char* description) {
        return QCommandLineOption(QLatin1String(name), QLatin1String(description));
    };
    QList<QCommandLineOption> list {
        option("public", "USER@HOST[:PORT]", "a host in a public subnet: the fragmentation check runs there"),
        option("dest", "HOST:PORT", "the destination whose connections fail"),
        option("private", "USER@HOST[:PORT]",
               "an instance behind the NAT (the timestamps test), via --public"),
        option("remote", "USER@HOST[:PORT]", "the destination server itself (tcp_tw_recycle, PAWS counters)"),
        option("trigger", "http|https|tcp|icmp", "how to make the destination send a large response"),
        flag("ipv6", "resolve the destination to its IPv6 addresses too"),
        option("echo-url", "URL|none",
               "what sees the public host's address (default: checkip.amazonaws.com)"),
        option("size", "BYTES", "how large the response should be (1 to 67108864)"),
        option("path", "/URL/PATH", "the URL path of the large response"),
        option("attempts", "N", "connection attempts per phase (1 to 1000)"),
        option("known-hosts", "FILE", "the known_hosts file host keys are checked against"),
        option("identity", "FILE", "a private key (again for more keys)"),
        option("ssh-config", "FILE", "the SSH client configuration (host aliases, users, ports)"),
        flag("json", "print the whole session as JSON instead of the verdict"),
        option("save", "FILE", "save the session file"),
        option("dead-man-seconds", "N", "when a host restores tcp_timestamps by itself (10 to 86400)"),
        option("capture-file", "FILE.pcap", "keep the fragmentation check's capture"),
        flag("aws", "also read the NAT gateway's own evidence with the aws CLI"),
        option("profile", "P", "the aws CLI profile (with --aws)"),
        option("region", "R", "the AWS region (with --aws)"),
        option("instance-id", "I", "the private instance's id (with --aws)"),
        option("aws-endpoint-url", "URL", "an endpoint for the AWS APIs (with --aws)"),
    };
    list << ui::reportOptions() << helpOption();
    return list;
}

// Returns an error message, or empty on success.
std::string parseFlags(const CommandLine& c, Flags& f)
{
    for (const char* a : { "--profile", "--region", "--instance-id", "--aws-endpoint-url" }) {
        if (!c.isSet(a + 2))
            continue;
        const std::string v = c.value(a + 2);
        if (v.empty() || v[0] == '-')
            return std::string(a) + " needs a value";
        if (a == std::string_view("--instance-id")
            && (v.rfind("i-", 0) != 0 || v.find_first_not_of("0123456789abcdef", 2) != std::string::npos))
            return "--instance-id wants an EC2 instance id (i-0123456789abcdef0)";
        if (a == std::string_view("--aws-endpoint-url") && v.rfind("https://", 0) != 0
            && v.rfind("http://", 0) != 0)
            return "--aws-endpoint-url wants an http:// or https:// URL";
        (a == std::string_view("--profile")           ? f.awsOptions.profile
             : a == std::string_view("--region")      ? f.awsOptions.region
             : a == std::string_view("--instance-id") ? f.awsOptions.instanceId
                                                      : f.awsOptions.endpointUrl)
            = v;
    }
    f.json = c.isSet("json");
    f.aws = c.isSet("aws");
    f.inputs.ipv6 = c.isSet("ipv6");
    f.report = reportFlags(c);
    if (const std::vector<std::string> extra = c.positional(); !extra.empty())
        return "unexpected argument " + extra.front();

    std::string error;
    long n = 0;
    for (const char* a : { "--public", "--private", "--remote" }) {
        if (!c.isSet(a + 2))
            continue;
        auto target = diagnosis::SshTarget::parse(c.value(a + 2), error);
        if (!target)
            return std::string(a) + ": " + error;
        if (a == std::string_view("--public"))
            f.inputs.publicHost = *target;
        else if (a == std::string_view("--private"))
            f.inputs.privateHost = *target;
        else
            f.inputs.remoteServer = *target;
    }
    if (c.isSet("dest")) {
        const std::string v = c.value("dest");
        auto target = diagnosis::SshTarget::parse(v, error); // HOST:PORT has the same shape, minus the user
        if (!target || !target->user.empty() || v.find(':') == std::string::npos)
            return "--dest wants HOST:PORT, got \"" + v + "\"";
        f.inputs.destinationHost = target->host;
        f.inputs.destinationPort = target->port;
    }
    if (c.isSet("trigger")) {
        auto kind = diagnosis::parseTriggerKind(c.value("trigger"));
        if (!kind)
            return "--trigger is http, https, tcp or icmp";
        f.inputs.trigger = *kind;
        f.triggerGiven = true;
    }
    if (c.isSet("size")) {
        if (!parseNumber(c.value("size"), 1, 64 * 1024 * 1024, n))
            return "--size wants a number of bytes (1 to 67108864)";
        f.inputs.size = static_cast<uint32_t>(n);
    }
    if (c.isSet("attempts")) {
        if (!parseNumber(c.value("attempts"), 1, 1000, n))
            return "--attempts wants a number from 1 to 1000";
        f.inputs.attempts = static_cast<int>(n);
    }
    if (c.isSet("path")) {
        const std::string v = c.value("path");
        if (v.empty() || v[0] != '/')
            return "--path must start with /";
        f.inputs.httpPath = v;
    }
    if (c.isSet("dead-man-seconds")) {
        if (!parseNumber(c.value("dead-man-seconds"), 10, 86400, n))
            return "--dead-man-seconds wants 10 to 86400";
        f.deadManSeconds = static_cast<int>(n);
    }
    if (c.isSet("echo-url")) {
        const std::string v = c.value("echo-url");
        if (v != "none" && remote::validateUrl(v))
            return "--echo-url wants an http:// or https:// URL, or none";
        f.inputs.echoUrl = v == "none" ? std::string() : v;
    }
    if (c.isSet("known-hosts"))
        f.inputs.knownHostsPath = c.value("known-hosts");
    f.captureFile = c.value("capture-file");
    f.identities = c.values("identity");
    f.sshConfig = c.value("ssh-config");
    f.savePath = c.value("save");

    if (!f.aws
        && (!f.awsOptions.profile.empty() || !f.awsOptions.region.empty() || !f.awsOptions.instanceId.empty()
            || !f.awsOptions.endpointUrl.empty()))
        return "--profile, --region, --instance-id and --aws-endpoint-url go with --aws";
    if (!c.isSet("public") && !f.aws)
        return "--public is required (the fragmentation check runs on a public-subnet host)";
    if (!c.isSet("dest"))
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
        if (auto e
            = remote::validateUrl("http://" + host + ":" + std::to_string(in.destinationPort) + in.httpPath))
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
    for (const auto& [flag, path] :
         { std::pair { "--save", f.savePath }, std::pair { "--capture-file", f.captureFile },
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
    for (const findings::Finding& f : s.findings) {
        std::printf("[%s] %s (%s, confidence %s)\n    %s\n",
                    std::string(findings::severityName(f.severity)).c_str(), f.title.english().c_str(),
                    f.id.c_str(), std::string(findings::confidenceName(f.confidence)).c_str(),
                    f.detail.english().c_str());
        for (const findings::Action& a : f.actions) {
            std::printf("    -> %s\n", a.description.english().c_str());
            for (const std::string& c : a.commands)
                std::printf("       $ %s\n", c.c_str());
        }
    }
}

} // namespace

int runDiagnose(const std::vector<std::string>& args)
{
    CommandLine commandLine(options());
    if (const std::string error = commandLine.parse(args); !error.empty())
        return usageError(error);
    if (commandLine.isSet("help")) {
        std::printf(
            "usage: %s\n%s\n\nOptions:\n%s\n"
            "Exit status: 0 no problem found (positive evidence), 1 a problem found, 2 a usage, input or\n"
            "connection error, 3 inconclusive (what a verdict needs is missing).\n",
            Synopsis, Description, commandLine.optionsHelp().c_str());
        return 0;
    }
    Flags flags;
    if (const std::string error = parseFlags(commandLine, flags); !error.empty())
        return usageError(error);

    diagnosis::DiagnosisSession session;
    session.inputs = flags.inputs;
    session.caseDetails = flags.report.caseDetails; // also in --save and --json
    session.startedAt = utcNowIso8601();
    session.natdoctorVersion = std::string(version());

    remote::SshOptions options;
    options.knownHostsFile = flags.inputs.knownHostsPath;
    options.identityFiles = flags.identities;
    options.sshConfigFile = flags.sshConfig;
    options.cancel = &g_cancel;
    // Headless: an unknown host key is refused (no confirmHostKey), and no
    // password is asked (no askPassword): keys or the agent only.

    struct sigaction action
    {
    };
    action.sa_handler = onSignal; // no SA_RESTART: a blocking wait returns at once
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    diagnosis::RunnerOptions runnerOptions;
    ProgressPrinter progress(flags.inputs.attempts);
    runnerOptions.log = [&progress](const std::string& line) { progress.line(line); };
    runnerOptions.attempt
        = [&progress](const std::string& phase, const probes::Attempt& a) { progress.attempt(phase, a); };
    runnerOptions.journalPath = probes::defaultJournalPath();
    runnerOptions.deadManSeconds = flags.deadManSeconds;
    runnerOptions.captureFile = flags.captureFile;
    diagnosis::DiagnosisRunner runner(session, diagnosis::HostConnector(options), runnerOptions, g_cancel);
    // Without --public (only with --aws) the SSH steps are recorded as not run.
    const bool sshSteps = !flags.inputs.publicHost.host.empty();
    if (!sshSteps) {
        diagnosis::DiagnosisEngine engine(session);
        for (auto step = engine.nextStep(); step != diagnosis::DiagnosisEngine::Step::Done;
             step = engine.nextStep())
            engine.skipStep(step, "no --public host given (only the AWS step ran)");
    }
    const remote::RemoteError error = sshSteps ? runner.runAll() : remote::RemoteError {};
    if (flags.aws && !g_cancel) { // the NAT gateway's own evidence; a failure here never stops the rest
        cloud::NatGatewayStepHooks hooks;
        hooks.log = runnerOptions.log;
        hooks.cancel = &g_cancel;
        const diagnosis::HostConnector connector(options);
        cloud::runAwsStep(session, sshSteps ? &connector : nullptr, flags.awsOptions, std::time(nullptr),
                          hooks);
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
