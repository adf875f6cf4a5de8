#include "WelcomePage.h"

#include "WizardSession.h"

#include <QLabel>
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

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addStretch();
}

} // namespace natdoctor::ui
