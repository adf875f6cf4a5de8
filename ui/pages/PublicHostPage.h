#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace natdoctor::ui {

class DiagnosisController;
struct WizardSession;

// Guided step 0b: the public-subnet host the fragmentation check runs on
// (never the failing instance, nothing behind a NAT), the SSH files, and a
// Test connection button.
class PublicHostPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY(PublicHostPage)

public:
    PublicHostPage(WizardSession& session, DiagnosisController& controller, QWidget* parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    QString connectionStatus() const;

public slots:
    // The controller's answer to a Test connection. After a failure (refused
    // or changed host key, no route, wrong key) Next stays disabled until a
    // test of the same target succeeds or the target or key files change.
    void onConnectionTested(const QString& target, const QString& error);

private:
    void testConnection();
    void applyFiles();

    WizardSession& m_session;
    DiagnosisController& m_controller;
    QComboBox* m_target = nullptr;
    QLineEdit* m_knownHosts = nullptr;
    QLineEdit* m_identity = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_status = nullptr;
    QString m_failedTarget; // the target whose last test failed, if any
};

} // namespace natdoctor::ui
