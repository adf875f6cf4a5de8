#pragma once

#include "cloud/CloudResult.h"
#include "diagnosis/DiagnosisRunner.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <variant>

namespace natdoctor::ui {

// Lives on the diagnosis thread and runs one step of the procedure at a time
// over SSH (DiagnosisRunner). The session it writes to is only read by the
// pages between steps, after stepFinished().
//
// Everything that crosses between the two threads goes through this class's
// mutex (a request in, the latest capture progress out, a question and its
// answer) or an atomic, never through a queued call's arguments of our own
// types: so the hand-over is plain C++ synchronisation that ThreadSanitizer
// sees (Qt's own queues are in an uninstrumented library), and a step's
// inputs are never written while the worker reads them.
class DiagnosisWorker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(DiagnosisWorker)

public:
    struct RunStep
    {
        int step = 0;
    };
    struct TestConnection
    {
        QString target;
    };
    // The AWS step with SSH to the private instance (its id from IMDSv2 when
    // the options have none), as `diagnose --aws` runs it after the test.
    struct RunAwsStep
    {
        cloud::AwsOptions options;
    };
    struct Request
    {
        std::variant<RunStep, TestConnection, RunAwsStep> what;
        remote::SshOptions ssh; // its prompts call back into the GUI thread
        std::string journalPath;
        diagnosis::HostConnector::Dial dial; // empty: SSH; tests: fake hosts
    };

    DiagnosisWorker(diagnosis::DiagnosisSession& session, std::atomic_bool& cancel,
                    std::atomic_bool& finishEarly);

    // GUI thread: hands `request` over and queues its run on the worker thread.
    void post(Request request);
    // GUI thread, after a *Finished signal: what the worker wrote to the
    // session before it is visible here (the acquire of the worker's release).
    void acknowledge() const;
    // GUI thread: the newest capture progress (captureProgressChanged).
    probes::LiveCaptureProgress latestProgress() const;

    // Worker thread: asks the GUI thread (questionAsked) and waits for answer().
    struct PasswordQuestion
    {
        std::string prompt;
    };
    struct PassphraseQuestion
    {
        std::string keyFile;
    };
    using Question = std::variant<remote::HostKeyInfo, PasswordQuestion, PassphraseQuestion>;
    using Answer = std::variant<remote::HostKeyDecision, std::optional<std::string>>;
    Answer ask(Question question);
    // GUI thread: the question waiting (if any) and its answer.
    std::optional<Question> pendingQuestion();
    void answer(Answer answer);

signals:
    void logLine(const QString& line);
    void captureProgressChanged();
    void attemptFinished(const QString& phase, bool succeeded, double totalMs);
    void questionAsked();
    void stepFinished(int step, const QString& error);
    void connectionTested(const QString& target, const QString& error);
    void awsStepFinished();

private slots:
    void runPending(); // the worker thread's side of post()

private:
    void runStep(int step, const Request& request);
    void testConnection(const QString& target, const Request& request);
    void runAwsStep(const cloud::AwsOptions& options, const Request& request);
    remote::SshOptions sshOptions(const Request& request);
    void finished(); // release: the session's writes before the signal that follows

    diagnosis::DiagnosisSession& m_session;
    std::atomic_bool& m_cancel;
    std::atomic_bool& m_finishEarly;

    mutable std::mutex m_mutex;
    std::condition_variable m_answered;
    std::optional<Request> m_request;
    probes::LiveCaptureProgress m_progress;
    std::optional<Question> m_question;
    std::optional<Answer> m_answer;
    std::atomic<unsigned> m_finished { 0 };
};

} // namespace natdoctor::ui
