#pragma once

#include <QWizardPage>

class QLineEdit;
class QRadioButton;

namespace natdoctor::ui {

struct WizardSession;

// First page: what natdoctor checks, and the ways in.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY(WelcomePage)

public:
    WelcomePage(WizardSession& session, QWidget* parent = nullptr);

    int nextId() const override;
    bool isComplete() const override;
    bool validatePage() override;

    // Offline mode on `path`, as if the user had picked it (drag and drop, command line).
    void chooseCaptureFile(const QString& path);

private:
    void browseForCapture();
    void openExampleCapture();

    WizardSession& m_session;
    QRadioButton* m_offline = nullptr;
    QRadioButton* m_guided = nullptr;
    QRadioButton* m_manual = nullptr;
    QLineEdit* m_file = nullptr;
};

} // namespace natdoctor::ui
