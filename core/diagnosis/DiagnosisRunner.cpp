#include "diagnosis/DiagnosisRunner.h"

#include "diagnosis/CommandBuilders.h"
#include "probes/KernelProbe.h"
#include "remote/RemoteCommand.h"
#include "remote/ShellQuote.h"
#include "remote/Validation.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace natdoctor::diagnosis {

using remote::RemoteError;
using remote::RemoteErrorCode;
using Step = DiagnosisEngine::Step;
using Clock = std::chrono::steady_clock;

namespace {

// The error of a finished command: its own, or a non-zero exit status.
RemoteError commandError(const remote::CommandResult& r, const std::string& what)
{
    if (r.error)
        return r.error;
    if (r.exitStatus != 0)
        return { RemoteErrorCode::ChannelFailed,
                 what + " exited with status " + std::to_string(r.exitStatus) + ": " + r.err.substr(0, 300) };
    return {};
}

// Every address of the name in the family asked for ($2: ahostsv4 or
// ahostsv6), in getent's order, each once, at most 8.
constexpr const char* ResolveScript = "getent \"$2\" \"$1\" | awk '!seen[$1]++ { print $1 }' | head -n 8";

} // namespace

DiagnosisRunner::DiagnosisRunner(DiagnosisSession& session, HostConnector connector, RunnerOptions options,
                                 const std::atomic_bool& cancel)
    : m_session(session)
    , m_engine(session)
    , m_connector(std::move(connector))
    , m_options(std::move(options))
    , m_cancel(cancel)
{
}

void DiagnosisRunner::log(const std::string& line) const
{
    if (m_options.log)
        m_options.log(line);
}

RemoteError DiagnosisRunner::fail(Step step, const RemoteError& error, std::vector<size_t> evidence)
{
    if (error.code == RemoteErrorCode::SudoNeedsPassword)
        log("sudo needs a password: " + error.detail);
    m_engine.skipStep(step, remote::describe(error), std::move(evidence),
                      error.code == RemoteErrorCode::Cancelled, error);
    return error;
}

RemoteError DiagnosisRunner::runAll()
{
    restoreLeftover();
    RemoteError first;
    for (Step step = m_engine.nextStep(); step != Step::Done; step = m_engine.nextStep()) {
        if (m_cancel) {
            m_engine.skipStep(step, "cancelled by the user", {}, true, { RemoteErrorCode::Cancelled, {} });
            first = first ? first : RemoteError { RemoteErrorCode::Cancelled, "cancelled by the user" };
            continue;
        }
        const RemoteError e = runStep(step);
        if (e && !first)
            first = e;
    }
    return first;
}

RemoteError DiagnosisRunner::runStep(Step step)
{
    log("step: " + std::string(stepName(step)));
    switch (step) {
    case Step::FragmentationCheck:
        return runFragmentationCheck();
    case Step::RemoteServerCheck:
        return runRemoteServerCheck();
    case Step::TimestampTest:
        return runTimestampTest();
    case Step::Done:
        return {};
    }
    return {};
}

double DiagnosisRunner::secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

RemoteError DiagnosisRunner::resolveDestination(remote::Connection& session, std::string& address)
{
    std::vector<std::string> all;
    if (auto e = resolveDestination(session, all))
        return e;
    address = all.front();
    return {};
}

RemoteError DiagnosisRunner::resolveDestination(remote::Connection& session,
                                                std::vector<std::string>& addresses)
{
    const std::string& host = m_session.inputs.destinationHost;
    if (auto e = remote::validateHost(host))
        return e;
    if (remote::isIpAddress(host)) {
        addresses = { host };
        return {};
    }
    remote::CommandOptions options;
    options.timeout = std::chrono::seconds(15);
    options.cancel = &m_cancel;
    const char* database = m_session.inputs.ipv6 ? "ahostsv6" : "ahostsv4";
    const auto r = remote::RemoteCommand::runScript(session, ResolveScript, { host, database }, options);
    if (auto e = commandError(r, "getent"))
        return e;
    addresses.clear();
    for (std::string_view line : probes::splitLines(r.out)) {
        const std::string a(probes::trim(line));
        if (remote::isIpAddress(a))
            addresses.push_back(a);
    }
    if (addresses.empty())
        return { RemoteErrorCode::ConnectionFailed,
                 "cannot resolve " + host + " to " + (m_session.inputs.ipv6 ? "IPv6" : "IPv4") + " on "
                     + session.host()
                     + (m_session.inputs.ipv6 ? "" : " (use --ipv6 for an IPv6-only destination)") };
    return {};
}

RemoteError DiagnosisRunner::runProbe(remote::Connection& session, const std::string& host,
                                      const std::string& step, const std::string& phase, int attempts,
                                      probes::ConnectionProbeResult& out, std::vector<size_t>& evidence,
                                      const std::atomic_bool* stop, const std::string& onlyAddress)
{
    std::string address = onlyAddress;
    if (address.empty()) {
        if (auto e = resolveDestination(session, address))
            return e;
    }
    probes::ConnectionProbeSpec spec;
    spec.attempts = attempts;
    const DiagnosisInputs& in = m_session.inputs;
    const std::string url = destinationUrl(in, address);
    if (auto e = remote::validateUrl(url))
        return e;
    const auto start = Clock::now();
    const HostCommand command = connectionProbeCommand(in, attempts, address);
    const std::string& script = command.argv.at(2);
    // Streamed, so that each attempt is reported as it finishes (the wizard's
    // live chart); the whole output is kept for the evidence and the parser.
    remote::StreamOptions options;
    options.maxDuration = probes::connectionProbeTimeout(spec);
    options.cancel = stop ? stop : &m_cancel;
    options.maxStderr = 64 * 1024;
    remote::CommandResult r;
    std::string pending;
    const std::string resolve = curlResolve(in, address);
    const remote::StreamResult streamed = session.stream(
        command.argv,
        [&](const char* data, size_t size) {
            r.out.append(data, size);
            pending.append(data, size);
            for (size_t nl = pending.find('\n'); nl != std::string::npos; nl = pending.find('\n')) {
                const auto line = probes::parseConnectionProbe(pending.substr(0, nl));
                pending.erase(0, nl + 1);
                if (line && !line.value->attempts.empty() && m_options.attempt)
                    m_options.attempt(phase, line.value->attempts.front());
            }
            return true;
        },
        options);
    r.error = streamed.error;
    if (!r.error && streamed.stoppedBy == remote::StreamResult::Stop::Duration)
        r.error = { RemoteErrorCode::Timeout, "the connection probe took too long" };
    r.exitStatus = streamed.exitStatus;
    r.err = streamed.err;
    auto parsed = probes::parseConnectionProbe(r.out);
    const size_t index = m_session.addEvidence(
        { step, host,
          "sh -c '<connection probe>' sh " + url + (resolve.empty() ? "" : " --resolve " + resolve) + "\n"
              + script,
          r.out + r.err, r.outTruncated, r.exitStatus, secondsSince(start),
          parsed ? std::to_string(parsed.value->succeeded()) + "/"
                  + std::to_string(parsed.value->attempts.size()) + " connections succeeded"
                 : "unreadable output: " + parsed.error });
    evidence.push_back(index);
    if (parsed)
        out = *parsed.value; // partial results survive a timeout or a cut connection
    if (auto e = commandError(r, "the connection probe"))
        return e;
    if (!parsed)
        return { RemoteErrorCode::ChannelFailed, "connection probe: " + parsed.error };
    return {};
}

RemoteError DiagnosisRunner::readKernel(remote::Connection& session, const std::string& host,
                                        const std::string& step, probes::KernelSnapshot& out,
                                        std::vector<size_t>& evidence)
{
    remote::CommandOptions options;
    options.timeout = std::chrono::seconds(20);
    options.cancel = &m_cancel;
    const auto start = Clock::now();
    const std::string script = probes::kernelProbeScript();
    const auto r = remote::RemoteCommand::runScript(session, script, {}, options);
    auto parsed = probes::parseKernelProbe(r.out);
    evidence.push_back(m_session.addEvidence(
        { step, host, script, r.out + r.err, r.outTruncated, r.exitStatus, secondsSince(start),
          parsed ? "Linux " + parsed.value->release.text : "unreadable: " + parsed.error }));
    if (auto e = commandError(r, "the kernel probe"))
        return e;
    if (!parsed)
        return { RemoteErrorCode::ChannelFailed, "kernel probe: " + parsed.error };
    out = std::move(*parsed.value);
    return {};
}

RemoteError DiagnosisRunner::runRemoteServerCheck()
{
    const SshTarget& remoteHost = *m_session.inputs.remoteServer;
    const std::string step(stepName(Step::RemoteServerCheck));
    std::vector<size_t> evidence;
    RemoteError error;
    log("connecting to " + remoteHost.toString());
    auto server = m_connector.connect(remoteHost, error);
    if (!server)
        return fail(Step::RemoteServerCheck, error, evidence);
    RemoteServerResult result;
    log("reading tcp_tw_recycle, the kernel release and the PAWS counters");
    probes::KernelSnapshot idle;
    if ((error = readKernel(*server, remoteHost.toString(), step, idle, evidence)))
        return fail(Step::RemoteServerCheck, error, evidence);
    // The counters are host-wide: measure how fast they move without the test
    // first, for about as long as the test will take.
    probes::ConnectionProbeSpec expected;
    expected.attempts = m_session.inputs.attempts;
    const auto idleFor = std::chrono::milliseconds(std::clamp<long long>(
        static_cast<long long>(expected.attempts * (expected.pauseSeconds + 0.1) * 1000), 5000, 60000));
    log("idle baseline: reading the counters again in " + std::to_string(idleFor.count() / 1000) + " s");
    const auto idleStart = Clock::now();
    const auto idleEnd = idleStart + idleFor;
    while (Clock::now() < idleEnd && !m_cancel)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    if (m_cancel)
        return fail(Step::RemoteServerCheck, { RemoteErrorCode::Cancelled, "cancelled by the user" },
                    evidence);
    if ((error = readKernel(*server, remoteHost.toString(), step, result.before, evidence)))
        return fail(Step::RemoteServerCheck, error, evidence);
    result.idleSeconds = secondsSince(idleStart);
    result.idleStart = std::move(idle);

    // Connections through the NAT make PAWS counters move if the server drops
    // SYNs; without a private instance, the public host's connections still
    // exercise the server.
    const bool viaPrivate = m_session.inputs.privateHost.has_value();
    const SshTarget& client = viaPrivate ? *m_session.inputs.privateHost : m_session.inputs.publicHost;
    auto clientSession = viaPrivate ? m_connector.connectVia(m_session.inputs.publicHost, client, error)
                                    : m_connector.connect(client, error);
    if (clientSession) {
        log("connecting " + std::to_string(m_session.inputs.attempts) + " times from " + client.toString());
        probes::ConnectionProbeResult probe;
        const auto testStart = Clock::now();
        if (auto e = runProbe(*clientSession, client.toString(), step, probes::PhaseRemoteTest,
                              m_session.inputs.attempts, probe, evidence))
            log("connection test incomplete: " + remote::describe(e));
        probes::KernelSnapshot after;
        if (!readKernel(*server, remoteHost.toString(), step, after, evidence))
            result.after = std::move(after);
        result.testSeconds = secondsSince(testStart);
        if (viaPrivate)
            result.probe = std::move(probe);
    } else {
        log("no connection test (" + remote::describe(error) + "); counters read once");
    }
    m_engine.recordRemoteServerCheck(std::move(result), std::move(evidence));
    return {};
}

} // namespace natdoctor::diagnosis
