// DiagnosisRunner: the fragmentation check. A live capture on the public host
// (one SSH session, its own thread) while a trigger on a second session makes
// the destination send a large response.
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

// tcpdump writes its pcap header at once; this is time for the kernel filter
// to be attached before the trigger starts.
constexpr auto CaptureWarmUp = std::chrono::milliseconds(1500);
// Stragglers and retransmissions after the trigger ended.
constexpr auto CaptureCoolDown = std::chrono::milliseconds(1000);

constexpr const char* PingScript = "LC_ALL=C; export LC_ALL\nping -n -c 3 -W 3 -s \"$2\" -- \"$1\"";
constexpr const char* TcpScript
    = "LC_ALL=C; export LC_ALL\n"
      "timeout 15 bash -c 'exec 3<>\"/dev/tcp/$1/$2\" || exit 7; "
      "printf \"GET %s HTTP/1.0\\r\\nHost: %s\\r\\n\\r\\n\" \"$3\" \"$1\" >&3; cat <&3 | wc -c' sh \"$1\" \"$2\" \"$3\"";

// Waits `total`, or less if `done` says so.
template <typename Done>
void waitUnless(std::chrono::milliseconds total, Done done)
{
    const auto end = Clock::now() + total;
    while (Clock::now() < end && !done())
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
}

} // namespace

RemoteError DiagnosisRunner::runTrigger(remote::SshSession& session, const std::string& address, const std::string& host,
    const std::atomic_bool& stop, FragmentationCheckResult& result, std::vector<size_t>& evidence)
{
    const std::string step(stepName(Step::FragmentationCheck));
    const DiagnosisInputs& in = m_session.inputs;
    switch (in.trigger) {
    case TriggerKind::Http: {
        probes::ConnectionProbeResult probe;
        const RemoteError e = runProbe(session, host, step, "trigger", 3, probe, evidence, &stop);
        for (const probes::Attempt& a : probe.attempts)
            result.largestResponseBytes = std::max<uint64_t>(result.largestResponseBytes, a.bytes);
        result.trigger = std::move(probe);
        return e;
    }
    case TriggerKind::Icmp:
    case TriggerKind::Tcp: {
        remote::CommandOptions options;
        options.timeout = std::chrono::seconds(30);
        options.cancel = &stop;
        const bool icmp = in.trigger == TriggerKind::Icmp;
        const std::vector<std::string> args = icmp
            ? std::vector<std::string> { address, std::to_string(in.size) }
            : std::vector<std::string> { address, std::to_string(in.destinationPort), in.httpPath };
        const auto start = Clock::now();
        const auto r = remote::RemoteCommand::runScript(session, icmp ? PingScript : TcpScript, args, options);
        if (!icmp)
            result.largestResponseBytes = probes::parseUnsigned(probes::trim(r.out)).value_or(0);
        evidence.push_back(m_session.addEvidence({ step, host,
            std::string(icmp ? PingScript : TcpScript) + "\n# arguments: " + remote::commandLine(args).value_or(""),
            r.out + r.err, r.outTruncated, r.exitStatus, secondsSince(start),
            icmp ? "ping exit status " + std::to_string(r.exitStatus)
                 : std::to_string(result.largestResponseBytes) + " bytes received" }));
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
    std::string address;
    if ((error = resolveDestination(*triggerSession, address)))
        return fail(Step::FragmentationCheck, error, evidence);

    probes::LiveCaptureSpec spec;
    spec.destination = address;
    spec.port = in.destinationPort;
    spec.maxDuration = std::chrono::minutes(3); // a hard stop; normally the trigger ends it
    spec.savePath = m_options.captureFile;
    spec.user = in.publicHost.user;
    std::atomic_bool stopCapture { false };
    probes::LiveCaptureResult capture;
    log("capturing on " + host + " (tcpdump, filter keeps trailing fragments and ICMP)");
    const auto start = Clock::now();
    // The capture session belongs to this thread until it is joined.
    std::thread captureThread([&] {
        capture = probes::runLiveCapture(*captureSession, spec, stopCapture, m_options.captureProgress);
    });
    const auto stopping = [this] { return m_cancel.load() || finishingEarly(); };
    waitUnless(CaptureWarmUp, stopping);

    FragmentationCheckResult result;
    RemoteError triggerError;
    if (!stopping()) {
        log("triggering a large response from " + in.destinationHost + " (" + std::string(triggerKindName(in.trigger))
            + ")");
        // The trigger runs on its own thread (with its own session) so that
        // Stop and Cancel end it at once, whatever it is waiting for.
        std::atomic_bool stopTrigger { false };
        std::atomic_bool triggerDone { false };
        std::thread trigger([&] {
            triggerError = runTrigger(*triggerSession, address, host, stopTrigger, result, evidence);
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

    evidence.insert(evidence.begin(), m_session.addEvidence({ step, host, capture.command, capture.stream.err, false,
        capture.stream.exitStatus, secondsSince(start),
        std::to_string(capture.summary.packets) + " packets, " + std::to_string(capture.summary.fragments.packets)
            + " fragments" }));
    if (capture.error.code == RemoteErrorCode::SudoNeedsPassword) {
        m_engine.recordSudoProblem({ host, capture.byHandCommand, capture.sudoersLine }, evidence);
        return fail(Step::FragmentationCheck, capture.error, evidence);
    }
    if (capture.error && !capture.analysed)
        return fail(Step::FragmentationCheck, capture.error, evidence);
    if (m_cancel)
        return fail(Step::FragmentationCheck, { RemoteErrorCode::Cancelled, "cancelled by the user" }, evidence);
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

} // namespace natdoctor::diagnosis
