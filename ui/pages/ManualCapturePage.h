#pragma once

#include "tasks/CaptureAnalysisTask.h"

#include <QWizardPage>

class QLabel;

namespace natdoctor::ui {

class CommandBox;
struct WizardSession;

// Manual mode, step 1: the capture and trigger commands to run on a
// public-subnet host; the user then opens the capture file it wrote, and
// natdoctor analyses it as the fragmentation check.
class ManualCapturePage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY(ManualCapturePage)

public:
    ManualCapturePage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    // Analyses `path` as the fragmentation check's capture (the Open button, tests).
    void openCapture(const QString& path);

private:
    void onFinished(const CaptureAnalysisTask::Outcome& outcome);

    WizardSession& m_session;
    CaptureAnalysisTask m_task;
    CommandBox* m_capture = nullptr;
    CommandBox* m_trigger = nullptr;
    QLabel* m_status = nullptr;
    bool m_done = false;
};

} // namespace natdoctor::ui
