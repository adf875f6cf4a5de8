// The wizard's guided diagnosis across its two threads: DiagnosisController
// (GUI thread) starts steps on DiagnosisWorker (its own thread), which runs
// DiagnosisRunner against fake hosts (tests/integration/FakeHost.h: no SSH, no
// root). Checked: results reach the GUI thread only through signals; the
// worker's questions (host key, password) are answered on the GUI thread while
// the worker waits; Cancel, Stop capture and closing the window mid-test all
// restore tcp_timestamps before the worker lets go. The tsan preset runs this
// file under ThreadSanitizer (label `threads`), so a data race between the two
// threads fails it.
#include "tasks/DiagnosisController.h"

#include "FakeHost.h"
#include "diagnosis/DiagnosisEngine.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <filesystem>
#include <memory>
#include <thread>

using namespace natdoctor;
using diagnosis::DiagnosisEngine;
using natdoctor::test::HostState;
using Step = DiagnosisEngine::Step;

namespace {

const std::string Sysctl = "/usr/sbin/sysctl";
const char* const PublicAddress = "198.18.2.10";
const char* const PrivateAddress = "198.18.1.10";
constexpr int StepTimeoutMs = 60000;

// A connection that holds its host's Nth connection probe until the user's
// cancel flag or `release` is set, so a test can act at a known point: on the
// private instance the 2nd probe is the first block without timestamps.
class HeldProbeConnection final : public remote::Connection
{
public:
    HeldProbeConnection(std::unique_ptr<remote::Connection> inner, int heldProbe,
                        const std::atomic_bool* cancel, const std::atomic_bool& release,
                        std::atomic_int& probes, std::atomic_bool& held)
        : m_inner(std::move(inner))
        , m_heldProbe(heldProbe)
        , m_cancel(cancel)
        , m_release(release)
        , m_probes(probes)
        , m_held(held)
    {
    }
    remote::CommandResult run(const std::vector<std::string>& argv,
                              const remote::CommandOptions& options) override
    {
        return m_inner->run(argv, options);
    }
    remote::StreamResult stream(const std::vector<std::string>& argv, const remote::OutputSink& sink,
                                const remote::StreamOptions& options) override
    {
        if (test::joined(argv).find("attempt=%d") != std::string::npos && ++m_probes == m_heldProbe) {
            m_held = true;
            while (!m_cancel->load() && !m_release.load())
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        return m_inner->stream(argv, sink, options);
    }
    bool isConnected() const override { return m_inner->isConnected(); }
    const std::string& host() const override { return m_inner->host(); }

private:
    std::unique_ptr<remote::Connection> m_inner;
    const int m_heldProbe;
    const std::atomic_bool* m_cancel;
    const std::atomic_bool& m_release;
    std::atomic_int& m_probes;
    std::atomic_bool& m_held;
};

// One diagnosis of 198.18.3.10:80 through the public host to the private
// instance (tcp_timestamps=1; half its connections fail while it is on), and
// the controller that runs its steps with those fake hosts.
struct Fixture
{
    Fixture()
    {
        priv->name = PrivateAddress;
        priv->sudoAllows
            = { Sysctl + " -q -w net.ipv4.tcp_timestamps=0", Sysctl + " -q -w net.ipv4.tcp_timestamps=1" };
        priv->failEveryNthWithTimestamps = 2;
        pub->name = PublicAddress;
        pub->sudoAllowsAll = true;
        pub->streamStdout = test::pcapHeader();
        pub->streamStderr = "tcpdump: listening on any, link-type RAW, snapshot length 256 bytes\n";
        pub->streamUntilStopped = true;

        session.inputs.destinationHost = "198.18.3.10";
        session.inputs.destinationPort = 80;
        session.inputs.attempts = 8;
        session.inputs.echoUrl.clear();
        session.inputs.publicHost = { "natlab", PublicAddress, 22 };
        session.inputs.privateHost = diagnosis::SshTarget { "natlab", PrivateAddress, 22 };

        controller = std::make_unique<ui::DiagnosisController>(session, nullptr);
        controller->setDial(test::fakeDial({ { PrivateAddress, priv }, { PublicAddress, pub } }));
        QObject::connect(controller.get(), &ui::DiagnosisController::attemptFinished, controller.get(),
                         [this](const QString& phase, bool, double) {
                             phases += phase == QLatin1String("baseline")       ? 'b'
                                 : phase == QLatin1String("without-timestamps") ? 'w'
                                                                                : 't';
                         });
    }

    // Starts `step` and waits for stepFinished; its error text ("" when none).
    QString run(Step step)
    {
        QSignalSpy finished(controller.get(), &ui::DiagnosisController::stepFinished);
        controller->startStep(static_cast<int>(step));
        if (!finished.wait(StepTimeoutMs))
            return QStringLiteral("stepFinished never came");
        return finished.takeFirst().at(1).toString();
    }

    // The `host`'s Nth probe waits for the cancel flag or `release` (see
    // HeldProbeConnection); `held` says it is waiting.
    void holdProbe(const std::string& host, int probe)
    {
        auto dial = test::fakeDial({ { PrivateAddress, priv }, { PublicAddress, pub } });
        controller->setDial(
            [this, dial, host, probe](const diagnosis::SshTarget* jump, const diagnosis::SshTarget& target,
                                      const remote::SshOptions& options, remote::RemoteError& error) {
                auto connection = dial(jump, target, options, error);
                if (!connection || target.host != host)
                    return connection;
                return std::unique_ptr<remote::Connection>(std::make_unique<HeldProbeConnection>(
                    std::move(connection), probe, options.cancel, release, probes, held));
            });
    }

    long long timestamps()
    {
        std::lock_guard lock(priv->mutex);
        return priv->value;
    }

    bool journalExists() const
    {
        return std::filesystem::exists(qEnvironmentVariable("XDG_STATE_HOME").toStdString()
                                       + "/natdoctor/timestamps-journal");
    }

    std::shared_ptr<HostState> priv = std::make_shared<HostState>();
    std::shared_ptr<HostState> pub = std::make_shared<HostState>();
    diagnosis::DiagnosisSession session;
    std::unique_ptr<ui::DiagnosisController> controller;
    std::string phases; // one letter per attempt, as the GUI thread saw them
    std::atomic_int probes { 0 };
    std::atomic_bool held { false };
    std::atomic_bool release { false };
};

} // namespace

class DiagnosisControllerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The journal goes where a user's would, under a directory of our own.
        QVERIFY(m_state.isValid());
        qputenv("XDG_STATE_HOME", m_state.path().toUtf8());
    }

    void timestampTestRunsOnTheWorkerThreadAndRestores()
    {
        Fixture f;
        QSignalSpy busy(f.controller.get(), &ui::DiagnosisController::busyChanged);
        QCOMPARE(f.run(Step::TimestampTest), QString());
        QCOMPARE(f.phases, std::string("bbbbwwwwbbbbwwww"));
        QVERIFY(f.session.timestampTest);
        const auto& t = *f.session.timestampTest;
        QVERIFY2(t.restored, t.restoreDetail.c_str());
        QVERIFY(!t.interrupted);
        QCOMPARE(t.baseline.succeeded(), 4);
        QCOMPARE(t.withoutTimestamps.succeeded(), 8);
        QCOMPARE(f.priv->value, 1LL);
        QVERIFY(!f.priv->deadManAlive);
        QVERIFY(!f.journalExists());
        QVERIFY(!f.controller->isBusy());
        QCOMPARE(busy.count(), 2); // true, then false
    }

    void fragmentationCheckStreamsProgressToTheGuiThread()
    {
        Fixture f;
        QSignalSpy progress(f.controller.get(), &ui::DiagnosisController::captureProgress);
        QSignalSpy log(f.controller.get(), &ui::DiagnosisController::logLine);
        QCOMPARE(f.run(Step::FragmentationCheck), QString());
        QVERIFY(f.session.fragmentation);
        QVERIFY(f.session.fragmentation->listeningProven);
        QVERIFY(f.session.fragmentation->trigger);
        QCOMPARE(f.phases, std::string("tt"));
        QVERIFY(log.count() > 0);
        QVERIFY(progress.count() > 0);
    }

    void questionsAreAskedOnTheGuiThreadWhileTheWorkerWaits()
    {
        Fixture f;
        // A host that asks about its key and then for a password, as libssh
        // would from the worker thread.
        auto dial = test::fakeDial({ { PrivateAddress, f.priv }, { PublicAddress, f.pub } });
        f.controller->setDial([dial](const diagnosis::SshTarget* jump, const diagnosis::SshTarget& target,
                                     const remote::SshOptions& options, remote::RemoteError& error) {
            if (options.confirmHostKey(remote::HostKeyInfo { target.host, "ssh-ed25519", "SHA256:test", "" })
                == remote::HostKeyDecision::Reject) {
                error = { remote::RemoteErrorCode::HostKeyRejected, {} };
                return std::unique_ptr<remote::Connection>();
            }
            const auto password = options.askPassword("Password for natlab:");
            if (!password || *password != "secret") {
                error = { remote::RemoteErrorCode::AuthFailed, {} };
                return std::unique_ptr<remote::Connection>();
            }
            return dial(jump, target, options, error);
        });
        QThread* const gui = QThread::currentThread();
        int keyQuestions = 0;
        int passwordQuestions = 0;
        bool accept = false;
        f.controller->hostKeyPrompt = [&](const remote::HostKeyInfo& info) {
            ++keyQuestions;
            [&] { QCOMPARE(QThread::currentThread(), gui); }();
            [&] { QCOMPARE(info.host, std::string(PublicAddress)); }();
            return accept ? remote::HostKeyDecision::AcceptOnce : remote::HostKeyDecision::Reject;
        };
        f.controller->secretPrompt = [&](const QString& prompt) -> std::optional<std::string> {
            ++passwordQuestions;
            [&] { QCOMPARE(QThread::currentThread(), gui); }();
            [&] { QVERIFY(prompt.contains(QLatin1String("natlab"))); }();
            return std::string("secret");
        };

        QSignalSpy tested(f.controller.get(), &ui::DiagnosisController::connectionTested);
        const QString target = QStringLiteral("natlab@%1").arg(QLatin1String(PublicAddress));
        f.controller->testConnection(target);
        QVERIFY(tested.wait(StepTimeoutMs));
        QVERIFY2(!tested.at(0).at(1).toString().isEmpty(), "a refused host key is an error");
        QCOMPARE(keyQuestions, 1);
        QCOMPARE(passwordQuestions, 0);

        accept = true;
        f.controller->testConnection(target);
        QVERIFY(tested.wait(StepTimeoutMs));
        QCOMPARE(tested.at(1).at(1).toString(), QString());
        QCOMPARE(keyQuestions, 2);
        QCOMPARE(passwordQuestions, 1);
        QCOMPARE(f.pub->dials, 1);
    }

    void cancelMidPhaseStillRestores()
    {
        Fixture f;
        f.holdProbe(PrivateAddress, 2);
        QSignalSpy finished(f.controller.get(), &ui::DiagnosisController::stepFinished);
        f.controller->startStep(static_cast<int>(Step::TimestampTest));
        QTRY_VERIFY_WITH_TIMEOUT(f.held.load(), StepTimeoutMs);
        QCOMPARE(f.timestamps(), 0LL); // in the first block without timestamps
        f.controller->cancel();
        QVERIFY(finished.wait(StepTimeoutMs));
        QVERIFY(!finished.at(0).at(1).toString().isEmpty()); // "cancelled"
        QVERIFY(f.session.timestampTest);
        const auto& t = *f.session.timestampTest;
        QVERIFY(t.interrupted);
        QVERIFY2(t.restored, t.restoreDetail.c_str());
        QCOMPARE(f.timestamps(), 1LL);
        QVERIFY(!f.priv->deadManAlive);
        QVERIFY(!f.journalExists());
        QVERIFY(!f.controller->isBusy());
    }

    void closingTheWindowMidTestRestoresBeforeTheWorkerEnds()
    {
        Fixture f;
        f.holdProbe(PrivateAddress, 2);
        f.controller->startStep(static_cast<int>(Step::TimestampTest));
        QTRY_VERIFY_WITH_TIMEOUT(f.held.load(), StepTimeoutMs);
        QVERIFY(f.controller->isBusy());
        QCOMPARE(f.timestamps(), 0LL);
        f.controller.reset(); // what closing the wizard does: cancel, wait, restore
        QCOMPARE(f.timestamps(), 1LL);
        QVERIFY(!f.priv->deadManAlive);
        QVERIFY(!f.journalExists());
        QVERIFY(f.session.timestampTest && f.session.timestampTest->interrupted);
    }

    void stopCaptureKeepsWhatWasCaptured()
    {
        Fixture f;
        f.holdProbe(PublicAddress, 1); // the trigger, while the capture runs
        QSignalSpy finished(f.controller.get(), &ui::DiagnosisController::stepFinished);
        QSignalSpy log(f.controller.get(), &ui::DiagnosisController::logLine);
        f.controller->startStep(static_cast<int>(Step::FragmentationCheck));
        QTRY_VERIFY_WITH_TIMEOUT(f.held.load(), StepTimeoutMs);
        f.controller->finishEarly();
        f.release = true;
        QVERIFY(finished.wait(StepTimeoutMs));
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QVERIFY(f.session.fragmentation);
        QVERIFY(f.session.fragmentation->listeningProven);
        const auto* outcome = f.session.outcome(diagnosis::stepName(Step::FragmentationCheck));
        QVERIFY(outcome);
        QVERIFY(!outcome->skipped);
        bool kept = false;
        for (const auto& line : log)
            kept = kept || line.at(0).toString().contains(QLatin1String("stopped by the user; keeping"));
        QVERIFY2(kept, "the worker saw the GUI thread's Stop capture");
    }

private:
    QTemporaryDir m_state;
};

QTEST_MAIN(DiagnosisControllerTest)
#include "DiagnosisControllerTest.moc"
