#include "ManualCapturePage.h"

#include "RecentSettings.h"
#include "WizardSession.h"
#include "diagnosis/DiagnosisEngine.h"
#include "diagnosis/ManualCommands.h"
#include "pages/PageId.h"
#include "widgets/CommandBox.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace natdoctor::ui {

ManualCapturePage::ManualCapturePage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Fragmentation check, by hand"));
    setSubTitle(
        tr("On an instance in a public subnet (not the failing instance, nothing behind a NAT), start the "
           "capture, run the trigger in a second terminal, stop the capture, and open the file here."));
    m_capture = new CommandBox(tr("1. Capture (keeps trailing fragments and ICMP):"), this);
    m_trigger = new CommandBox(tr("2. Meanwhile, make the destination send a large response:"), this);
    m_capture->setCopyNumber(1);
    m_trigger->setCopyNumber(2);
    auto* open = new QPushButton(tr("3. &Open the capture file…"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    // The boxes are as tall as their commands (the trigger is a script): the page scrolls.
    auto* commands = new QWidget(this);
    auto* commandsLayout = new QVBoxLayout(commands);
    commandsLayout->addWidget(m_capture);
    commandsLayout->addWidget(m_trigger);
    commandsLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(commands);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(open, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Open capture"), RecentSettings::lastCaptureDirectory(),
                                           tr("Captures (*.pcap *.pcapng *.cap);;All files (*)"));
        if (path.isEmpty())
            return;
        RecentSettings::setLastCaptureDirectory(QFileInfo(path).absolutePath());
        openCapture(path);
    });
    connect(&m_task, &CaptureAnalysisTask::finished, this, &ManualCapturePage::onFinished);
}

void ManualCapturePage::initializePage()
{
    m_session.mode = WizardMode::Manual;
    const diagnosis::ManualCommands c = diagnosis::manualCommands(m_session.diagnosis.inputs);
    m_capture->setCommand(QString::fromStdString(c.capture));
    m_trigger->setCommand(QString::fromStdString(c.trigger));
    m_done = m_session.diagnosis.fragmentation.has_value();
}

void ManualCapturePage::openCapture(const QString& path)
{
    m_status->setText(tr("Analysing %1…").arg(path));
    m_task.start(path);
}

void ManualCapturePage::onFinished(const CaptureAnalysisTask::Outcome& outcome)
{
    if (!outcome.ok) {
        m_status->setText(outcome.cancelled ? tr("Analysis stopped.") : outcome.error);
        return;
    }
    diagnosis::FragmentationCheckResult result;
    result.capture = outcome.summary;
    result.largestResponseBytes = outcome.summary.tcp.largestResponseBytes;
    diagnosis::DiagnosisEngine(m_session.diagnosis).recordFragmentationCheck(std::move(result), {});
    m_status->setText(tr("%1 packets, %2 IP fragments.")
                          .arg(outcome.summary.packets)
                          .arg(outcome.summary.fragments.packets));
    m_done = true;
    emit completeChanged();
}

bool ManualCapturePage::isComplete() const
{
    return m_done;
}

int ManualCapturePage::nextId() const
{
    return ManualServerPageId;
}

} // namespace natdoctor::ui
