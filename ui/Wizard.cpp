#include "Wizard.h"

#include "FocusStyle.h"
#include "RecentSettings.h"
#include "WindowGeometry.h"
#include "pages/AwsPage.h"
#include "pages/CaptureAnalysisPage.h"
#include "pages/DestinationPage.h"
#include "pages/FindingsPage.h"
#include "pages/FragmentationCheckPage.h"
#include "pages/ManualCapturePage.h"
#include "pages/ManualServerPage.h"
#include "pages/PageId.h"
#include "pages/PrivateInstanceTestPage.h"
#include "pages/PublicHostPage.h"
#include "pages/RemoteAccessPage.h"
#include "pages/RemoteServerCheckPage.h"
#include "pages/WelcomePage.h"
#include "tasks/DiagnosisController.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QStyle>

namespace natdoctor::ui {

Wizard::Wizard(QWidget* parent)
    : QWizard(parent)
{
    FocusStyle::install(); // a visible focus ring on every focusable widget
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
    setPage(AwsAfterTestPageId, new AwsPage(m_session, this, AwsPage::Role::AfterTest, m_controller));
    setPage(FindingsPageId, new FindingsPage(m_session, this));
    setStartId(WelcomePageId);
    // Enter goes Next, never Back: a focused auto-default button takes Enter
    // for itself, and Back gets the focus when Next is disabled on arrival
    // (the capture analysis page while it reads).
    for (const WizardButton which : { BackButton, CancelButton }) {
        if (auto* push = qobject_cast<QPushButton*>(button(which)))
            push->setAutoDefault(false);
    }
    // Every button has a mnemonic: Qt's own Cancel has none.
    setButtonText(CancelButton, tr("Cance&l"));
    resize(980, 720);
    restoreGeometry(RecentSettings::windowGeometry());
    fitToScreen();
    // A taller page may grow the window: keep it on the screen on every page.
    connect(this, &QWizard::currentIdChanged, this,
            [this] { QMetaObject::invokeMethod(this, &Wizard::fitToScreen, Qt::QueuedConnection); });
}

void Wizard::showEvent(QShowEvent* event)
{
    QWizard::showEvent(event);
    fitToScreen(); // again: now the frame is known
}

void Wizard::fitToScreen()
{
    const QScreen* s = screen();
    if (!s)
        return;
    // The frame and title bar are outside geometry(): keep them on the screen
    // too (estimated until the window is shown).
    const QRect inner = geometry();
    const QRect frame = frameGeometry();
    QMargins margins(inner.left() - frame.left(), inner.top() - frame.top(), frame.right() - inner.right(),
                     frame.bottom() - inner.bottom());
    if (margins.isNull()) {
        const int border = style()->pixelMetric(QStyle::PM_DefaultFrameWidth);
        margins = QMargins(border, style()->pixelMetric(QStyle::PM_TitleBarHeight), border, border);
    }
    const QRect fitted = fitWithin(inner, s->availableGeometry().marginsRemoved(margins));
    if (fitted != inner)
        setGeometry(fitted);
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
        if (!confirmQuit(tr("Stop the running check?"),
                         tr("A check is running. Stop it and close natdoctor? Anything it changed on a host "
                            "is restored first.")))
            return;
        m_controller->cancelAndWait();
    } else if (hasWorkToLose()
               && !confirmQuit(tr("Quit natdoctor?"),
                               tr("The diagnosis so far and its findings will be lost. Quit anyway?"))) {
        return;
    }
    QWizard::reject();
}

bool Wizard::hasWorkToLose() const
{
    return currentId() != WelcomePageId || m_session.captureSummary.has_value()
        || !m_session.diagnosis.steps.empty();
}

bool Wizard::confirmQuit(const QString& title, const QString& text)
{
    // A QMessageBox of its own (not the static question()) so that tests can
    // find it by name and answer it. No is the default: Enter keeps working.
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("confirmQuit"));
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
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
