#include "Wizard.h"

#include "pages/PageId.h"
#include "pages/WelcomePage.h"

namespace natdoctor::ui {

Wizard::Wizard(QWidget* parent)
    : QWizard(parent)
{
    setWindowTitle(tr("NAT Doctor"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setPage(WelcomePageId, new WelcomePage(m_session, this));
    setStartId(WelcomePageId);
    resize(820, 600);
}

} // namespace natdoctor::ui
