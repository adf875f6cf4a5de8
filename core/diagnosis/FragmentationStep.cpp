// DiagnosisRunner: the fragmentation check. A live capture on the public host
// (one SSH session, its own thread) while a trigger on a second session makes
// the destination send a large response.
#include "diagnosis/CommandBuilders.h"
#include "diagnosis/DiagnosisRunner.h"
#include "remote/RemoteCommand.h"
#include "remote/ShellQuote.h"
#include "remote/Validation.h"

#include <chrono>
#include <thread>

namespace natdoctor::diagnosis {

using remote::RemoteError;
using remote::RemoteErrorCode;
using Step = DiagnosisEngine::Step;
using Clock = std::chrono::steady_clock;

namespace {

// The trigger starts once tcpdump proves it listens (its pcap header and its
// "listening on" line); a capture that never does is given up on after this.
constexpr auto ListeningTimeout = std::chrono::seconds(20);
// Stragglers and retransmissions after the trigger ended.
constexpr auto CaptureCoolDown = std::chrono::milliseconds(1000);

// The public host's own addresses, its IMDSv2 public-ipv4 (EC2), and the
// address an echo service ($1) sees: one `key=value` line each.
constexpr const char* PublicHostScript = R"SH(LC_ALL=C; export LC_ALL
printf 'own=%s\n' "$(ip -o addr show 2>/dev/null | awk '{ split($4, a, "/"); printf "%s ", a[1] }')"
t=$(curl -s -m 2 -X PUT -H 'X-aws-ec2-metadata-token-ttl-seconds: 60' http://169.254.169.254/latest/api/token 2>/dev/null)
if [ -n "$t" ]; then
    printf 'imds_public_ipv4=%s\n' "$(curl -s -f -m 2 -H "X-aws-ec2-metadata-token: $t" http://169.254.169.254/latest/meta-data/public-ipv4 2>/dev/null)"
fi
if [ -n "$1" ]; then
    e=$(curl -s -4 -m 8 -- "$1" 2>/dev/null); rc=$?
    printf 'echo_exit=%s\necho=%s\n' "$rc" "$(printf '%s' "$e" | tr -d ' \r\n' | head -c 64)"
fi
)SH";

// Waits `total`, or less if `done` says so.
template <typename Done> void waitUnless(std::chrono::milliseconds total, Done done)
{
    const auto end = Clock::now() + total;
    while (Clock::now() < end && !done())
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
}

} // namespace

RemoteError DiagnosisRunner::runTrigger(remote::Connection& session, const std::string& address,
                                        const std::string& host, const std::atomic_bool& stop,
                                        FragmentationCheckResult& result, std::vector<size_t>& evidence)
{
    const std::string step(stepName(Step::FragmentationCheck));
    const DiagnosisInputs& in = m_session.inputs;
    switch (in.trigger) {
    case TriggerKind::Http:
    case TriggerKind::Https: {
        probes::ConnectionProbeResult probe;
        const RemoteError e
            = runProbe(session, host, step, probes::PhaseTrigger, 2, probe, evidence, &stop, address);
        for (const probes::Attempt& a : probe.attempts)
            result.largestResponseBytes = std::max<uint64_t>(result.largestResponseBytes, a.bytes);
        if (!result.trigger)
            result.trigger.emplace();
        for (probes::Attempt a : probe.attempts) {
            a.index = static_cast<int>(result.trigger->attempts.size()) + 1;
            result.trigger->attempts.push_back(a);
        }
        return e;
    }
    case TriggerKind::Icmp:
    case TriggerKind::Tcp: {
        remote::CommandOptions options;
        options.timeout = std::chrono::seconds(30);
        options.cancel = &stop;
        const bool icmp = in.trigger == TriggerKind::Icmp;
        const HostCommand command = triggerCommand(in, address); // what the manual mode shows, too
        const auto start = Clock::now();
        const auto r = session.run(command.argv, options);
        if (!icmp)
            result.largestResponseBytes = std::max<uint64_t>(
                result.largestResponseBytes, probes::parseUnsigned(probes::trim(r.out)).value_or(0));
        evidence.push_back(m_session.addEvidence(
            { step, host, command.text(), r.out + r.err, r.outTruncated, r.exitStatus, secondsSince(start),
              icmp                              ? "ping exit status " + std::to_string(r.exitStatus)
                  : probes::trim(r.out).empty() ? std::string("no response")
                                                : std::string(probes::trim(r.out)) + " bytes received" }));
        return r.error; // a failing ping is evidence, not an error
    }
    }
    return {};
}

RemoteError DiagnosisRunner::runFragmentationCheck()
{
    const DiagnosisInputs& in = m_session.inputs;
    const std::string host = in.publicHost.toString();
    const std::string step(stepName(Step::FragmentationCheck));
    std::vector<size_t> evidence;
    RemoteError error;

    log("connecting to the public host " + host);
    auto captureSession = m_connector.connect(in.publicHost, error);
    if (!captureSession)
        return fail(Step::FragmentationCheck, error, evidence);
    auto triggerSession = m_connector.connect(in.publicHost, error);
    if (!triggerSession)
        return fail(Step::FragmentationCheck, error, evidence);
    std::vector<std::string> addresses;
    if ((error = resolveDestination(*triggerSession, addresses)))
        return fail(Step::FragmentationCheck, error, evidence);
    if (addresses.size() > 1 || addresses.front() != in.destinationHost)
        log(in.destinationHost + " resolves to " + std::to_string(addresses.size()) + " address"
            + (addresses.size() == 1 ? "" : "es") + " on the public host; testing each");
    checkPublicHost(*triggerSession, host, evidence);
    compareResolution(addresses);

    probes::LiveCaptureSpec spec;
    spec.destination = addresses.front();
    spec.moreDestinations.assign(addresses.begin() + 1, addresses.end());
    spec.port = in.destinationPort;
    spec.maxDuration = std::chrono::minutes(3); // a hard stop; normally the trigger ends it
    spec.savePath = m_options.captureFile;
    spec.user = in.publicHost.user;
    std::atomic_bool stopCapture { false };
    std::atomic_bool listening { false };
    spec.onListening = [&listening] { listening = true; };
    probes::LiveCaptureResult capture;
    log("capturing on " + host + " (tcpdump, filter keeps trailing fragments and ICMP)");
    const auto start = Clock::now();
    // The capture session belongs to this thread until it is joined.
    std::atomic_bool captureEnded { false };
    std::thread captureThread([&] {
        capture = probes::runLiveCapture(*captureSession, spec, stopCapture, m_options.captureProgress);
        captureEnded = true;
    });
    const auto stopping = [this] { return m_cancel.load() || finishingEarly(); };
    waitUnless(ListeningTimeout, [&] { return stopping() || listening.load() || captureEnded.load(); });

    FragmentationCheckResult result;
    result.destinationAddresses = addresses;
    if (m_session.publicHostCheck)
        result.localAddresses = m_session.publicHostCheck->ownAddresses;
    result.listeningProven = listening.load();
    if (!result.listeningProven && !stopping())
        log("tcpdump did not confirm it was listening; the check goes on, but cannot give an all-clear");
    RemoteError triggerError;
    // No trigger without a capture (sudo refused it, tcpdump failed): its
    // packets would be seen by no one.
    if (!stopping() && !captureEnded.load()) {
        log("triggering a large response from " + in.destinationHost + " ("
            + std::string(triggerKindName(in.trigger)) + ", " + std::to_string(addresses.size()) + " address"
            + (addresses.size() == 1 ? "" : "es") + ")");
        // The trigger runs on its own thread (with its own session) so that
        // Stop and Cancel end it at once, whatever it is waiting for.
        std::atomic_bool stopTrigger { false };
        std::atomic_bool triggerDone { false };
        std::thread trigger([&] {
            for (const std::string& address : addresses) {
                if (stopTrigger)
                    break;
                const RemoteError e
                    = runTrigger(*triggerSession, address, host, stopTrigger, result, evidence);
                if (e && !triggerError)
                    triggerError = e;
            }
            triggerDone = true;
        });
        while (!triggerDone) {
            if (stopping())
                stopTrigger = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        trigger.join();
        waitUnless(CaptureCoolDown, stopping);
    }
    if (finishingEarly() && !m_cancel)
        log("capture stopped by the user; keeping what was captured");
    stopCapture = true;
    captureThread.join();
    result.kernelDrops = capture.kernelDrops;
    if (capture.kernelDrops > 0)
        log("tcpdump lost " + std::to_string(capture.kernelDrops) + " packets in the kernel");

    evidence.insert(
        evidence.begin(),
        m_session.addEvidence({ step, host, capture.command, capture.stream.err, false,
                                capture.stream.exitStatus, secondsSince(start),
                                std::to_string(capture.summary.packets) + " packets, "
                                    + std::to_string(capture.summary.fragments.packets) + " fragments" }));
    if (capture.error.code == RemoteErrorCode::SudoNeedsPassword) {
        m_engine.recordSudoProblem({ host, capture.byHandCommand, capture.sudoersLine }, evidence);
        return fail(Step::FragmentationCheck, capture.error, evidence);
    }
    if (capture.error && !capture.analysed)
        return fail(Step::FragmentationCheck, capture.error, evidence);
    if (m_cancel)
        return fail(Step::FragmentationCheck, { RemoteErrorCode::Cancelled, "cancelled by the user" },
                    evidence);
    if (triggerError)
        log("trigger incomplete: " + remote::describe(triggerError));
    if (!capture.saveError.empty())
        log("could not save the capture: " + capture.saveError);
    result.capture = std::move(capture.summary);
    log("captured " + std::to_string(result.capture.packets) + " packets, "
        + std::to_string(result.capture.fragments.packets) + " fragments");
    m_engine.recordFragmentationCheck(std::move(result), std::move(evidence));
    return capture.error;
}

void DiagnosisRunner::checkPublicHost(remote::Connection& session, const std::string& host,
                                      std::vector<size_t>& evidence)
{
    const std::string& url = m_session.inputs.echoUrl;
    m_session.publicHostCheck.reset(); // this run's answer only
    if (!url.empty() && remote::validateUrl(url)) {
        log("the echo service URL is not a valid URL; the public host's vantage is not checked");
        return;
    }
    log(url.empty() ? "reading the public host's addresses"
                    : "checking that the public host reaches " + url + " without a NAT");
    remote::CommandOptions options;
    options.timeout = std::chrono::seconds(20);
    options.cancel = &m_cancel;
    const auto start = Clock::now();
    const auto r = remote::RemoteCommand::runScript(session, PublicHostScript, { url }, options);
    PublicHostCheck check;
    check.echoUrl = url;
    for (std::string_view line : probes::splitLines(r.out)) {
        const size_t eq = line.find('=');
        if (eq == std::string_view::npos)
            continue;
        const std::string key(line.substr(0, eq));
        const std::string value(probes::trim(line.substr(eq + 1)));
        if (key == "own") {
            for (size_t at = 0; at < value.size();) {
                const size_t end = std::min(value.find(' ', at), value.size());
                const std::string a = value.substr(at, end - at);
                if (remote::isIpAddress(a))
                    check.ownAddresses.push_back(a);
                at = end + 1;
            }
        } else if (key == "imds_public_ipv4" && remote::isIpAddress(value)) {
            check.imdsPublicIpv4 = value;
            check.ownAddresses.push_back(value);
        } else if (key == "echo") {
            if (remote::isIpAddress(value))
                check.echoedAddress = value;
            else
                check.echoError
                    = value.empty() ? "no answer" : "unexpected answer \"" + value.substr(0, 40) + "\"";
        }
    }
    evidence.push_back(m_session.addEvidence(
        { std::string(stepName(Step::FragmentationCheck)), host,
          std::string(PublicHostScript) + "\n# arguments: " + remote::commandLine({ url }).value_or(""),
          r.out + r.err, r.outTruncated, r.exitStatus, secondsSince(start),
          check.echoedAddress.empty()
              ? "echo service: " + (check.echoError.empty() ? std::string("not asked") : check.echoError)
              : "the echo service saw " + check.echoedAddress }));
    if (!check.echoedAddress.empty())
        log(check.behindNat()
                ? "the public host reaches the internet through a NAT (" + check.echoedAddress + ")"
                : "the public host reaches the internet with its own address");
    m_session.publicHostCheck = std::move(check);
}

void DiagnosisRunner::compareResolution(const std::vector<std::string>& publicAddresses)
{
    const DiagnosisInputs& in = m_session.inputs;
    m_session.resolution = ResolutionCheck { publicAddresses, {} };
    if (!in.privateHost || remote::isIpAddress(in.destinationHost))
        return;
    RemoteError error;
    auto session = m_connector.connectVia(in.publicHost, *in.privateHost, error);
    if (!session) {
        log("could not reach the private instance to compare name resolution: " + remote::describe(error));
        return;
    }
    std::vector<std::string> addresses;
    if (!resolveDestination(*session, addresses))
        m_session.resolution->privateInstance = std::move(addresses);
}

} // namespace natdoctor::diagnosis
