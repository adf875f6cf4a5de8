#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace natdoctor::ui {

// An exact command to run by hand: what it is for, the command in monospace
// (selectable), and a one-click Copy button.
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
    // Says "Copied" on `button` for a moment: the click did something.
    static void showCopied(QPushButton* button);

private:
    QLabel* m_purpose = nullptr;
    QPlainTextEdit* m_command = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace natdoctor::ui
