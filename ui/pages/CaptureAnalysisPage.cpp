#include "CaptureAnalysisPage.h"

#include "WizardSession.h"
#include "charts/ChartStyle.h"
#include "charts/FragmentSizeChart.h"
#include "charts/SuccessTimelineChart.h"
#include "pages/PageId.h"

#include <QChartView>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace natdoctor::ui {

CaptureAnalysisPage::CaptureAnalysisPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Capture analysis"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Analysis progress"));
    m_cancel = new QPushButton(tr("&Stop analysis"), this);
    m_sizes = new QChartView(this);
    m_sizes->setAccessibleName(tr("Fragment size histogram"));
    m_sizes->setRenderHint(QPainter::Antialiasing);
    m_timeline = new QChartView(this);
    m_timeline->setAccessibleName(tr("Connection success over time"));
    m_timeline->setRenderHint(QPainter::Antialiasing);

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_sizes);
    charts->addWidget(m_timeline);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addLayout(charts, 1);

    m_showProgressTimer.setSingleShot(true);
    m_showProgressTimer.setInterval(500);
    connect(&m_showProgressTimer, &QTimer::timeout, this, [this] {
        m_progress->setVisible(m_task.isRunning());
        m_cancel->setVisible(m_task.isRunning());
    });
    connect(m_cancel, &QPushButton::clicked, &m_task, &CaptureAnalysisTask::cancel);
    connect(&m_task, &CaptureAnalysisTask::progress, this, &CaptureAnalysisPage::onProgress);
    connect(&m_task, &CaptureAnalysisTask::finished, this, &CaptureAnalysisPage::onFinished);
}

void CaptureAnalysisPage::initializePage()
{
    setSubTitle(QFileInfo(m_session.captureFile).fileName());
    m_session.captureSummary.reset();
    m_progress->setValue(0);
    m_progress->hide();
    m_cancel->hide();
    m_sizes->hide();
    m_timeline->hide();
    m_status->setText(tr("Reading %1…").arg(m_session.captureFile));
    m_showProgressTimer.start();
    m_task.start(m_session.captureFile);
    emit completeChanged();
}

void CaptureAnalysisPage::cleanupPage()
{
    // Back while analysing: stop the worker; its result is dropped.
    m_task.cancel();
}

bool CaptureAnalysisPage::isComplete() const
{
    return m_session.captureSummary.has_value();
}

int CaptureAnalysisPage::nextId() const
{
    return FindingsPageId;
}

void CaptureAnalysisPage::onProgress(int percent, quint64 packets)
{
    m_progress->setValue(percent);
    m_status->setText(
        tr("Reading %1… %n packets so far", nullptr, static_cast<int>(packets)).arg(m_session.captureFile));
}

void CaptureAnalysisPage::onFinished(const CaptureAnalysisTask::Outcome& outcome)
{
    m_showProgressTimer.stop();
    m_progress->hide();
    m_cancel->hide();
    if (outcome.cancelled) {
        m_status->setText(tr("Analysis stopped. Go back to choose another capture."));
        return;
    }
    if (!outcome.ok) {
        m_status->setText(outcome.error);
        return;
    }
    m_session.captureSummary = outcome.summary;
    showSummary();
    emit completeChanged();
}

void CaptureAnalysisPage::showSummary()
{
    const analysis::CaptureSummary& s = *m_session.captureSummary;
    std::optional<uint32_t> mtu;
    if (!s.icmpFragNeeded.empty())
        mtu = s.icmpFragNeeded.front().mtu;
    QString text = tr("%n packets", nullptr, static_cast<int>(s.packets)) + QStringLiteral(" · ")
        + tr("%n fragments", nullptr, static_cast<int>(s.fragments.packets)) + QStringLiteral(" · ")
        + tr("%1 of %2 connection attempts established").arg(s.tcp.established).arg(s.tcp.connections);
    if (s.truncated)
        text += QStringLiteral("\n")
            + tr("The capture ends in the middle of a packet; it was analysed up to there.");
    m_status->setText(text);
    replaceChart(m_sizes, createFragmentSizeChart(s.fragments, mtu));
    replaceChart(m_timeline, createSuccessTimelineChart(s.tcp));
    m_sizes->show();
    m_timeline->show();
}

} // namespace natdoctor::ui
