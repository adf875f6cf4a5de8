#include "RemoteServerCheckPage.h"

#include "WizardSession.h"

#include <QLabel>
#include <QVBoxLayout>

namespace natdoctor::ui {

RemoteServerCheckPage::RemoteServerCheckPage(WizardSession& session, DiagnosisController& controller,
                                             QWidget* parent)
    : RemoteStepPage(diagnosis::DiagnosisEngine::Step::RemoteServerCheck, session, controller, parent)
{
    setTitle(tr("Remote server check"));
    setSubTitle(
        tr("Reads tcp_tw_recycle, the kernel release and the PAWS counters on the remote server, before and "
           "after connecting to it."));
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout()->addWidget(m_result);
    contentLayout()->addStretch();
}

void RemoteServerCheckPage::showResult()
{
    const auto& r = session().diagnosis.remoteServer;
    if (!r) {
        m_result->setText(tr("The check did not run: %1").arg(lastError()));
        return;
    }
    const auto it = r->before.sysctls.find("tcp_tw_recycle");
    const QString recycle = it == r->before.sysctls.end() || !it->second.present
        ? tr("absent (removed in Linux 4.12)")
        : QString::number(it->second.value);
    QString text = tr("<p>Linux %1<br>tcp_tw_recycle: <b>%2</b></p>")
                       .arg(QString::fromStdString(r->before.release.text).toHtmlEscaped(), recycle);
    if (r->after) {
        const auto grown = probes::grownTcpExtCounters(r->before.netstat, r->after->netstat);
        QStringList lines;
        for (const auto& c : grown)
            lines << QStringLiteral("%1 +%2").arg(QString::fromStdString(c.name)).arg(c.delta());
        text += lines.isEmpty()
            ? tr("<p>No PAWS or TIME-WAIT counter moved during the test.</p>")
            : tr("<p>Counters that grew during the test: %1</p>").arg(lines.join(QStringLiteral(", ")));
    }
    m_result->setText(text);
}

} // namespace natdoctor::ui
