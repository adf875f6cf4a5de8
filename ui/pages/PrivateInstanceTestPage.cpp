#include "PrivateInstanceTestPage.h"

#include "WizardSession.h"
#include "charts/BeforeAfterChart.h"
#include "charts/ChartStyle.h"
#include "probes/ProbeProgress.h"
#include "tasks/DiagnosisController.h"

#include <QChartView>
#include <QLabel>
#include <QVBoxLayout>

namespace natdoctor::ui {

PrivateInstanceTestPage::PrivateInstanceTestPage(WizardSession& session, DiagnosisController& controller,
                                                 QWidget* parent)
    : RemoteStepPage(diagnosis::DiagnosisEngine::Step::TimestampTest, session, controller, parent)
{
    setTitle(tr("Private instance test"));
    setSubTitle(
        tr("The same connections from a private instance with TCP timestamps on, then off. If they succeed "
           "more often without timestamps, the remote server likely has tcp_tw_recycle enabled."));
    m_restore = new QLabel(this);
    m_restore->setObjectName(QStringLiteral("restoreStatus"));
    m_restore->setWordWrap(true);
    m_restore->setAccessibleName(tr("tcp_timestamps restore status"));
    m_chart = new QChartView(this);
    m_chart->setAccessibleName(tr("Success rate with and without TCP timestamps"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(120);
    contentLayout()->addWidget(m_restore);
    contentLayout()->addWidget(m_chart, 1);
    connect(&controller, &DiagnosisController::attemptFinished, this, &PrivateInstanceTestPage::onAttempt);
    connect(&controller, &DiagnosisController::logLine, this, [this](const QString& line) {
        if (isRunning() && line.contains(QStringLiteral("tcp_timestamps")))
            m_restore->setText(line);
    });
}

void PrivateInstanceTestPage::onAttempt(const QString& phase, bool succeeded, double totalMs)
{
    if (!isRunning())
        return;
    probes::ConnectionProbeResult* target = phase == QLatin1String(probes::PhaseBaseline) ? &m_liveBefore
        : phase == QLatin1String(probes::PhaseWithoutTimestamps)                          ? &m_liveAfter
                                                                                          : nullptr;
    if (!target)
        return;
    probes::Attempt a;
    a.index = static_cast<int>(target->attempts.size()) + 1;
    a.result = succeeded ? probes::AttemptResult::Ok : probes::AttemptResult::Error;
    a.totalMs = totalMs;
    target->attempts.push_back(a);
    replaceChart(m_chart, createBeforeAfterChart(m_liveBefore, m_liveAfter));
}

void PrivateInstanceTestPage::initializePage()
{
    m_liveBefore = {};
    m_liveAfter = {};
    m_restore->setText(tr("tcp_timestamps has not been changed."));
    replaceChart(m_chart, createBeforeAfterChart({}, {}));
    RemoteStepPage::initializePage();
}

QString PrivateInstanceTestPage::restoreStatus() const
{
    return m_restore->text();
}

void PrivateInstanceTestPage::showResult()
{
    const auto& t = session().diagnosis.timestampTest;
    if (!t) {
        m_restore->setText(tr("tcp_timestamps was not changed (%1).").arg(lastError()));
        return;
    }
    m_restore->setText(QString::fromStdString(t->restoreDetail));
    replaceChart(m_chart, createBeforeAfterChart(t->baseline, t->withoutTimestamps));
}

} // namespace natdoctor::ui
