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

void DiagnosisWorker::setOptions(const remote::SshOptions& options, const QString& journalPath)
{
    m_options = options;
    m_options.cancel = &m_cancel;
    m_journalPath = journalPath;
}

void DiagnosisWorker::runStep(int step)
{
    diagnosis::RunnerOptions runnerOptions;
    runnerOptions.log = [this](const std::string& line) { emit logLine(QString::fromStdString(line)); };
    runnerOptions.captureProgress = [this](const probes::LiveCaptureProgress& p) {
        emit captureProgress(p.packets, p.fragments, p.fragmentSizes);
    };
    runnerOptions.attempt = [this](const std::string& phase, const probes::Attempt& a) {
        emit attemptFinished(QString::fromStdString(phase), a.result == probes::AttemptResult::Ok, a.totalMs);
    };
    runnerOptions.journalPath = m_journalPath.toStdString();
    runnerOptions.finishEarly = &m_finishEarly;
    if (m_session.startedAt.empty())
        m_session.startedAt = utcNowIso8601(); // the test's start, marked on the AWS charts
    diagnosis::DiagnosisRunner runner(m_session, diagnosis::HostConnector(m_options), runnerOptions,
                                      m_cancel);
    if (step == static_cast<int>(diagnosis::DiagnosisEngine::Step::FragmentationCheck))
        runner.restoreLeftover(); // a run that died mid-test left a journal
    const remote::RemoteError error = runner.runStep(static_cast<diagnosis::DiagnosisEngine::Step>(step));
    emit stepFinished(step, error ? remoteErrorText(error) : QString());
}

void DiagnosisWorker::testConnection(const QString& target)
{
    std::string why;
    const auto parsed = diagnosis::SshTarget::parse(target.toStdString(), why);
    if (!parsed) {
        emit connectionTested(target, QString::fromStdString(why));
        return;
    }
    remote::RemoteError error;
    auto session = diagnosis::HostConnector(m_options).connect(*parsed, error);
    emit connectionTested(target, session ? QString() : remoteErrorText(error));
}

void DiagnosisWorker::runAwsStep(const cloud::AwsOptions& options)
{
    cloud::NatGatewayStepHooks hooks;
    hooks.log = [this](const std::string& line) { emit logLine(QString::fromStdString(line)); };
    hooks.cancel = &m_cancel;
    const diagnosis::HostConnector connector(m_options);
    cloud::runAwsStep(m_session, &connector, options, std::time(nullptr), hooks);
    emit awsStepFinished();
}

} // namespace natdoctor::ui
