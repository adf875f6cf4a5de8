#pragma once

#include "pages/RemoteStepPage.h"

#include <QElapsedTimer>

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

protected:
    void showResult() override;

private:
    void onProgress(quint64 packets, quint64 fragments, const std::vector<analysis::SizeBin>& sizes);

    QLabel* m_counters = nullptr;
    QPushButton* m_stop = nullptr;
    QChartView* m_chart = nullptr;
    QElapsedTimer m_lastChart;
    quint64 m_packets = 0;
};

} // namespace natdoctor::ui
