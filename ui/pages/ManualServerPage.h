#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;

namespace natdoctor::ui {

class CommandBox;
struct WizardSession;

// Manual mode, step 2 (optional, either part): the commands for the remote
// server (tcp_tw_recycle, kernel, counters) and for a private instance (the
// connection probe with TCP timestamps on, then off), each with a box to
// paste what they printed. The same parsers as the guided mode read it.
class ManualServerPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY(ManualServerPage)

public:
    ManualServerPage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

    // For tests: the paste boxes.
    QPlainTextEdit* serverOutput() const { return m_serverOutput; }
    QPlainTextEdit* baselineOutput() const { return m_baselineOutput; }
    QPlainTextEdit* withoutTimestampsOutput() const { return m_offOutput; }

private:
    QPlainTextEdit* pasteBox(const QString& accessibleName);
    void forgetPastedResults();

    WizardSession& m_session;
    CommandBox* m_server = nullptr;
    CommandBox* m_probe = nullptr;
    CommandBox* m_off = nullptr;
    CommandBox* m_restore = nullptr;
    QPlainTextEdit* m_serverOutput = nullptr;
    QPlainTextEdit* m_baselineOutput = nullptr;
    QPlainTextEdit* m_offOutput = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace natdoctor::ui
