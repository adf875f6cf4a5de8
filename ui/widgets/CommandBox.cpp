#include "widgets/CommandBox.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QWheelEvent>
#include <cmath>

namespace natdoctor::ui {

namespace {

// The command's text: wraps at the box's width (anywhere inside a long word
// such as a URL), is as tall as its wrapped lines, and leaves the wheel to the
// page around it.
class CommandText : public QPlainTextEdit
{
public:
    explicit CommandText(QWidget* parent)
        : QPlainTextEdit(parent)
    {
        setReadOnly(true);
        setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        setTabChangesFocus(true);
        setLineWrapMode(QPlainTextEdit::WidgetWidth);
        setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    // Lays the text out at the current width and fixes the height to it.
    // While hidden the width is not the final one (a page laid out before it
    // is shown can be a few pixels wide): its lines, unwrapped, until shown.
    void fitHeight()
    {
        const int wanted = isVisible() ? contentHeight() : unwrappedHeight();
        if (wanted != height() || wanted != minimumHeight())
            setFixedHeight(wanted);
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QPlainTextEdit::resizeEvent(event); // re-wraps at the new width
        fitHeight();
    }

    void showEvent(QShowEvent* event) override
    {
        QPlainTextEdit::showEvent(event);
        fitHeight();
    }

    void changeEvent(QEvent* event) override
    {
        QPlainTextEdit::changeEvent(event);
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
            fitHeight();
    }

    // Nothing to scroll here: the page scrolls (the event goes to the parents).
    void wheelEvent(QWheelEvent* event) override { event->ignore(); }

private:
    int frameHeight() const
    {
        const QMargins frame = contentsMargins();
        const QMargins viewport = viewportMargins();
        return frame.top() + frame.bottom() + viewport.top() + viewport.bottom();
    }

    int unwrappedHeight() const
    {
        const qreal text = 3 * document()->documentMargin() + 1
            + document()->blockCount() * QFontMetricsF(document()->defaultFont()).lineSpacing();
        return static_cast<int>(std::ceil(text)) + frameHeight();
    }

    int contentHeight() const
    {
        const QTextDocument* doc = document();
        QAbstractTextDocumentLayout* layout = doc->documentLayout();
        // QPlainTextDocumentLayout: each block laid out at the viewport's
        // width; the last block's rectangle includes the bottom margin, the
        // top margin is the offset of the first block. QPlainTextEdit scrolls
        // unless the lines fit in the viewport's height less the top margin
        // and one pixel.
        qreal text = doc->documentMargin() + 1;
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
            text += layout->blockBoundingRect(block).height();
        return static_cast<int>(std::ceil(text)) + frameHeight();
    }
};

} // namespace

CommandBox::CommandBox(const QString& purpose, QWidget* parent)
    : QWidget(parent)
{
    m_purpose = new QLabel(purpose, this);
    m_purpose->setWordWrap(true);
    auto* text = new CommandText(this);
    m_command = text;
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setAccessibleName(purpose);
    text->fitHeight();
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
    grid->setColumnStretch(0, 1);
}

QPlainTextEdit* CommandBox::createCommandView(const QString& command, QWidget* parent)
{
    auto* view = new CommandText(parent);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setPlainText(command);
    view->fitHeight();
    return view;
}

void CommandBox::setCommand(const QString& command)
{
    m_command->setPlainText(command);
    static_cast<CommandText*>(m_command)->fitHeight();
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
