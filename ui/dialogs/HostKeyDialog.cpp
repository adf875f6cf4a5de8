#include "dialogs/HostKeyDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace natdoctor::ui {

HostKeyDialog::HostKeyDialog(const remote::HostKeyInfo& info, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Unknown host key"));
    const QString host = QString::fromStdString(info.host);
    auto* text
        = new QLabel(tr("<p>natdoctor has not seen the host <b>%1</b> before. Check that this fingerprint is "
                        "the host's, for example with <tt>ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub</tt> on "
                        "the host or in your cloud console, before you accept it.</p>")
                         .arg(host.toHtmlEscaped()),
                     this);
    text->setWordWrap(true);
    auto* type = new QLabel(tr("Key type: %1").arg(QString::fromStdString(info.keyType)), this);
    auto* fingerprint = new QLabel(QString::fromStdString(info.fingerprint), this);
    fingerprint->setObjectName(QStringLiteral("fingerprint"));
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    fingerprint->setAccessibleName(tr("Host key fingerprint"));
    auto* where = new QLabel(
        tr("\"Accept and save\" adds it to %1.").arg(QString::fromStdString(info.knownHostsFile)), this);
    where->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    auto* reject = buttons->addButton(tr("&Reject"), QDialogButtonBox::RejectRole);
    auto* once = buttons->addButton(tr("Accept &once"), QDialogButtonBox::AcceptRole);
    auto* save = buttons->addButton(tr("Accept and &save"), QDialogButtonBox::AcceptRole);
    reject->setObjectName(QStringLiteral("reject"));
    once->setObjectName(QStringLiteral("acceptOnce"));
    save->setObjectName(QStringLiteral("acceptAndSave"));
    reject->setDefault(true);
    reject->setFocus();
    connect(reject, &QPushButton::clicked, this, [this] {
        m_decision = remote::HostKeyDecision::Reject;
        QDialog::reject();
    });
    connect(once, &QPushButton::clicked, this, [this] {
        m_decision = remote::HostKeyDecision::AcceptOnce;
        accept();
    });
    connect(save, &QPushButton::clicked, this, [this] {
        m_decision = remote::HostKeyDecision::AcceptAndSave;
        accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(type);
    layout->addWidget(fingerprint);
    layout->addWidget(where);
    layout->addWidget(buttons);
}

} // namespace natdoctor::ui
