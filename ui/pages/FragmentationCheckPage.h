#pragma once

#include "analysis/CaptureSummary.h"
#include "pages/RemoteStepPage.h"

#include <QString>
#include <QTimer>
#include <vector>

class QChartView;
class QLabel;
class QPushButton;

namespace natdoctor::ui {

// Step 1: a live capture on the public host while the destination is made to
// send a large response: packet and fragment counters and the fragment-size
// chart update while it captures.
class FragmentationCheckPage : public RemoteStepPage
{
    Q_OBJECT
    Q_DISABLE_COPY(FragmentationCheckPage)

public:
    FragmentationCheckPage(WizardSession& session, DiagnosisController& controller,
                           QWidget* parent = nullptr);

    void initializePage() override;
    int nextId() const override; // the branch question comes next
    quint64 packetsShown() const { return m_packets; }
    // What the chart on screen holds: the fragments in its bars, and its text
    // when it has none ("none", "no fragments yet"); for the tests.
    quint64 fragmentsCharted() const { return m_charted; }
    QString countersText() const;

public slots:
    void onProgress(quint64 packets, quint64 fragments, const std::vector<analysis::SizeBin>& sizes);

protected:
    void showResult() override;
    void stepStarted() override;

private:
    void drawLiveChart();

    QLabel* m_counters = nullptr;
    QPushButton* m_stop = nullptr;
    QChartView* m_chart = nullptr;
    // The chart is redrawn at most twice a second, and always with the latest
    // counts: an update inside the half second is drawn when it ends.
    QTimer m_chartTimer;
    bool m_chartStale = false;
    std::vector<analysis::SizeBin> m_sizes; // the latest histogram reported
    quint64 m_packets = 0;
    quint64 m_charted = 0;
};

} // namespace natdoctor::ui
