#include "tasks/DiagnosisController.h"

#include "dialogs/HostKeyDialog.h"
#include "probes/TimestampToggle.h"
#include "tasks/DiagnosisWorker.h"

#include <QCoreApplication>
#include <QInputDialog>

namespace natdoctor::ui {

DiagnosisController::DiagnosisController(diagnosis::DiagnosisSession& session, QWidget* dialogParent)
    : m_session(session)
    , m_dialogParent(dialogParent)
{
    qRegisterMetaType<std::vector<natdoctor::analysis::SizeBin>>("std::vector<natdoctor::analysis::SizeBin>");
    m_worker = new DiagnosisWorker(m_session, m_cancel, m_finishEarly);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DiagnosisWorker::logLine, this, &DiagnosisController::logLine);
    connect(m_worker, &DiagnosisWorker::captureProgress, this, &DiagnosisController::captureProgress);
    connect(m_worker, &DiagnosisWorker::attemptFinished, this, &DiagnosisController::attemptFinished);
    connect(m_worker, &DiagnosisWorker::stepFinished, this, [this](int step, const QString& error) {
        setBusy(false);
        emit stepFinished(step, error);
    });
    connect(m_worker, &DiagnosisWorker::connectionTested, this,
            [this](const QString& target, const QString& error) {
                setBusy(false);
                emit connectionTested(target, error);
            });
    connect(m_worker, &DiagnosisWorker::awsStepFinished, this, [this] {
        setBusy(false);
        emit awsStepFinished();
    });
    m_thread.setObjectName(QStringLiteral("diagnosis"));
    m_thread.start();
}

DiagnosisController::~DiagnosisController()
{
    cancelAndWait();
    m_thread.quit();
    m_thread.wait();
}

void DiagnosisController::setSshFiles(const QString& knownHosts, const QString& identity)
{
    m_knownHosts = knownHosts;
    m_identity = identity;
}

void DiagnosisController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

remote::SshOptions DiagnosisController::sshOptions()
{
    remote::SshOptions options;
    options.knownHostsFile = m_knownHosts.toStdString();
    if (!m_identity.isEmpty())
        options.identityFiles = { m_identity.toStdString() };
    // The worker waits while the GUI thread asks the user.
    options.confirmHostKey = [this](const remote::HostKeyInfo& info) {
        remote::HostKeyDecision decision = remote::HostKeyDecision::Reject;
        QMetaObject::invokeMethod(
            this, [&] { decision = askHostKey(info); }, Qt::BlockingQueuedConnection);
        return decision;
    };
    options.askPassword = [this](const std::string& prompt) {
        std::optional<std::string> answer;
        QMetaObject::invokeMethod(
            this, [&] { answer = askSecret(QString::fromStdString(prompt)); }, Qt::BlockingQueuedConnection);
        return answer;
    };
    options.askPassphrase = [this](const std::string& keyFile) {
        std::optional<std::string> answer;
        QMetaObject::invokeMethod(
            this, [&] { answer = askSecret(tr("Passphrase for %1:").arg(QString::fromStdString(keyFile))); },
            Qt::BlockingQueuedConnection);
        return answer;
    };
    return options;
}

remote::HostKeyDecision DiagnosisController::askHostKey(const remote::HostKeyInfo& info)
{
    if (hostKeyPrompt)
        return hostKeyPrompt(info);
    HostKeyDialog dialog(info, m_dialogParent);
    dialog.exec();
    return dialog.decision();
}

std::optional<std::string> DiagnosisController::askSecret(const QString& prompt)
{
    bool ok = false;
    // Kept in memory only for this one answer; never stored.
    const QString secret = QInputDialog::getText(m_dialogParent, tr("Authentication"), prompt,
                                                 QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return secret.toStdString();
}

static QString journalPath()
{
    return QString::fromStdString(probes::defaultJournalPath());
}

void DiagnosisController::startStep(int step)
{
    if (m_busy)
        return;
    m_cancel = false;
    m_finishEarly = false;
    m_worker->setOptions(sshOptions(), journalPath());
    setBusy(true);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, step] { worker->runStep(step); }, Qt::QueuedConnection);
}

void DiagnosisController::testConnection(const QString& target)
{
    if (m_busy)
        return;
    m_cancel = false;
    m_worker->setOptions(sshOptions(), journalPath());
    setBusy(true);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, target] { worker->testConnection(target); }, Qt::QueuedConnection);
}

void DiagnosisController::startAwsStep(const cloud::AwsOptions& options)
{
    if (m_busy)
        return;
    m_cancel = false;
    m_worker->setOptions(sshOptions(), journalPath());
    setBusy(true);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, options] { worker->runAwsStep(options); }, Qt::QueuedConnection);
}

void DiagnosisController::cancel()
{
    m_cancel = true;
}

void DiagnosisController::finishEarly()
{
    m_finishEarly = true;
}

void DiagnosisController::cancelAndWait()
{
    if (!m_busy)
        return;
    m_cancel = true;
    // The worker restores what it changed before it returns; wait for it,
    // while still answering its (blocking) questions.
    while (m_busy) {
        m_thread.wait(50);
        QCoreApplication::sendPostedEvents(this);
    }
}

} // namespace natdoctor::ui
