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
    m_chart->setMinimumHeight(100);
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
    m_chartTimer.setSingleShot(true);
    m_chartTimer.setInterval(500);
    connect(&m_chartTimer, &QTimer::timeout, this, [this] {
        if (m_chartStale)
            drawLiveChart();
    });
    connect(&controller, &DiagnosisController::captureProgress, this, &FragmentationCheckPage::onProgress);
}

void FragmentationCheckPage::initializePage()
{
    // Nothing until the step starts (stepStarted()): a step that never starts
    // shows no "waiting" beside the step's status.
    m_packets = 0;
    m_charted = 0;
    m_sizes.clear();
    m_chartStale = false;
    m_chartTimer.stop();
    m_counters->clear();
    m_stop->hide();
    m_chart->hide();
    RemoteStepPage::initializePage();
}

void FragmentationCheckPage::stepStarted()
{
    m_counters->setText(tr("Waiting for the capture to start…"));
    replaceChart(m_chart, createFragmentSizeChart({}, std::nullopt));
    m_chart->show();
    m_stop->setEnabled(true);
    m_stop->show();
}

QString FragmentationCheckPage::countersText() const
{
    return m_counters->text();
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
    m_sizes = sizes;
    m_counters->setText(tr("%1 packets captured, %2 of them IP fragments").arg(packets).arg(fragments));
    if (m_chartTimer.isActive())
        m_chartStale = true; // drawn when the half second is over
    else
        drawLiveChart();
}

void FragmentationCheckPage::drawLiveChart()
{
    m_chartStale = false;
    analysis::FragmentSummary partial;
    partial.sizes = m_sizes;
    m_charted = 0;
    for (const analysis::SizeBin& bin : m_sizes)
        m_charted += bin.count;
    // Packets but no fragments so far: say so, not "none".
    replaceChart(m_chart, createFragmentSizeChart(partial, std::nullopt, m_packets > 0 && m_sizes.empty()));
    m_chartTimer.start();
}

void FragmentationCheckPage::showResult()
{
    m_stop->hide();
    m_chartTimer.stop();
    const auto& result = session().diagnosis.fragmentation;
    if (!result) {
        if (m_packets == 0) {
            // Stopped before it captured anything: the step's status says why.
            m_counters->clear();
            m_chart->hide();
        } else if (m_chartStale) {
            drawLiveChart(); // what was captured before it stopped
            m_chartTimer.stop();
        }
        return;
    }
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
    m_charted = 0;
    for (const analysis::SizeBin& bin : c.fragments.sizes)
        m_charted += bin.count;
    m_chart->show();
}

} // namespace natdoctor::ui
