#include "widgets/CommandBox.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

namespace natdoctor::ui {

CommandBox::CommandBox(const QString& purpose, QWidget* parent)
    : QWidget(parent)
{
    m_purpose = new QLabel(purpose, this);
    m_purpose->setWordWrap(true);
    m_command = new QPlainTextEdit(this);
    m_command->setReadOnly(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_command->setAccessibleName(purpose);
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setAccessibleName(tr("Copy: %1").arg(purpose));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(command());
        showCopied(m_copy);
    });
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_purpose, 0, 0, 1, 2);
    grid->addWidget(m_command, 1, 0);
    grid->addWidget(m_copy, 1, 1, Qt::AlignTop);
}

void CommandBox::setCommand(const QString& command)
{
    m_command->setPlainText(command);
    const int lines = std::min<int>(static_cast<int>(command.count(QLatin1Char('\n'))) + 1, 8);
    m_command->setFixedHeight(m_command->fontMetrics().lineSpacing() * lines + 14);
}

QString CommandBox::command() const
{
    return m_command->toPlainText();
}

void CommandBox::setCopyNumber(int number)
{
    m_copy->setText(tr("Copy &%1").arg(number));
}

void CommandBox::showCopied(QPushButton* button)
{
    static const char* const Original = "natdoctorCopyText";
    if (!button->property(Original).isValid())
        button->setProperty(Original, button->text());
    button->setText(tr("Copied"));
    QTimer::singleShot(1500, button, [button] {
        button->setText(button->property(Original).toString());
        button->setProperty(Original, QVariant());
    });
}

} // namespace natdoctor::ui
