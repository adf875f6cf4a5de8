#include "WelcomePage.h"

#include "RecentSettings.h"
#include "WizardSession.h"
#include "pages/PageId.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace natdoctor::ui {

WelcomePage::WelcomePage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Welcome to NAT Doctor"));
    setSubTitle(tr("Find out why some TCP connections through a NAT gateway fail."));

    auto* intro = new QLabel(
        tr("<p>Some connections from a private subnet to one destination work, others fail or "
           "time out. There are two documented causes:</p>"
           "<ul><li>the destination sends <b>fragmented TCP</b> packets, which a NAT gateway "
           "drops;</li>"
           "<li><b>tcp_tw_recycle</b> is enabled on the remote server, which drops SYNs from many "
           "hosts behind one address.</li></ul>"
           "<p>NAT Doctor runs the documented checks for you and explains what it finds.</p>"),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    auto* ways = new QGroupBox(tr("How do you want to start?"), this);
    m_offline = new QRadioButton(tr("&Analyse a capture file (pcap or pcapng)"), ways);
    m_guided = new QRadioButton(tr("&Guided: run the checks over SSH"), ways);
    m_manual = new QRadioButton(tr("&Manual: show me the commands, I paste the output"), ways);
    m_manual->setObjectName(QStringLiteral("manual"));
    m_guided->setChecked(true);

    m_file = new QLineEdit(ways);
    m_offline->setObjectName(QStringLiteral("offline"));
    m_guided->setObjectName(QStringLiteral("guided"));
    m_file->setPlaceholderText(tr("Capture file"));
    m_file->setAccessibleName(tr("Capture file"));
    m_file->setClearButtonEnabled(true);
    m_file->setEnabled(false); // until "capture file" is chosen
    auto* browse = new QPushButton(tr("&Browse…"), ways);
    auto* example = new QPushButton(tr("Open &example capture"), ways);
    example->setToolTip(tr("A capture recorded in the lab: a NAT gateway path whose destination sends "
                           "fragmented TCP."));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    fileRow->addWidget(example);
    auto* waysLayout = new QVBoxLayout(ways);
    waysLayout->addWidget(m_guided);
    waysLayout->addWidget(m_offline);
    waysLayout->addLayout(fileRow);
    waysLayout->addWidget(m_manual);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(ways);
    layout->addStretch();

    connect(m_file, &QLineEdit::textChanged, this, &WelcomePage::completeChanged);
    connect(m_offline, &QRadioButton::toggled, this, &WelcomePage::completeChanged);
    connect(m_offline, &QRadioButton::toggled, m_file, &QLineEdit::setEnabled);
    connect(browse, &QPushButton::clicked, this, &WelcomePage::browseForCapture);
    connect(example, &QPushButton::clicked, this, &WelcomePage::openExampleCapture);
}

int WelcomePage::nextId() const
{
    return m_offline->isChecked() ? CaptureAnalysisPageId : DestinationPageId;
}

bool WelcomePage::isComplete() const
{
    return !m_offline->isChecked() || !m_file->text().trimmed().isEmpty();
}

bool WelcomePage::validatePage()
{
    m_session.mode = m_guided->isChecked() ? WizardMode::Guided
        : m_manual->isChecked()            ? WizardMode::Manual
                                           : WizardMode::Offline;
    m_session.captureFile = m_file->text().trimmed();
    m_session.captureSummary.reset();
    return true;
}

void WelcomePage::chooseCaptureFile(const QString& path)
{
    m_offline->setChecked(true);
    m_file->setText(path);
}

void WelcomePage::browseForCapture()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open capture"), RecentSettings::lastCaptureDirectory(),
                                       tr("Captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)"));
    if (path.isEmpty())
        return;
    RecentSettings::setLastCaptureDirectory(QFileInfo(path).absolutePath());
    chooseCaptureFile(path);
}

void WelcomePage::openExampleCapture()
{
    // The example ships inside the binary; libpcap needs a real file.
    const QString target = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("natdoctor-example-gateway-fragments.pcap"));
    QFile::remove(target);
    if (!QFile::copy(QStringLiteral(":/examples/example-gateway-fragments.pcap"), target))
        return;
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    chooseCaptureFile(target);
}

} // namespace natdoctor::ui
