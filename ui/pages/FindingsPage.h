#pragma once

#include <QWizardPage>

class QLabel;
class QVBoxLayout;

namespace natdoctor::ui {

struct WizardSession;

// The answer: the verdict first, then each finding with its explanation and
// the recommended commands.
class FindingsPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY(FindingsPage)

public:
    FindingsPage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    // The finding ids shown, in order (for tests and accessibility tools).
    QStringList shownFindingIds() const;
    QString verdictText() const;

private:
    WizardSession& m_session;
    QLabel* m_verdict = nullptr;
    QWidget* m_list = nullptr;
    QVBoxLayout* m_listLayout = nullptr;
};

} // namespace natdoctor::ui
