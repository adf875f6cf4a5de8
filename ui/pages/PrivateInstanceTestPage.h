#pragma once

#include "pages/RemoteStepPage.h"
#include "probes/ConnectionProbe.h"

class QChartView;
class QLabel;

namespace natdoctor::ui {

// Step 2b, without access to the remote server: connections from a private
// instance with TCP timestamps as they are, then with tcp_timestamps=0. The
// restore status stays visible the whole time.
class PrivateInstanceTestPage : public RemoteStepPage
{
    Q_OBJECT
    Q_DISABLE_COPY(PrivateInstanceTestPage)

public:
    PrivateInstanceTestPage(WizardSession& session, DiagnosisController& controller,
                            QWidget* parent = nullptr);

    void initializePage() override;
    QString restoreStatus() const;

protected:
    void showResult() override;

private:
    void onAttempt(const QString& phase, bool succeeded, double totalMs);

    QLabel* m_restore = nullptr;
    probes::ConnectionProbeResult m_liveBefore; // the chart while the test runs
    probes::ConnectionProbeResult m_liveAfter;
    QChartView* m_chart = nullptr;
};

} // namespace natdoctor::ui
