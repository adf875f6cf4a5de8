#include "Wizard.h"

#include "RecentSettings.h"
#include "pages/CaptureAnalysisPage.h"
#include "pages/FindingsPage.h"
#include "pages/PageId.h"
#include "pages/WelcomePage.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>

namespace natdoctor::ui {

Wizard::Wizard(QWidget* parent)
    : QWizard(parent)
{
    setWindowTitle(tr("NAT Doctor"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setAcceptDrops(true);
    m_welcome = new WelcomePage(m_session, this);
    setPage(WelcomePageId, m_welcome);
    setPage(CaptureAnalysisPageId, new CaptureAnalysisPage(m_session, this));
    setPage(FindingsPageId, new FindingsPage(m_session, this));
    setStartId(WelcomePageId);
    resize(980, 720);
    restoreGeometry(RecentSettings::windowGeometry());
}

Wizard::~Wizard()
{
    RecentSettings::setWindowGeometry(saveGeometry());
}

void Wizard::openCapture(const QString& path)
{
    if (currentId() != WelcomePageId)
        restart();
    m_welcome->chooseCaptureFile(path);
    next();
}

void Wizard::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile())
        event->acceptProposedAction();
}

void Wizard::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.front().isLocalFile())
        return;
    event->acceptProposedAction();
    openCapture(urls.front().toLocalFile());
}

} // namespace natdoctor::ui
