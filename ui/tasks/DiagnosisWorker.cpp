#include "tasks/DiagnosisWorker.h"

#include "RemoteErrorText.h"
#include "diagnosis/NatGatewayStep.h"
#include "util/UtcTime.h"

#include <ctime>

namespace natdoctor::ui {

DiagnosisWorker::DiagnosisWorker(diagnosis::DiagnosisSession& session, std::atomic_bool& cancel,
                                 std::atomic_bool& finishEarly)
    : m_session(session)
    , m_cancel(cancel)
    , m_finishEarly(finishEarly)
{
}

void DiagnosisWorker::post(Request request)
{
    {
        std::lock_guard lock(m_mutex);
        m_request = std::move(request);
        m_progress = {};
    }
    // By name: the queued call carries no argument of ours.
    QMetaObject::invokeMethod(this, "runPending", Qt::QueuedConnection);
}

void DiagnosisWorker::acknowledge() const
{
    (void)m_finished.load(std::memory_order_acquire);
}

void DiagnosisWorker::finished()
{
    m_finished.fetch_add(1, std::memory_order_release);
}

probes::LiveCaptureProgress DiagnosisWorker::latestProgress() const
{
    std::lock_guard lock(m_mutex);
    return m_progress;
}

void DiagnosisWorker::runPending()
{
    std::optional<Request> request;
    {
        std::lock_guard lock(m_mutex);
        request.swap(m_request);
    }
    if (!request)
        return;
    if (const auto* r = std::get_if<RunStep>(&request->what))
        runStep(r->step, *request);
    else if (const auto* r = std::get_if<TestConnection>(&request->what))
        testConnection(r->target, *request);
    else if (const auto* r = std::get_if<RunAwsStep>(&request->what))
        runAwsStep(r->options, *request);
}

DiagnosisWorker::Answer DiagnosisWorker::ask(Question question)
{
    std::unique_lock lock(m_mutex);
    m_question = std::move(question);
    m_answer.reset();
    lock.unlock();
    emit questionAsked();
    lock.lock();
    m_answered.wait(lock, [this] { return m_answer.has_value(); });
    Answer answer = std::move(*m_answer);
    m_answer.reset();
    return answer;
}

std::optional<DiagnosisWorker::Question> DiagnosisWorker::pendingQuestion()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_question, std::nullopt);
}

void DiagnosisWorker::answer(Answer answer)
{
    {
        std::lock_guard lock(m_mutex);
        m_answer = std::move(answer);
    }
    m_answered.notify_all();
}

remote::SshOptions DiagnosisWorker::sshOptions(const Request& request)
{
    remote::SshOptions options = request.ssh;
    options.cancel = &m_cancel;
    // The worker waits while the GUI thread asks the user.
    options.confirmHostKey
        = [this](const remote::HostKeyInfo& info) { return std::get<remote::HostKeyDecision>(ask(info)); };
    options.askPassword = [this](const std::string& prompt) {
        return std::get<std::optional<std::string>>(ask(PasswordQuestion { prompt }));
    };
    options.askPassphrase = [this](const std::string& keyFile) {
        return std::get<std::optional<std::string>>(ask(PassphraseQuestion { keyFile }));
    };
    return options;
}

void DiagnosisWorker::runStep(int step, const Request& request)
{
    diagnosis::RunnerOptions runnerOptions;
    runnerOptions.log = [this](const std::string& line) { emit logLine(QString::fromStdString(line)); };
    runnerOptions.captureProgress = [this](const probes::LiveCaptureProgress& p) {
        {
            std::lock_guard lock(m_mutex);
            m_progress = p;
        }
        emit captureProgressChanged();
    };
    runnerOptions.attempt = [this](const std::string& phase, const probes::Attempt& a) {
        emit attemptFinished(QString::fromStdString(phase), a.result == probes::AttemptResult::Ok, a.totalMs);
    };
    runnerOptions.journalPath = request.journalPath;
    runnerOptions.finishEarly = &m_finishEarly;
    if (m_session.startedAt.empty())
        m_session.startedAt = utcNowIso8601(); // the test's start, marked on the AWS charts
    diagnosis::DiagnosisRunner runner(m_session, diagnosis::HostConnector(sshOptions(request), request.dial),
                                      runnerOptions, m_cancel);
    if (step == static_cast<int>(diagnosis::DiagnosisEngine::Step::FragmentationCheck))
        runner.restoreLeftover(); // a run that died mid-test left a journal
    const remote::RemoteError error = runner.runStep(static_cast<diagnosis::DiagnosisEngine::Step>(step));
    const QString text = error ? remoteErrorText(error) : QString();
    finished();
    emit stepFinished(step, text);
}

void DiagnosisWorker::testConnection(const QString& target, const Request& request)
{
    std::string why;
    const auto parsed = diagnosis::SshTarget::parse(target.toStdString(), why);
    QString error;
    if (!parsed) {
        error = QString::fromStdString(why);
    } else {
        remote::RemoteError e;
        auto session = diagnosis::HostConnector(sshOptions(request), request.dial).connect(*parsed, e);
        if (!session)
            error = remoteErrorText(e);
    }
    finished();
    emit connectionTested(target, error);
}

void DiagnosisWorker::runAwsStep(const cloud::AwsOptions& options, const Request& request)
{
    cloud::NatGatewayStepHooks hooks;
    hooks.log = [this](const std::string& line) { emit logLine(QString::fromStdString(line)); };
    hooks.cancel = &m_cancel;
    const diagnosis::HostConnector connector(sshOptions(request), request.dial);
    cloud::runAwsStep(m_session, &connector, options, std::time(nullptr), hooks);
    finished();
    emit awsStepFinished();
}

} // namespace natdoctor::ui
