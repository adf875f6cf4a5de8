#pragma once

#include <QWizardPage>

namespace natdoctor::ui {

struct WizardSession;

// First page: what natdoctor checks and the ways in.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY(WelcomePage)

public:
    WelcomePage(WizardSession& session, QWidget* parent = nullptr);

private:
    WizardSession& m_session;
};

} // namespace natdoctor::ui
