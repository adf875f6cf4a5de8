#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

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

private:
    QLabel* m_purpose = nullptr;
    QPlainTextEdit* m_command = nullptr;
};

} // namespace natdoctor::ui
