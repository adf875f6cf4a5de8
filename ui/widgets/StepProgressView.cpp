#include "widgets/StepProgressView.h"

#include "probes/ProbeProgress.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace natdoctor::ui {

StepProgressView::StepProgressView(QWidget* parent)
    : QWidget(parent)
{
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_cancel = new QPushButton(tr("&Cancel step"), this);
    m_cancel->setToolTip(tr("Stops this step; anything changed on a host is restored first."));
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setAccessibleName(tr("Step log"));
    m_log->setMaximumBlockCount(2000);
    auto* row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_log, 1);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &StepProgressView::showRunning);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_status->setText(tr("Stopping… (restoring anything that was changed)"));
        emit cancelRequested();
    });
}

StepProgressView::~StepProgressView() = default;

void StepProgressView::showRunning()
{
    const QString running = tr("Running… %1 s").arg(m_elapsed.elapsed() / 1000);
    m_status->setText(m_attemptText.isEmpty() ? running : running + QStringLiteral(" · ") + m_attemptText);
}

void StepProgressView::attemptFinished(const QString& phase, bool succeeded, double totalMs,
                                       int attemptsPerPhase)
{
    if (!m_probe)
        m_probe = std::make_unique<probes::ProbeProgress>(attemptsPerPhase);
    probes::Attempt attempt;
    attempt.result = succeeded ? probes::AttemptResult::Ok : probes::AttemptResult::Error;
    attempt.totalMs = totalMs;
    const probes::ProbeProgressState s = m_probe->record(phase.toStdString(), attempt);
    const QString name = phase == QLatin1String(probes::PhaseBaseline) ? tr("with timestamps")
        : phase == QLatin1String(probes::PhaseWithoutTimestamps)       ? tr("without timestamps")
        : phase == QLatin1String(probes::PhaseTrigger)                 ? tr("trigger")
                                                                       : phase;
    m_attemptText = s.total > 0 ? tr("%1: attempt %2 of %3").arg(name).arg(s.attempt).arg(s.total)
                                : tr("%1: attempt %2").arg(name).arg(s.attempt);
    if (s.secondsLeft > 0)
        m_attemptText += QStringLiteral(", ") + tr("about %n s left in this phase", nullptr, s.secondsLeft);
    showRunning();
}

QString StepProgressView::statusText() const
{
    return m_status->text();
}

void StepProgressView::start()
{
    m_probe.reset();
    m_attemptText.clear();
    m_log->clear();
    m_elapsed.start();
    m_tick.start();
    m_status->setText(tr("Running…"));
    m_cancel->setEnabled(true);
    m_cancel->show();
}

void StepProgressView::append(const QString& line)
{
    m_log->appendPlainText(line);
}

void StepProgressView::finish(const QString& error)
{
    m_tick.stop();
    m_cancel->hide();
    const QString took = tr("%1 s").arg(m_elapsed.elapsed() / 1000.0, 0, 'f', 1);
    m_status->setText(error.isEmpty() ? tr("Done in %1.").arg(took)
                                      : tr("Stopped after %1: %2").arg(took, error));
}

QString StepProgressView::logText() const
{
    return m_log->toPlainText();
}

} // namespace natdoctor::ui
