#pragma once

#include "diagnosis/DiagnosisInputs.h"

#include <QWizardPage>
#include <string>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace natdoctor::ui {

struct WizardSession;

// Guided step 0: the destination that some connections fail to reach, and how
// to make it send a large response. Validated as typed.
class DestinationPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY(DestinationPage)

public:
    DestinationPage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void revalidate();
    std::string candidateUrl(const std::string& host, diagnosis::TriggerKind kind) const;
    // The trigger that goes with `port`, unless the user picked one.
    void pairTriggerWithPort(int port);
    void showSummary(diagnosis::TriggerKind kind, const std::string& host);

    WizardSession& m_session;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QComboBox* m_trigger = nullptr;
    QLineEdit* m_path = nullptr;
    QSpinBox* m_size = nullptr;
    QSpinBox* m_attempts = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_problem = nullptr;
    bool m_valid = false;
    bool m_triggerChosen = false; // the user picked the trigger: the port no longer changes it
};

} // namespace natdoctor::ui
