#pragma once

#include "diagnosis/DiagnosisSession.h"

#include <QWizardPage>
#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QUrl;
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
    // Exports to `path` with the page's Redact choice, then confirms with the
    // path and offers to open the report or its folder (through `opener`).
    void exportAndConfirm(const QString& path);
    void setUrlOpener(std::function<bool(const QUrl&)> opener) { m_openUrl = std::move(opener); }
    // Where the export dialog starts: ~/Documents when it exists, else home;
    // named after the case id when set, else the capture (without its
    // extension), else "natdoctor-report", made safe as a file name.
    static QString defaultExportPath(const QString& captureFile, const QString& documents,
                                     const QString& home, const QString& caseId = {});
    // `name` as a file name on any file system: no separators, reserved or
    // control characters, spaces as "-", at most 100 characters; may be empty.
    static QString safeFileName(const QString& name);

    // The optional case fields (shown at the top of the report, kept in the
    // session); the page's fields and the session's always agree.
    diagnosis::CaseDetails caseDetails() const;
    void setCaseDetails(const diagnosis::CaseDetails& details);

private:
    diagnosis::DiagnosisSession reportSession() const;
    void chooseAndExport();
    void keepCaseDetails();

    WizardSession& m_session;
    QLabel* m_verdict = nullptr;
    QWidget* m_list = nullptr;
    QVBoxLayout* m_listLayout = nullptr;
    QLineEdit* m_caseId = nullptr;
    QLineEdit* m_customer = nullptr;
    QLineEdit* m_whereCaptured = nullptr;
    QCheckBox* m_redact = nullptr;
    QPushButton* m_export = nullptr;
    std::function<bool(const QUrl&)> m_openUrl;
    // Offline mode: the capture's session (findings with their evidence),
    // made once in initializePage and shown and exported as it is.
    std::optional<diagnosis::DiagnosisSession> m_offline;
};

} // namespace natdoctor::ui
