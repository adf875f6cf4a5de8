#include "RemoteStepPage.h"

#include "WizardSession.h"
#include "pages/PageFlow.h"
#include "tasks/DiagnosisController.h"
#include "widgets/StepProgressView.h"

#include <QSplitter>
#include <QVBoxLayout>

namespace natdoctor::ui {

RemoteStepPage::RemoteStepPage(diagnosis::DiagnosisEngine::Step step, WizardSession& session,
                               DiagnosisController& controller, QWidget* parent)
    : QWizardPage(parent)
    , m_step(step)
    , m_session(session)
    , m_controller(controller)
{
    m_progress = new StepProgressView(this);
    auto* results = new QWidget(this);
    m_content = new QVBoxLayout(results);
    m_content->setContentsMargins(0, 0, 0, 0);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(results);
    split->addWidget(m_progress);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);
    // The wizard's minimum height is taken at its minimum width, where the
    // step's wrapped status lines would be many: with this width it stays
    // within a 1440x900 screen at scale 2 (720x450).
    setMinimumWidth(420);

    connect(m_progress, &StepProgressView::cancelRequested, &m_controller, &DiagnosisController::cancel);
    connect(&m_controller, &DiagnosisController::logLine, this, [this](const QString& line) {
        if (m_running)
            m_progress->append(line);
    });
    connect(&m_controller, &DiagnosisController::attemptFinished, this,
            [this](const QString& phase, bool succeeded, double totalMs) {
                if (m_running)
                    m_progress->attemptFinished(phase, succeeded, totalMs,
                                                m_session.diagnosis.inputs.attempts);
            });
    connect(&m_controller, &DiagnosisController::stepFinished, this, &RemoteStepPage::onFinished);
    // Queued: the controller says it is idle just before it reports the
    // earlier step's end, which must not be taken for this step's.
    connect(
        &m_controller, &DiagnosisController::busyChanged, this,
        [this](bool busy) {
            if (!busy && m_pendingStart && !m_controller.isBusy())
                begin();
        },
        Qt::QueuedConnection);
}

void RemoteStepPage::initializePage()
{
    m_done = false;
    m_error.clear();
    m_running = false;
    m_pendingStart = false;
    if (m_controller.isBusy()) {
        // An earlier check is still winding down (Back, then Next at once):
        // this step starts once it is over. Until then no status at all,
        // rather than an earlier visit's "Stopped after".
        m_pendingStart = true;
        m_progress->hide();
        emit completeChanged();
        return;
    }
    begin();
}

void RemoteStepPage::begin()
{
    m_pendingStart = false;
    m_running = true;
    m_progress->show();
    m_progress->start();
    stepStarted();
    m_controller.startStep(static_cast<int>(m_step));
    emit completeChanged();
}

void RemoteStepPage::cleanupPage()
{
    // Back while running: stop the step; its restore still happens.
    m_pendingStart = false;
    if (m_running)
        m_controller.cancel();
}

bool RemoteStepPage::isComplete() const
{
    return m_done && !m_controller.isBusy();
}

int RemoteStepPage::nextId() const
{
    return pageForNextStep(m_session, m_session.diagnosis);
}

void RemoteStepPage::onFinished(int step, const QString& error)
{
    if (step != static_cast<int>(m_step) || !m_running)
        return;
    m_running = false;
    m_done = true;
    m_error = error;
    m_progress->finish(error);
    showResult();
    emit completeChanged();
}

} // namespace natdoctor::ui
