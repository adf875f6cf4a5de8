#include "RemoteAccessPage.h"

#include "WizardSession.h"
#include "pages/PageFlow.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

namespace natdoctor::ui {

RemoteAccessPage::RemoteAccessPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Access to the remote server?"));
    setSubTitle(
        tr("The second cause, tcp_tw_recycle on the remote server, is checked on the server itself when "
           "you can log in to it; otherwise from an instance in the private subnet."));
    m_remote = new QRadioButton(tr("I can log in to the &remote server:"), this);
    m_private
        = new QRadioButton(tr("I cannot, but I can log in to an instance in the &private subnet:"), this);
    m_neither = new QRadioButton(tr("N&either: show the findings so far"), this);
    m_remoteTarget = new QLineEdit(this);
    m_remoteTarget->setPlaceholderText(tr("user@server[:port]"));
    m_privateTarget = new QLineEdit(this);
    m_privateTarget->setPlaceholderText(tr("user@private-instance[:port] (reached through the public host)"));
    auto* note = new QLabel(
        tr("The private instance test sets net.ipv4.tcp_timestamps=0 there in alternating blocks "
           "while it connects. natdoctor restores it afterwards; a restore armed on the instance "
           "before the change puts it back by itself within 30 seconds if natdoctor or the "
           "network goes silent, however long the test runs."),
        this);
    note->setWordWrap(true);
    m_neither->setChecked(true);
    m_remote->setObjectName(QStringLiteral("remoteServer"));
    m_private->setObjectName(QStringLiteral("privateInstance"));
    m_neither->setObjectName(QStringLiteral("neither"));
    m_remoteTarget->setObjectName(QStringLiteral("remoteTarget"));
    m_privateTarget->setObjectName(QStringLiteral("privateTarget"));

    auto* grid = new QGridLayout(this);
    grid->addWidget(m_remote, 0, 0);
    grid->addWidget(m_remoteTarget, 0, 1);
    grid->addWidget(m_private, 1, 0);
    grid->addWidget(m_privateTarget, 1, 1);
    grid->addWidget(note, 2, 0, 1, 2);
    grid->addWidget(m_neither, 3, 0, 1, 2);
    grid->setRowStretch(4, 1);

    for (auto* radio : { m_remote, m_private, m_neither })
        connect(radio, &QRadioButton::toggled, this, &RemoteAccessPage::completeChanged);
    connect(m_remoteTarget, &QLineEdit::textChanged, this, &RemoteAccessPage::completeChanged);
    connect(m_privateTarget, &QLineEdit::textChanged, this, &RemoteAccessPage::completeChanged);
    connect(m_remoteTarget, &QLineEdit::textEdited, m_remote, [this] { m_remote->setChecked(true); });
    connect(m_privateTarget, &QLineEdit::textEdited, m_private, [this] { m_private->setChecked(true); });
}

diagnosis::DiagnosisInputs RemoteAccessPage::chosenInputs() const
{
    diagnosis::DiagnosisInputs in = m_session.diagnosis.inputs;
    in.remoteServer.reset();
    in.privateHost.reset();
    std::string why;
    if (m_remote->isChecked())
        in.remoteServer = diagnosis::SshTarget::parse(m_remoteTarget->text().trimmed().toStdString(), why);
    else if (m_private->isChecked())
        in.privateHost = diagnosis::SshTarget::parse(m_privateTarget->text().trimmed().toStdString(), why);
    return in;
}

bool RemoteAccessPage::isComplete() const
{
    const diagnosis::DiagnosisInputs in = chosenInputs();
    return m_neither->isChecked() || (m_remote->isChecked() && in.remoteServer)
        || (m_private->isChecked() && in.privateHost);
}

bool RemoteAccessPage::validatePage()
{
    m_session.diagnosis.inputs = chosenInputs();
    return true;
}

int RemoteAccessPage::nextId() const
{
    diagnosis::DiagnosisSession preview;
    preview.inputs = chosenInputs();
    preview.steps = m_session.diagnosis.steps;
    return pageForNextStep(m_session, preview);
}

} // namespace natdoctor::ui
