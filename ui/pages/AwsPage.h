#pragma once

#include "cloud/CloudResult.h"
#include "diagnosis/DiagnosisSession.h"

#include <QFutureWatcher>
#include <QWizardPage>
#include <atomic>
#include <memory>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace natdoctor::ui {

class DiagnosisController;
struct WizardSession;

// Guided step after Destination: the NAT gateway's own evidence from AWS
// (core/cloud) through the user's `aws` CLI: the path instance -> subnet ->
// route table -> NAT gateway, its network ACLs, and one small chart per
// CloudWatch metric. Skippable: leave "Read from AWS" off and go on.
//
// With the page on, the same page comes again after the test (AfterTest):
// it reads the metrics again, so the charts cover the test (its window
// marked), and, when the private instance is reachable over SSH and no id
// was given, reads the instance's id through IMDSv2 there (the same core
// code as `diagnose --aws --private`), shown in the field, which stays
// editable for another read.
class AwsPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY(AwsPage)

public:
    enum class Role {
        Setup, // after Destination
        AfterTest, // after the test, before the findings
    };

    AwsPage(WizardSession& session, QWidget* parent = nullptr, Role role = Role::Setup,
            DiagnosisController* controller = nullptr);
    ~AwsPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override;
    int nextId() const override;

private:
    void start();
    void cancel();
    void finished();
    void finishedOnWorker();
    void showResult();
    void revalidate();
    cloud::AwsOptions chosenOptions() const;

    WizardSession& m_session;
    Role m_role;
    DiagnosisController* m_controller;
    bool m_onWorker = false; // AfterTest: the step runs on the controller's worker
    QCheckBox* m_enabled = nullptr;
    QWidget* m_inputs = nullptr;
    QLineEdit* m_profile = nullptr;
    QLineEdit* m_region = nullptr;
    QLineEdit* m_instance = nullptr;
    QLineEdit* m_endpoint = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QLabel* m_path = nullptr;
    QWidget* m_charts = nullptr;
    QGridLayout* m_chartGrid = nullptr;
    std::atomic_bool m_cancelFlag { false };
    QFutureWatcher<diagnosis::DiagnosisSession> m_watcher;
    bool m_running = false;
};

} // namespace natdoctor::ui
