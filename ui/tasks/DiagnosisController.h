#pragma once

#include "cloud/CloudResult.h"
#include "diagnosis/DiagnosisSession.h"
#include "diagnosis/HostConnector.h"
#include "remote/SshOptions.h"
#include "tasks/DiagnosisWorker.h"

#include <QObject>
#include <QThread>
#include <atomic>

namespace natdoctor::ui {

// GUI-thread side of the guided diagnosis: owns the worker thread, starts
// steps, forwards progress, and answers the worker's questions (host keys,
// passwords) with dialogs on the GUI thread while the worker waits.
class DiagnosisController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(DiagnosisController)

public:
    DiagnosisController(diagnosis::DiagnosisSession& session, QWidget* dialogParent);
    ~DiagnosisController() override; // cancels and waits: a running test restores its setting first

    void setSshFiles(const QString& knownHosts, const QString& identity);
    void startStep(int step);
    void testConnection(const QString& target);
    // The AWS step on the worker thread, with SSH to the private instance.
    void startAwsStep(const cloud::AwsOptions& options);
    void cancel();
    // Ends the running capture now and keeps what it captured.
    void finishEarly();
    bool isBusy() const { return m_busy; }
    // Blocks until the worker finished its step (closing the window mid-test).
    void cancelAndWait();

    // Tests replace the dialogs and play the hosts (no SSH): an empty dial is SSH.
    std::function<remote::HostKeyDecision(const remote::HostKeyInfo&)> hostKeyPrompt;
    std::function<std::optional<std::string>(const QString& prompt)> secretPrompt;
    void setDial(diagnosis::HostConnector::Dial dial) { m_dial = std::move(dial); }

signals:
    void logLine(const QString& line);
    void captureProgress(quint64 packets, quint64 fragments,
                         const std::vector<natdoctor::analysis::SizeBin>& sizes);
    void attemptFinished(const QString& phase, bool succeeded, double totalMs);
    void stepFinished(int step, const QString& error);
    void connectionTested(const QString& target, const QString& error);
    void busyChanged(bool busy);
    void awsStepFinished();

private:
    void post(DiagnosisWorker::Request request);
    void onQuestion();
    void setBusy(bool busy);
    remote::HostKeyDecision askHostKey(const remote::HostKeyInfo& info);
    std::optional<std::string> askSecret(const QString& prompt);

    diagnosis::DiagnosisSession& m_session;
    QWidget* m_dialogParent;
    std::atomic_bool m_cancel { false };
    std::atomic_bool m_finishEarly { false };
    QThread m_thread;
    DiagnosisWorker* m_worker = nullptr;
    QString m_knownHosts;
    QString m_identity;
    diagnosis::HostConnector::Dial m_dial;
    bool m_busy = false;
};

} // namespace natdoctor::ui
