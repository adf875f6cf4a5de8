#include "DestinationPage.h"

#include "RecentSettings.h"
#include "WizardSession.h"
#include "diagnosis/CommandBuilders.h"
#include "pages/PageId.h"
#include "remote/Validation.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace natdoctor::ui {

DestinationPage::DestinationPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Destination"));
    setSubTitle(
        tr("Where do the failing connections go, and how can natdoctor make it send a large response?"));
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("e.g. api.example.com or 203.0.113.10"));
    m_host->setCompleter(new QCompleter(RecentSettings::recentDestinations(), m_host));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(443);
    m_trigger = new QComboBox(this);
    m_trigger->addItem(tr("HTTPS GET of a large page (with the host name as SNI)"),
                       int(diagnosis::TriggerKind::Https));
    m_trigger->addItem(tr("HTTP GET of a large page"), int(diagnosis::TriggerKind::Http));
    m_trigger->addItem(tr("Plain TCP request"), int(diagnosis::TriggerKind::Tcp));
    m_trigger->addItem(tr("Large ping (ICMP)"), int(diagnosis::TriggerKind::Icmp));
    m_path = new QLineEdit(QStringLiteral("/"), this);
    m_path->setToolTip(tr("A path whose response is at least 16 KiB, so that it would fragment."));
    m_size = new QSpinBox(this);
    m_size->setRange(1000, 65000);
    m_size->setValue(10000);
    m_size->setSuffix(tr(" bytes"));
    // Connections per phase of each connection test (the guided steps and the
    // manual commands), as `diagnose --attempts`.
    m_attempts = new QSpinBox(this);
    m_attempts->setRange(10, 500);
    m_attempts->setValue(diagnosis::DiagnosisInputs {}.attempts);
    m_attempts->setToolTip(
        tr("How many connections each phase of a connection test makes. More attempts take longer but "
           "catch rarer failures."));
    m_summary = new QLabel(this);
    m_problem = new QLabel(this);
    m_host->setObjectName(QStringLiteral("destinationHost"));
    m_port->setObjectName(QStringLiteral("destinationPort"));
    m_trigger->setObjectName(QStringLiteral("trigger"));
    m_path->setObjectName(QStringLiteral("httpPath"));
    m_size->setObjectName(QStringLiteral("pingSize"));
    m_attempts->setObjectName(QStringLiteral("attempts"));
    m_summary->setObjectName(QStringLiteral("triggerSummary"));
    m_problem->setObjectName(QStringLiteral("destinationProblem"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Trigger:"), m_trigger);
    form->addRow(tr("P&ath:"), m_path);
    form->addRow(tr("Ping si&ze:"), m_size);
    form->addRow(tr("Connection atte&mpts:"), m_attempts);
    form->addRow(m_summary);
    form->addRow(m_problem);

    connect(m_host, &QLineEdit::textChanged, this, &DestinationPage::revalidate);
    connect(m_path, &QLineEdit::textChanged, this, &DestinationPage::revalidate);
    connect(m_port, &QSpinBox::valueChanged, this, &DestinationPage::revalidate);
    connect(m_size, &QSpinBox::valueChanged, this, &DestinationPage::revalidate);
    connect(m_trigger, &QComboBox::currentIndexChanged, this, &DestinationPage::revalidate);
    // activated() comes from the user only (mouse or keyboard), never from setCurrentIndex().
    connect(m_trigger, &QComboBox::activated, this, [this] { m_triggerChosen = true; });
    connect(m_port, &QSpinBox::valueChanged, this, &DestinationPage::pairTriggerWithPort);
}

void DestinationPage::pairTriggerWithPort(int port)
{
    // The trigger repeats the failing request: TLS (with the host name as SNI)
    // on 443 and 8443, plain HTTP elsewhere. A trigger the user picked stays.
    if (m_triggerChosen)
        return;
    const auto kind = static_cast<diagnosis::TriggerKind>(m_trigger->currentData().toInt());
    if (kind != diagnosis::TriggerKind::Http && kind != diagnosis::TriggerKind::Https)
        return;
    const bool tls = port == 443 || port == 8443;
    const auto wanted = tls ? diagnosis::TriggerKind::Https : diagnosis::TriggerKind::Http;
    m_trigger->setCurrentIndex(m_trigger->findData(int(wanted)));
}

void DestinationPage::initializePage()
{
    revalidate();
}

std::string DestinationPage::candidateUrl(const std::string& host, diagnosis::TriggerKind kind) const
{
    // The URL the guided and the manual mode will use (CommandBuilders.h).
    diagnosis::DiagnosisInputs in;
    in.destinationHost = host;
    in.destinationPort = static_cast<uint16_t>(m_port->value());
    in.trigger = kind;
    in.httpPath = m_path->text().toStdString();
    return diagnosis::destinationUrl(in);
}

void DestinationPage::revalidate()
{
    const auto kind = static_cast<diagnosis::TriggerKind>(m_trigger->currentData().toInt());
    m_path->setEnabled(kind != diagnosis::TriggerKind::Icmp);
    m_size->setEnabled(kind == diagnosis::TriggerKind::Icmp);
    const std::string host = m_host->text().trimmed().toStdString();
    QString problem;
    if (host.empty())
        problem = tr("Enter the destination's host name or address.");
    else if (remote::validateHost(host))
        problem = tr("\"%1\" is not a valid host name or IP address.").arg(m_host->text().trimmed());
    else if (kind != diagnosis::TriggerKind::Icmp && !m_path->text().startsWith(QLatin1Char('/')))
        problem = tr("The path starts with /.");
    else if ((kind == diagnosis::TriggerKind::Http || kind == diagnosis::TriggerKind::Https)
             && remote::validateUrl(candidateUrl(host, kind)))
        problem = tr("The path has characters a URL cannot carry.");
    m_problem->setText(problem);
    showSummary(kind, host);
    const bool valid = problem.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        emit completeChanged();
    }
}

void DestinationPage::showSummary(diagnosis::TriggerKind kind, const std::string& host)
{
    // What the trigger will do, in the words of the commands it runs.
    QString text;
    const QString shownHost = QString::fromStdString(host);
    if (host.empty() || remote::validateHost(host)) {
        text.clear();
    } else if (kind == diagnosis::TriggerKind::Https) {
        const QString url = QString::fromStdString(candidateUrl(host, kind));
        text = remote::isIpAddress(host)
            ? tr("The trigger: HTTPS GET %1 (an address: no SNI).").arg(url)
            : tr("The trigger: HTTPS GET %1 with %2 as SNI.").arg(url, shownHost);
    } else if (kind == diagnosis::TriggerKind::Http) {
        text = tr("The trigger: HTTP GET %1.").arg(QString::fromStdString(candidateUrl(host, kind)));
    } else if (kind == diagnosis::TriggerKind::Tcp) {
        text = tr("The trigger: a plain TCP request to %1, port %2.").arg(shownHost).arg(m_port->value());
    } else {
        text = tr("The trigger: pings of %1 bytes to %2.").arg(m_size->value()).arg(shownHost);
    }
    m_summary->setText(text);
    m_summary->setVisible(!text.isEmpty());
}

bool DestinationPage::isComplete() const
{
    return m_valid;
}

bool DestinationPage::validatePage()
{
    diagnosis::DiagnosisInputs& in = m_session.diagnosis.inputs;
    in.destinationHost = m_host->text().trimmed().toStdString();
    in.destinationPort = static_cast<uint16_t>(m_port->value());
    in.trigger = static_cast<diagnosis::TriggerKind>(m_trigger->currentData().toInt());
    in.httpPath = m_path->text().toStdString();
    in.size = static_cast<uint32_t>(m_size->value());
    in.attempts = m_attempts->value();
    RecentSettings::addRecentDestination(m_host->text().trimmed());
    return true;
}

int DestinationPage::nextId() const
{
    return m_session.mode == WizardMode::Manual ? ManualCapturePageId : AwsPageId;
}

} // namespace natdoctor::ui
