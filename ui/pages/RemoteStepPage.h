#pragma once

#include "diagnosis/DiagnosisEngine.h"

#include <QWizardPage>

class QVBoxLayout;

namespace natdoctor::ui {

class DiagnosisController;
class StepProgressView;
struct WizardSession;

// Base of the pages that run one step of the procedure over SSH: starts the
// step when shown (on the diagnosis thread), shows its log, elapsed time and
// Cancel, and lets the user go on once the step has finished (ran or skipped,
// with why). Where to go next is the engine's decision.
class RemoteStepPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY(RemoteStepPage)

public:
    RemoteStepPage(diagnosis::DiagnosisEngine::Step step, WizardSession& session,
                   DiagnosisController& controller, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    bool isRunning() const { return m_running; }
    QString lastError() const { return m_error; }

protected:
    // Called on the GUI thread once the step finished; the session is quiet.
    virtual void showResult() { }
    // Called when the step really starts (at once, or once an earlier check
    // has finished): the page's "waiting"/"running" texts belong here, so that
    // a page whose step never started shows none of them.
    virtual void stepStarted() { }
    QVBoxLayout* contentLayout() const { return m_content; }
    WizardSession& session() { return m_session; }
    DiagnosisController& controller() { return m_controller; }

private:
    void onFinished(int step, const QString& error);
    void begin();

    diagnosis::DiagnosisEngine::Step m_step;
    WizardSession& m_session;
    DiagnosisController& m_controller;
    StepProgressView* m_progress = nullptr;
    QVBoxLayout* m_content = nullptr;
    bool m_running = false;
    bool m_done = false;
    bool m_pendingStart = false; // shown while the controller was busy: starts when it is idle
    QString m_error;
};

} // namespace natdoctor::ui
