#include "FindingsPage.h"

#include "WizardSession.h"
#include "diagnosis/DiagnosisRules.h"
#include "widgets/FindingView.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace natdoctor::ui {

FindingsPage::FindingsPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Findings"));
    setFinalPage(true);
    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setAccessibleName(tr("Verdict"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_list = new QWidget(scroll);
    m_listLayout = new QVBoxLayout(m_list);
    scroll->setWidget(m_list);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(scroll, 1);
}

void FindingsPage::initializePage()
{
    // Offline mode shows the capture's findings; the guided modes the session's.
    diagnosis::DiagnosisSession view;
    if (m_session.mode == WizardMode::Offline && m_session.captureSummary)
        view.findings = m_session.captureSummary->findings;
    else
        view.findings = m_session.diagnosis.findings;
    const diagnosis::Verdict verdict = diagnosis::verdict(view);
    m_verdict->setText(QStringLiteral("<h3>%1</h3>").arg(QString::fromStdString(verdict.headline).toHtmlEscaped()));

    while (QLayoutItem* item = m_listLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (view.findings.empty())
        m_listLayout->addWidget(new QLabel(tr("Nothing in the evidence points at fragmentation or dropped SYNs."), m_list));
    for (const diagnosis::Finding& finding : view.findings)
        m_listLayout->addWidget(new FindingView(finding, m_list));
    m_listLayout->addStretch();
}

QStringList FindingsPage::shownFindingIds() const
{
    QStringList ids;
    for (const FindingView* view : m_list->findChildren<FindingView*>())
        ids << view->findingId();
    return ids;
}

QString FindingsPage::verdictText() const
{
    return m_verdict->text();
}

} // namespace natdoctor::ui
