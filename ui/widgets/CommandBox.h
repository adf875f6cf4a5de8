#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace natdoctor::ui {

// An exact command to run by hand: what it is for, the command in monospace
// (selectable with the mouse and the keyboard), and a one-click Copy button.
// The command is never clipped: long lines wrap and the box is exactly as tall
// as its wrapped lines at its current width (no scroll bar); the mouse wheel
// over it scrolls the page, not the box.
class CommandBox : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(CommandBox)

public:
    CommandBox(const QString& purpose, QWidget* parent = nullptr);

    void setCommand(const QString& command);
    QString command() const;
    // "Copy &N" instead of "&Copy": unique mnemonics on a page of several boxes.
    void setCopyNumber(int number);
    QPushButton* copyButton() const { return m_copy; }
    // The read-only text that shows the command.
    QPlainTextEdit* commandView() const { return m_command; }
    // A read-only view of `command` like the box's own (monospace, wrapped,
    // as tall as its lines, the wheel left to the page), for commands shown
    // elsewhere (a finding's actions).
    static QPlainTextEdit* createCommandView(const QString& command, QWidget* parent);
    // Says "Copied" on `button` for a moment: the click did something.
    static void showCopied(QPushButton* button);

private:
    QLabel* m_purpose = nullptr;
    QPlainTextEdit* m_command = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace natdoctor::ui
