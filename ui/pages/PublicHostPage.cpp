#include "PublicHostPage.h"

#include "RecentSettings.h"
#include "WizardSession.h"
#include "pages/PageFlow.h"
#include "tasks/DiagnosisController.h"
#include "util/SshConfigHosts.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace natdoctor::ui {

namespace {

QStringList configuredHosts()
{
    QFile config(QDir::homePath() + QStringLiteral("/.ssh/config"));
    if (!config.open(QIODevice::ReadOnly))
        return {};
    QStringList hosts;
    for (const std::string& h : sshConfigHosts(config.readAll().toStdString()))
        hosts << QString::fromStdString(h);
    return hosts;
}

} // namespace

PublicHostPage::PublicHostPage(WizardSession& session, DiagnosisController& controller, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_controller(controller)
{
    setTitle(tr("Public host"));
    setSubTitle(
        tr("An instance in a public subnet that reaches the destination without NAT. The fragmentation "
           "check runs there, never on the failing instance."));
    m_target = new QComboBox(this);
    m_target->setEditable(true);
    m_target->addItems(RecentSettings::recentHosts() + configuredHosts());
    m_target->setCurrentText(QString());
    m_target->lineEdit()->setPlaceholderText(tr("user@host or user@host:port, or a Host of ~/.ssh/config"));
    m_knownHosts = new QLineEdit(QDir::homePath() + QStringLiteral("/.ssh/known_hosts"), this);
    m_identity = new QLineEdit(this);
    m_identity->setPlaceholderText(
        tr("optional: a private key file (the agent and ~/.ssh keys are tried too)"));
    auto* browse = new QPushButton(tr("Bro&wse…"), this);
    m_test = new QPushButton(tr("Test &connection"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    m_target->setObjectName(QStringLiteral("sshTarget"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_knownHosts->setObjectName(QStringLiteral("knownHosts"));
    m_identity->setObjectName(QStringLiteral("identity"));

    auto* identityRow = new QHBoxLayout;
    identityRow->addWidget(m_identity, 1);
    identityRow->addWidget(browse);
    auto* form = new QFormLayout(this);
    form->addRow(tr("SSH &target:"), m_target);
    form->addRow(tr("&known_hosts:"), m_knownHosts);
    // A row of a layout gets no buddy from addRow(): set it, or the "&" shows.
    auto* identityLabel = new QLabel(tr("Ke&y file:"), this);
    identityLabel->setBuddy(m_identity);
    form->addRow(identityLabel, identityRow);
    form->addRow(m_test, m_status);

    connect(m_target, &QComboBox::currentTextChanged, this, &PublicHostPage::completeChanged);
    // Other key files can turn a failed test into a good one: Next again.
    for (QLineEdit* file : { m_knownHosts, m_identity }) {
        connect(file, &QLineEdit::textChanged, this, [this] {
            m_failedTarget.clear();
            emit completeChanged();
        });
    }
    connect(m_test, &QPushButton::clicked, this, &PublicHostPage::testConnection);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file
            = QFileDialog::getOpenFileName(this, tr("Private key"), QDir::homePath() + "/.ssh");
        if (!file.isEmpty())
            m_identity->setText(file);
    });
    connect(&m_controller, &DiagnosisController::connectionTested, this, &PublicHostPage::onConnectionTested);
    // isComplete() depends on the controller being idle.
    connect(&m_controller, &DiagnosisController::busyChanged, this, &PublicHostPage::completeChanged);
}

void PublicHostPage::onConnectionTested(const QString& target, const QString& error)
{
    m_test->setEnabled(true);
    if (error.isEmpty()) {
        if (m_failedTarget == target.trimmed())
            m_failedTarget.clear();
        m_status->setText(tr("Connected to %1.").arg(target));
    } else {
        m_failedTarget = target.trimmed();
        m_status->setText(
            tr("%1\nNext is available again after a successful test, or with another target or key file.")
                .arg(error));
    }
    emit completeChanged();
}

void PublicHostPage::applyFiles()
{
    m_controller.setSshFiles(m_knownHosts->text().trimmed(), m_identity->text().trimmed());
}

void PublicHostPage::testConnection()
{
    applyFiles();
    m_test->setEnabled(false);
    m_status->setText(tr("Connecting…"));
    m_controller.testConnection(m_target->currentText().trimmed());
}

QString PublicHostPage::connectionStatus() const
{
    return m_status->text();
}

bool PublicHostPage::isComplete() const
{
    std::string why;
    const QString target = m_target->currentText().trimmed();
    return diagnosis::SshTarget::parse(target.toStdString(), why).has_value() && !m_controller.isBusy()
        && (m_failedTarget.isEmpty() || m_failedTarget != target);
}

bool PublicHostPage::validatePage()
{
    std::string why;
    const auto target = diagnosis::SshTarget::parse(m_target->currentText().trimmed().toStdString(), why);
    if (!target) {
        m_status->setText(QString::fromStdString(why));
        return false;
    }
    applyFiles();
    m_session.diagnosis.inputs.publicHost = *target;
    m_session.diagnosis.inputs.knownHostsPath = m_knownHosts->text().trimmed().toStdString();
    RecentSettings::addRecentHost(m_target->currentText().trimmed());
    return true;
}

int PublicHostPage::nextId() const
{
    return FragmentationCheckPageId;
}

} // namespace natdoctor::ui
