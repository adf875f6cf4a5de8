#pragma once

#include "diagnosis/DiagnosisEngine.h"
#include "diagnosis/HostConnector.h"
#include "probes/ConnectionProbe.h"
#include "probes/LiveCapture.h"
#include "probes/ProbeProgress.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <string>

namespace natdoctor::diagnosis {

struct RunnerOptions
{
    std::function<void(const std::string& line)> log; // one progress line
    std::function<void(const probes::LiveCaptureProgress&)> captureProgress;
    // Each connection attempt of a probe as it finishes; `phase` is
    // one of probes::Phase* (probes/ProbeProgress.h).
    std::function<void(const std::string& phase, const probes::Attempt&)> attempt;
    // Where the timestamps test journals a change before making it (see
    // TimestampToggle); empty: no journal.
    std::string journalPath;
    // How long after the change a host restores tcp_timestamps by itself if
    // natdoctor dies; 0: the test's longest duration plus two minutes.
    int deadManSeconds = 0;
    // The pause before each reconnect to restore tcp_timestamps after a
    // dropped link is this times 0, 1, 2, 4, 8, 8 (tests shorten it).
    std::chrono::milliseconds reconnectBackoff { 1000 };
    // Also write the fragmentation check's raw capture here (optional).
    std::string captureFile;
    // Set by the user's "Stop capture": the fragmentation check ends now and
    // keeps what it captured (unlike cancel, which skips the step).
    const std::atomic_bool* finishEarly = nullptr;
};

// Runs the steps the engine asks for on the hosts HostConnector opens (SSH,
// or a test's fake hosts: every remote command goes through
// remote::Connection, a CommandRunner) and hands the parsed results back to
// the engine. Blocking: run it on a worker thread (the wizard) or the main
// thread (the headless command). Every remote command has a timeout; `cancel`
// stops the current step (keeping what was collected) and skips the rest.
class DiagnosisRunner
{
public:
    DiagnosisRunner(DiagnosisSession& session, HostConnector connector, RunnerOptions options,
                    const std::atomic_bool& cancel);

    // Runs every step until the engine says Done. Returns the first
    // connection-level error (the step is then recorded as skipped, with why).
    remote::RemoteError runAll();
    remote::RemoteError runStep(DiagnosisEngine::Step step);
    // A journal left by a run that died mid-test: restore that host now.
    void restoreLeftover();

private:
    remote::RemoteError runFragmentationCheck();
    remote::RemoteError runRemoteServerCheck();
    remote::RemoteError runTimestampTest();

    // Resolves the destination to an IP literal on `session`'s host.
    remote::RemoteError resolveDestination(remote::Connection& session, std::string& address);
    // Every address (up to 8) of the destination in the family asked for.
    remote::RemoteError resolveDestination(remote::Connection& session, std::vector<std::string>& addresses);
    remote::RemoteError runTrigger(remote::Connection& session, const std::string& address,
                                   const std::string& host, const std::atomic_bool& stop,
                                   FragmentationCheckResult& result, std::vector<size_t>& evidence);
    remote::RemoteError runProbe(remote::Connection& session, const std::string& host,
                                 const std::string& step, const std::string& phase, int attempts,
                                 probes::ConnectionProbeResult& out, std::vector<size_t>& evidence,
                                 const std::atomic_bool* stop = nullptr, const std::string& onlyAddress = {});
    bool finishingEarly() const { return m_options.finishEarly && m_options.finishEarly->load(); }
    remote::RemoteError readKernel(remote::Connection& session, const std::string& host,
                                   const std::string& step, probes::KernelSnapshot& out,
                                   std::vector<size_t>& evidence);
    // The public host's own addresses and what an echo service sees (IMDSv2 too).
    void checkPublicHost(remote::Connection& session, const std::string& host, std::vector<size_t>& evidence);
    // How the private instance resolves the destination (when it is reachable).
    void compareResolution(const std::vector<std::string>& publicAddresses);
    static double secondsSince(std::chrono::steady_clock::time_point start); // for the evidence
    void log(const std::string& line) const;
    remote::RemoteError fail(DiagnosisEngine::Step step, const remote::RemoteError& error,
                             std::vector<size_t> evidence);

    DiagnosisSession& m_session;
    DiagnosisEngine m_engine;
    HostConnector m_connector;
    RunnerOptions m_options;
    const std::atomic_bool& m_cancel;
};

} // namespace natdoctor::diagnosis
