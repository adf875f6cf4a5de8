// DiagnosisRunner: the "no remote access" timestamps test on the private
// instance, and the restore of a leftover journal. Connections with
// tcp_timestamps as it is and with 0 alternate in blocks (as is, off, as is,
// off), so a drift over time cannot pass for an effect. The setting is
// guarded by TimestampToggle (dead-man lease armed first, preflight, journal)
// whose lease a second session renews from its own thread; when the link
// drops mid-test natdoctor reconnects (bounded, with backoff, the same host
// key decisions), restores, verifies, and marks the test interrupted.
#include "diagnosis/DiagnosisRunner.h"
#include "probes/TimestampToggle.h"
#include "remote/CommandRunner.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <thread>

namespace natdoctor::diagnosis {

using remote::RemoteError;
using remote::RemoteErrorCode;
using Step = DiagnosisEngine::Step;
using Clock = std::chrono::steady_clock;

namespace {

std::string randomToken()
{
    std::random_device random;
    char text[17];
    std::snprintf(text, sizeof text, "%08x%08x", random(), random());
    return text;
}

bool connectionTrouble(const RemoteError& e)
{
    return e.code == RemoteErrorCode::ConnectionLost || e.code == RemoteErrorCode::ConnectionFailed
        || e.code == RemoteErrorCode::Timeout;
}

// A connector whose host-key answers are remembered for this test: a key the
// user accepted once is accepted again on the reconnect and the lease
// session, never asked twice, never accepted without them. `cancellable`
// false: connections that restore are not cut by the user's cancel.
struct HostKeyMemory
{
    std::mutex mutex;
    std::map<std::string, remote::HostKeyDecision> decisions;
};

HostConnector rememberingConnector(const HostConnector& connector,
                                   const std::shared_ptr<HostKeyMemory>& memory, bool cancellable)
{
    remote::SshOptions base = connector.baseOptions();
    auto ask = base.confirmHostKey;
    if (ask) {
        base.confirmHostKey = [ask, m = memory](const remote::HostKeyInfo& info) {
            const std::string key = info.host + " " + info.fingerprint;
            {
                std::lock_guard lock(m->mutex);
                if (auto it = m->decisions.find(key); it != m->decisions.end())
                    return it->second;
            }
            const auto decision = ask(info);
            std::lock_guard lock(m->mutex);
            m->decisions[key] = decision;
            return decision;
        };
    }
    if (!cancellable)
        base.cancel = nullptr;
    return connector.withOptions(std::move(base));
}

// Renews the dead-man's lease every LeaseRenewSeconds over its own session
// (libssh sessions are one thread each). Reconnects when that session drops;
// once the lease lapsed (the host restored by itself) or could not be
// renewed in time, the test must stop.
class LeaseKeeper
{
public:
    LeaseKeeper(const probes::TimestampToggle& toggle,
                std::function<std::unique_ptr<remote::Connection>()> connect)
        : m_toggle(toggle)
        , m_connect(std::move(connect))
    {
    }
    ~LeaseKeeper() { stop(); }

    // Starts and waits for the first renewal: false if there was none.
    bool start()
    {
        m_thread = std::thread([this] { loop(); });
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_firstDone; });
        return m_renewed > 0;
    }
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }
    // The lease lapsed or went unrenewed too long: the host may have restored.
    bool broken() const { return m_broken.load(); }
    std::string why() const
    {
        std::lock_guard lock(m_mutex);
        return m_why;
    }

private:
    void loop()
    {
        std::unique_ptr<remote::Connection> session;
        auto lastRenewal = Clock::now();
        for (;;) {
            if (!session || !session->isConnected())
                session = m_connect();
            probes::TimestampToggle::Lease lease = probes::TimestampToggle::Lease::Failed;
            std::string why = "no session for renewing the lease";
            if (session)
                lease = m_toggle.renew(*session, &why);
            {
                std::lock_guard lock(m_mutex);
                if (lease == probes::TimestampToggle::Lease::Renewed) {
                    ++m_renewed;
                    lastRenewal = Clock::now();
                } else {
                    if (lease == probes::TimestampToggle::Lease::Failed)
                        session.reset();
                    // Lapsed, or unrenewed for most of the lease: from now on
                    // the host may restore any moment, so a phase is not clean.
                    if (lease == probes::TimestampToggle::Lease::Lapsed
                        || Clock::now() - lastRenewal
                            > std::chrono::seconds(probes::LeaseSeconds - probes::LeaseRenewSeconds)) {
                        m_broken = true;
                        m_why = why;
                    }
                }
                m_firstDone = true;
            }
            m_changed.notify_all();
            std::unique_lock lock(m_mutex);
            const auto wait = lease == probes::TimestampToggle::Lease::Renewed
                ? std::chrono::seconds(probes::LeaseRenewSeconds)
                : std::chrono::seconds(2);
            if (m_changed.wait_for(lock, wait, [this] { return m_stop; })
                || (m_broken && lease == probes::TimestampToggle::Lease::Lapsed))
                return;
        }
    }

    const probes::TimestampToggle& m_toggle;
    std::function<std::unique_ptr<remote::Connection>()> m_connect;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_stop = false;
    bool m_firstDone = false;
    int m_renewed = 0;
    std::atomic_bool m_broken { false };
    std::string m_why;
};

void append(probes::ConnectionProbeResult& into, const probes::ConnectionProbeResult& block)
{
    for (probes::Attempt a : block.attempts) {
        a.index = static_cast<int>(into.attempts.size()) + 1;
        into.attempts.push_back(a);
    }
}

} // namespace

void DiagnosisRunner::restoreLeftover()
{
    if (m_options.journalPath.empty())
        return;
    const auto entry = probes::readJournal(m_options.journalPath);
    if (!entry)
        return;
    log("a previous run changed tcp_timestamps on " + entry->host + " and did not finish: checking it");
    std::string why;
    const auto target = SshTarget::parse(entry->host, why);
    const auto jump = entry->jump.empty() ? std::nullopt : SshTarget::parse(entry->jump, why);
    RemoteError error;
    const HostConnector connector
        = rememberingConnector(m_connector, std::make_shared<HostKeyMemory>(), false);
    auto session = !target ? nullptr
        : jump             ? connector.connectVia(*jump, *target, error)
                           : connector.connect(*target, error);
    if (!session) {
        log("cannot reach " + entry->host + " (" + (target ? remote::describe(error) : why)
            + "); its dead-man restores the setting by itself");
        return;
    }
    const auto outcome = probes::restoreFromJournal(*session, *entry, m_options.journalPath);
    log(outcome.detail + (outcome.disarmed ? "" : "; its dead-man may still be running"));
}

RemoteError DiagnosisRunner::runTimestampTest()
{
    const SshTarget& target = *m_session.inputs.privateHost;
    const SshTarget& jump = m_session.inputs.publicHost;
    const std::string host = target.toString();
    const std::string step(stepName(Step::TimestampTest));
    std::vector<size_t> evidence;
    RemoteError error;
    const auto memory = std::make_shared<HostKeyMemory>();
    const HostConnector connector = rememberingConnector(m_connector, memory, true);
    const HostConnector restorer = rememberingConnector(m_connector, memory, false);
    log("connecting to the private instance " + host + " through " + jump.toString());
    auto session = connector.connectVia(jump, target, error);
    if (!session)
        return fail(Step::TimestampTest, error, evidence);

    // Each phase gets exactly `attempts` connections (what the progress
    // counts), in two blocks when there are enough: as is, off, as is, off;
    // an odd count gives the first pair the extra one.
    const int attempts = std::max(1, m_session.inputs.attempts);
    const int pairs = attempts >= 4 ? 2 : 1;
    const auto blockSize = [&](int block) {
        return pairs == 1 ? attempts : block < 2 ? (attempts + 1) / 2 : attempts / 2;
    };
    TimestampTestResult result;
    result.blocks = 2 * pairs;

    probes::ToggleOptions options;
    options.token = randomToken();
    options.user = target.user;
    options.hostLabel = host;
    options.jumpLabel = jump.toString();
    options.journalPath = m_options.journalPath;
    options.cancel = &m_cancel;
    probes::ConnectionProbeSpec spec;
    spec.attempts = 2 * attempts;
    options.maxDuration = m_options.deadManSeconds > 0
        ? std::chrono::seconds(m_options.deadManSeconds)
        : std::chrono::duration_cast<std::chrono::seconds>(probes::connectionProbeTimeout(spec))
            + std::chrono::seconds(120);
    probes::TimestampToggle toggle(options);

    const auto addToggleEvidence = [&] {
        const probes::ToggleOutcome& t = toggle.outcome();
        evidence.push_back(m_session.addEvidence(
            { step, host, probes::timestampArmScript(), t.detail, false, 0, 0,
              "tcp_timestamps " + std::to_string(t.originalValue) + " -> 0 -> "
                  + (t.restored ? std::to_string(t.originalValue) : std::string("not verified"))
                  + " (dead-man: " + (t.armedWith.empty() ? std::string("none") : t.armedWith) + ")" }));
    };

    log("checking sudo and arming the dead-man restore on " + host);
    {
        if (RemoteError e = toggle.prepare(*session)) {
            addToggleEvidence();
            if (e.code == RemoteErrorCode::SudoNeedsPassword) {
                m_engine.recordSudoProblem(
                    { host, toggle.outcome().sudoCommand, toggle.outcome().sudoersLines }, evidence);
            }
            log(toggle.outcome().detail.empty() ? "tcp_timestamps unchanged" : toggle.outcome().detail);
            return fail(Step::TimestampTest, e, evidence);
        }
    }
    LeaseKeeper keeper(toggle, [&]() -> std::unique_ptr<remote::Connection> {
        RemoteError ignored;
        return connector.connectVia(jump, target, ignored);
    });
    RemoteError testError;
    if (!keeper.start()) {
        testError = { RemoteErrorCode::ConnectionFailed,
                      "cannot open a second session to renew the dead-man's lease: " + keeper.why() };
        result.interrupted = true;
    } else {
        log("alternating " + std::to_string(result.blocks) + " blocks of " + std::to_string(blockSize(0))
            + (blockSize(2) != blockSize(0) && pairs == 2 ? " and " + std::to_string(blockSize(2))
                                                          : std::string())
            + " connections: tcp_timestamps as it is, then 0 (" + toggle.outcome().armedWith
            + " dead-man: the host restores it by itself within "
            + std::to_string(probes::TimestampToggle::restoreBound().count())
            + " s if natdoctor goes silent)");
    }

    // A block stops at once when the user cancels or the lease is lost (the
    // host may restore any moment): the probe watches this flag.
    std::atomic_bool stopProbe { false };
    std::atomic_bool blocksDone { false };
    std::thread watcher([&] {
        while (!blocksDone) {
            if (m_cancel || keeper.broken())
                stopProbe = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    });
    for (int block = 0; block < result.blocks && !result.interrupted; ++block) {
        const bool off = block % 2 == 1;
        if (m_cancel || keeper.broken()) {
            result.interrupted = true;
            break;
        }
        if (RemoteError e = toggle.set(*session, off)) {
            testError = e;
            result.interrupted = true;
            break;
        }
        probes::ConnectionProbeResult part;
        RemoteError e
            = runProbe(*session, host, step, off ? probes::PhaseWithoutTimestamps : probes::PhaseBaseline,
                       blockSize(block), part, evidence, &stopProbe);
        if (e.code == RemoteErrorCode::Cancelled && !m_cancel)
            e = {}; // stopped for the lease: reported below
        append(off ? result.withoutTimestamps : result.baseline, part);
        if (e || m_cancel || keeper.broken()) {
            // A cut phase is never compared: the engine sees `interrupted`.
            result.interrupted = true;
            testError = e ? e
                : keeper.broken()
                ? RemoteError { RemoteErrorCode::ConnectionLost,
                                "the dead-man's lease could not be renewed: " + keeper.why() }
                : RemoteError {};
            log("block " + std::to_string(block + 1) + " cut short"
                + (e                     ? ": " + remote::describe(e)
                       : keeper.broken() ? ": " + keeper.why()
                                         : std::string()));
        }
    }
    blocksDone = true;
    watcher.join();
    keeper.stop();

    // Restore over the test's session, or a new one if the link dropped:
    // bounded retries with backoff, the same host key decisions.
    if (session->isConnected())
        toggle.finish(*session);
    static constexpr int BackoffSeconds[] = { 0, 1, 2, 4, 8, 8 };
    for (int i = 0;
         !toggle.finished() && toggle.prepared() && i < static_cast<int>(std::size(BackoffSeconds)); ++i) {
        if (session->isConnected() && toggle.outcome().error && !connectionTrouble(toggle.outcome().error))
            break; // the host answered: not a link problem, retrying will not help
        std::this_thread::sleep_for(BackoffSeconds[i] * m_options.reconnectBackoff);
        log("reconnecting to " + host + " to restore tcp_timestamps (attempt " + std::to_string(i + 1) + ")");
        RemoteError reconnectError;
        auto fresh = restorer.connectVia(jump, target, reconnectError);
        if (!fresh) {
            log("reconnect failed: " + remote::describe(reconnectError));
            continue;
        }
        session = std::move(fresh);
        toggle.finish(*session);
    }
    const probes::ToggleOutcome& t = toggle.outcome();
    std::string restoreDetail = t.detail;
    if (t.changed && !t.restored && !toggle.finished() && restoreDetail.empty())
        restoreDetail = "could not reach " + host
            + " again to restore tcp_timestamps; the dead-man armed with " + t.armedWith
            + " restores it within " + std::to_string(probes::TimestampToggle::restoreBound().count())
            + " s of natdoctor's last renewal";
    log(restoreDetail.empty() ? "tcp_timestamps unchanged" : restoreDetail);
    addToggleEvidence();
    result.originalValue = t.originalValue;
    result.restored = t.restored;
    result.restoreDetail = restoreDetail;
    if (result.interrupted)
        log("the test was interrupted: the cut phase is reported as incomplete and not compared");
    const bool cancelled = m_cancel.load();
    m_engine.recordTimestampTest(std::move(result), std::move(evidence));
    if (cancelled)
        return { RemoteErrorCode::Cancelled, "cancelled by the user; " + t.detail };
    if (testError)
        return testError;
    return t.restored ? RemoteError {} : t.error;
}

} // namespace natdoctor::diagnosis
