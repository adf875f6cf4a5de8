#include "Wizard.h"

#include "RecentSettings.h"
#include "pages/AwsPage.h"
#include "pages/CaptureAnalysisPage.h"
#include "pages/DestinationPage.h"
#include "pages/FindingsPage.h"
#include "pages/FragmentationCheckPage.h"
#include "pages/ManualCapturePage.h"
#include "pages/ManualServerPage.h"
#include "pages/PrivateInstanceTestPage.h"
#include "pages/PublicHostPage.h"
#include "pages/RemoteAccessPage.h"
#include "pages/RemoteServerCheckPage.h"
#include "tasks/DiagnosisController.h"
#include "pages/PageId.h"
#include "pages/WelcomePage.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMessageBox>
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
    m_controller = new DiagnosisController(m_session.diagnosis, this);
    m_welcome = new WelcomePage(m_session, this);
    setPage(WelcomePageId, m_welcome);
    setPage(CaptureAnalysisPageId, new CaptureAnalysisPage(m_session, this));
    setPage(DestinationPageId, new DestinationPage(m_session, this));
    setPage(AwsPageId, new AwsPage(m_session, this));
    setPage(PublicHostPageId, new PublicHostPage(m_session, *m_controller, this));
    setPage(FragmentationCheckPageId, new FragmentationCheckPage(m_session, *m_controller, this));
    setPage(RemoteAccessPageId, new RemoteAccessPage(m_session, this));
    setPage(RemoteServerCheckPageId, new RemoteServerCheckPage(m_session, *m_controller, this));
    setPage(PrivateInstanceTestPageId, new PrivateInstanceTestPage(m_session, *m_controller, this));
    setPage(ManualCapturePageId, new ManualCapturePage(m_session, this));
    setPage(ManualServerPageId, new ManualServerPage(m_session, this));
    setPage(FindingsPageId, new FindingsPage(m_session, this));
    setStartId(WelcomePageId);
    resize(980, 720);
    restoreGeometry(RecentSettings::windowGeometry());
}

Wizard::~Wizard()
{
    RecentSettings::setWindowGeometry(saveGeometry());
}

void Wizard::reject()
{
    // Closing mid-test stops the step; the worker restores anything it changed
    // (tcp_timestamps) before natdoctor goes away.
    if (m_controller->isBusy()) {
        const auto answer = QMessageBox::question(this, tr("Stop the running check?"),
            tr("A check is running. Stop it and close natdoctor? Anything it changed on a host is restored first."));
        if (answer != QMessageBox::Yes)
            return;
        m_controller->cancelAndWait();
    }
    QWizard::reject();
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
