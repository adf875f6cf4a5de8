#pragma once

#include "WizardSession.h"

#include <QWizard>

namespace natdoctor::ui {

class DiagnosisController;
class WelcomePage;

// Assembles the pages and owns the session they share. Nothing else.
class Wizard : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY(Wizard)

public:
    explicit Wizard(QWidget* parent = nullptr);
    ~Wizard() override;

    WizardSession& session() { return m_session; }
    DiagnosisController& controller() { return *m_controller; }
    void reject() override;
    // Starts offline analysis of `path` (command line, drag and drop).
    void openCapture(const QString& path);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    // Escape, Cancel or closing the window asks first when this is true.
    bool hasWorkToLose() const;
    bool confirmQuit(const QString& title, const QString& text);
    // Moves and shrinks the window into its screen's available geometry.
    void fitToScreen();

    WizardSession m_session;
    DiagnosisController* m_controller = nullptr;
    WelcomePage* m_welcome = nullptr;
};

} // namespace natdoctor::ui
