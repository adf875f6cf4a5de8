#pragma once

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

struct WizardSession;

// Guided step after Destination: the NAT gateway's own evidence from AWS
// (core/cloud) through the user's `aws` CLI: the path instance -> subnet ->
// route table -> NAT gateway, its network ACLs, and one small chart per
// CloudWatch metric. Skippable: leave "Read from AWS" off and go on.
class AwsPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY(AwsPage)

public:
    AwsPage(WizardSession& session, QWidget* parent = nullptr);
    ~AwsPage() override;

    void initializePage() override;
    bool isComplete() const override;
    void cleanupPage() override;
    int nextId() const override;

private:
    void start();
    void cancel();
    void finished();
    void showResult();
    void revalidate();

    WizardSession& m_session;
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
