#include "tasks/DiagnosisController.h"

#include "dialogs/HostKeyDialog.h"
#include "probes/TimestampToggle.h"

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
    connect(m_worker, &DiagnosisWorker::captureProgressChanged, this, [this] {
        const probes::LiveCaptureProgress p = m_worker->latestProgress();
        emit captureProgress(p.packets, p.fragments, p.fragmentSizes);
    });
    connect(m_worker, &DiagnosisWorker::attemptFinished, this, &DiagnosisController::attemptFinished);
    connect(m_worker, &DiagnosisWorker::questionAsked, this, &DiagnosisController::onQuestion);
    connect(m_worker, &DiagnosisWorker::stepFinished, this, [this](int step, const QString& error) {
        m_worker->acknowledge();
        setBusy(false);
        emit stepFinished(step, error);
    });
    connect(m_worker, &DiagnosisWorker::connectionTested, this,
            [this](const QString& target, const QString& error) {
                m_worker->acknowledge();
                setBusy(false);
                emit connectionTested(target, error);
            });
    connect(m_worker, &DiagnosisWorker::awsStepFinished, this, [this] {
        m_worker->acknowledge();
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

void DiagnosisController::post(DiagnosisWorker::Request request)
{
    request.ssh.knownHostsFile = m_knownHosts.toStdString();
    if (!m_identity.isEmpty())
        request.ssh.identityFiles = { m_identity.toStdString() };
    request.journalPath = probes::defaultJournalPath();
    request.dial = m_dial;
    setBusy(true);
    m_worker->post(std::move(request));
}

void DiagnosisController::onQuestion()
{
    const auto question = m_worker->pendingQuestion();
    if (!question)
        return;
    // Closing or cancelled: nobody is asked, the answer is no.
    const bool cancelled = m_cancel.load();
    if (const auto* key = std::get_if<remote::HostKeyInfo>(&*question)) {
        m_worker->answer(cancelled ? remote::HostKeyDecision::Reject : askHostKey(*key));
    } else if (const auto* password = std::get_if<DiagnosisWorker::PasswordQuestion>(&*question)) {
        m_worker->answer(cancelled ? std::nullopt : askSecret(QString::fromStdString(password->prompt)));
    } else if (const auto* passphrase = std::get_if<DiagnosisWorker::PassphraseQuestion>(&*question)) {
        m_worker->answer(
            cancelled ? std::nullopt
                      : askSecret(tr("Passphrase for %1:").arg(QString::fromStdString(passphrase->keyFile))));
    }
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
    if (secretPrompt)
        return secretPrompt(prompt);
    bool ok = false;
    // Kept in memory only for this one answer; never stored.
    const QString secret = QInputDialog::getText(m_dialogParent, tr("Authentication"), prompt,
                                                 QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return secret.toStdString();
}

void DiagnosisController::startStep(int step)
{
    if (m_busy)
        return;
    m_cancel = false;
    m_finishEarly = false;
    post({ DiagnosisWorker::RunStep { step }, {}, {}, {} });
}

void DiagnosisController::testConnection(const QString& target)
{
    if (m_busy)
        return;
    m_cancel = false;
    post({ DiagnosisWorker::TestConnection { target }, {}, {}, {} });
}

void DiagnosisController::startAwsStep(const cloud::AwsOptions& options)
{
    if (m_busy)
        return;
    m_cancel = false;
    post({ DiagnosisWorker::RunAwsStep { options }, {}, {}, {} });
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
