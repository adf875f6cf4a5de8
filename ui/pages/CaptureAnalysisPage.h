#pragma once

#include "tasks/CaptureAnalysisTask.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWizardPage>

class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;

namespace natdoctor::ui {

struct WizardSession;

// Offline mode: analyses the chosen capture off the GUI thread, then shows the
// fragment-size histogram, the success timeline and a short summary.
class CaptureAnalysisPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY(CaptureAnalysisPage)

public:
    CaptureAnalysisPage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void onProgress(int percent, quint64 packets);
    void onFinished(const CaptureAnalysisTask::Outcome& outcome);
    void showSummary();

    WizardSession& m_session;
    CaptureAnalysisTask m_task;
    QTimer m_showProgressTimer; // progress appears only for work longer than ~0.5 s
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QChartView* m_sizes = nullptr;
    QChartView* m_timeline = nullptr;
};

} // namespace natdoctor::ui
