#include "FragmentationCheckPage.h"

#include "WizardSession.h"
#include "charts/ChartStyle.h"
#include "charts/FragmentSizeChart.h"
#include "pages/PageId.h"
#include "tasks/DiagnosisController.h"

#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace natdoctor::ui {

FragmentationCheckPage::FragmentationCheckPage(WizardSession& session, DiagnosisController& controller,
                                               QWidget* parent)
    : RemoteStepPage(diagnosis::DiagnosisEngine::Step::FragmentationCheck, session, controller, parent)
{
    setTitle(tr("Fragmentation check"));
    setSubTitle(
        tr("A capture on the public host while the destination sends a large response: does it arrive in "
           "IP fragments?"));
    m_counters = new QLabel(this);
    m_counters->setAccessibleName(tr("Capture counters"));
    m_chart = new QChartView(this);
    m_chart->setAccessibleName(tr("Fragment size histogram"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_stop = new QPushButton(tr("S&top capture"), this);
    m_stop->setToolTip(tr("Ends the capture now and keeps what it captured."));
    connect(m_stop, &QPushButton::clicked, this, [this, &controller] {
        m_stop->setEnabled(false);
        controller.finishEarly();
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_counters, 1);
    row->addWidget(m_stop);
    contentLayout()->addLayout(row);
    contentLayout()->addWidget(m_chart, 1);
    connect(&controller, &DiagnosisController::captureProgress, this, &FragmentationCheckPage::onProgress);
}

void FragmentationCheckPage::initializePage()
{
    m_packets = 0;
    m_counters->setText(tr("Waiting for the capture to start…"));
    replaceChart(m_chart, createFragmentSizeChart({}, std::nullopt));
    m_lastChart.invalidate();
    m_stop->setEnabled(true);
    m_stop->show();
    RemoteStepPage::initializePage();
}

int FragmentationCheckPage::nextId() const
{
    return RemoteAccessPageId;
}

void FragmentationCheckPage::onProgress(quint64 packets, quint64 fragments,
                                        const std::vector<analysis::SizeBin>& sizes)
{
    if (!isRunning())
        return;
    m_packets = packets;
    m_counters->setText(tr("%1 packets captured, %2 of them IP fragments").arg(packets).arg(fragments));
    // Redraw the chart at most twice a second.
    if (m_lastChart.isValid() && m_lastChart.elapsed() < 500)
        return;
    m_lastChart.start();
    analysis::FragmentSummary partial;
    partial.sizes = sizes;
    replaceChart(m_chart, createFragmentSizeChart(partial, std::nullopt));
}

void FragmentationCheckPage::showResult()
{
    m_stop->hide();
    const auto& result = session().diagnosis.fragmentation;
    if (!result)
        return;
    const analysis::CaptureSummary& c = result->capture;
    std::optional<uint32_t> mtu;
    if (!c.icmpFragNeeded.empty())
        mtu = c.icmpFragNeeded.front().mtu;
    m_packets = c.packets;
    m_counters->setText(tr("%1 packets captured, %2 IP fragments in %3 datagrams; largest response %4 bytes")
                            .arg(c.packets)
                            .arg(c.fragments.packets)
                            .arg(c.fragments.datagrams)
                            .arg(result->largestResponseBytes));
    replaceChart(m_chart, createFragmentSizeChart(c.fragments, mtu));
}

} // namespace natdoctor::ui
