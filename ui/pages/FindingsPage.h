#pragma once

#include "diagnosis/DiagnosisSession.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;
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
    // Writes the report of what the page shows to `path` (format by its
    // extension). The Export button asks for the path and shows `error`.
    bool exportReport(const QString& path, bool redact, QString& error) const;

private:
    diagnosis::DiagnosisSession reportSession() const;
    void chooseAndExport();

    WizardSession& m_session;
    QLabel* m_verdict = nullptr;
    QWidget* m_list = nullptr;
    QVBoxLayout* m_listLayout = nullptr;
    QCheckBox* m_redact = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace natdoctor::ui
