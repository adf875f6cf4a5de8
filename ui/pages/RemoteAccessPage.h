#pragma once

#include "diagnosis/DiagnosisInputs.h"

#include <QWizardPage>

class QLineEdit;
class QRadioButton;

namespace natdoctor::ui {

struct WizardSession;

// The branch of the procedure: with SSH access to the remote server, read
// tcp_tw_recycle there; without it, test from an instance in the private
// subnet with TCP timestamps off; with neither, go to the findings.
class RemoteAccessPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY(RemoteAccessPage)

public:
    RemoteAccessPage(WizardSession& session, QWidget* parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    // The inputs as they would be with the current choice.
    diagnosis::DiagnosisInputs chosenInputs() const;

    WizardSession& m_session;
    QRadioButton* m_remote = nullptr;
    QRadioButton* m_private = nullptr;
    QRadioButton* m_neither = nullptr;
    QLineEdit* m_remoteTarget = nullptr;
    QLineEdit* m_privateTarget = nullptr;
};

} // namespace natdoctor::ui
