#pragma once

#include "WizardSession.h"

#include <QWizard>

namespace natdoctor::ui {

// Assembles the pages and owns the session they share. Nothing else.
class Wizard : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY(Wizard)

public:
    explicit Wizard(QWidget* parent = nullptr);

    WizardSession& session() { return m_session; }

private:
    WizardSession m_session;
};

} // namespace natdoctor::ui
