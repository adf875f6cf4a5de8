// Command boxes never clip their commands (issue 14, item 4) and every
// focusable widget of the wizard shows a focus ring (item 5), offscreen; run
// at scale 1 and at scale 2 (gui.command_box_2x).
#include "widgets/CommandBox.h"

#include "FocusStyle.h"
#include "Wizard.h"
#include "diagnosis/ManualCommands.h"
#include "pages/FindingsPage.h"
#include "pages/ManualCapturePage.h"
#include "pages/PageId.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>
#include <QTextBlock>
#include <QVBoxLayout>
#include <QWheelEvent>

using natdoctor::ui::CommandBox;
using natdoctor::ui::FocusStyle;

namespace {

// The manual mode's real commands: the capture (a long tcpdump line that
// wraps) and the remote server's multi-line script.
natdoctor::diagnosis::ManualCommands realCommands()
{
    natdoctor::diagnosis::DiagnosisInputs in;
    in.destinationHost = "downloads.very-long-customer-name.example.com";
    in.destinationPort = 443;
    in.trigger = natdoctor::diagnosis::TriggerKind::Https;
    in.httpPath = "/releases/2026/12/natdoctor-large-response-for-the-fragment-check.tar.gz";
    return natdoctor::diagnosis::manualCommands(in);
}

// A page like the manual pages: command boxes in a scroll area.
struct Page
{
    QScrollArea scroll;
    QWidget* content = new QWidget;
    QVBoxLayout* layout = new QVBoxLayout(content);

    Page()
    {
        scroll.setWidgetResizable(true);
        scroll.setWidget(content);
    }
    CommandBox* addBox(const QString& command)
    {
        auto* box = new CommandBox(QStringLiteral("What it is for:"), content);
        box->setCommand(command);
        layout->addWidget(box);
        return box;
    }
};

// Lines the view shows (wrapped lines included).
int laidOutLines(QPlainTextEdit* view)
{
    int lines = 0;
    for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next())
        lines += b.layout() ? b.layout()->lineCount() : 0;
    return lines;
}

// Every character of the command inside the viewport, nothing to scroll to.
QString clipped(QPlainTextEdit* view)
{
    if (view->verticalScrollBar()->isVisible())
        return QStringLiteral("vertical scroll bar shown");
    if (view->horizontalScrollBar()->isVisible())
        return QStringLiteral("horizontal scroll bar shown");
    if (view->verticalScrollBar()->maximum() != 0)
        return QStringLiteral("can scroll by %1 lines").arg(view->verticalScrollBar()->maximum());
    const QRect visible = view->viewport()->rect();
    const int length = view->document()->characterCount();
    for (int pos = 0; pos < length; ++pos) {
        QTextCursor c(view->document());
        c.setPosition(pos);
        const QRect r = view->cursorRect(c);
        if (r.top() < visible.top() || r.bottom() > visible.bottom() || r.left() < visible.left()
            || r.left() > visible.right())
            return QStringLiteral("character %1 at (%2,%3)-(%4) outside the %5x%6 viewport")
                .arg(pos)
                .arg(r.left())
                .arg(r.top())
                .arg(r.bottom())
                .arg(visible.width())
                .arg(visible.height());
    }
    // The laid-out text, in pixels, fits too.
    qreal height = view->document()->documentMargin();
    for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next())
        height += view->document()->documentLayout()->blockBoundingRect(b).height();
    if (height > visible.height())
        return QStringLiteral("document %1 px > viewport %2 px").arg(height).arg(visible.height());
    return {};
}

// A wheel turn over `under` at `at`, delivered as QApplication delivers one
// from the window system: to the widget under the mouse, then to its parents
// until one handles and accepts it. (QApplication does not propagate wheel events sent by
// code, and Qt 6.4 has no public way to send one from the window system.)
// Returns the widget that took it.
QWidget* deliverWheel(QWidget* under, QPointF at, QPoint angle, Qt::KeyboardModifiers modifiers)
{
    const QPointF global = under->mapToGlobal(at);
    for (QWidget* w = under; w; w = w->parentWidget()) {
        QWheelEvent wheel(at, global, QPoint(), angle, Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
        wheel.setAccepted(true);
        const bool handled = QApplication::sendEvent(w, &wheel);
        if (handled && wheel.isAccepted())
            return w;
        if (w->isWindow() || w->testAttribute(Qt::WA_NoMousePropagation))
            return nullptr;
        at += w->pos();
    }
    return nullptr;
}

int differingPixels(const QImage& a, const QImage& b)
{
    if (a.size() != b.size())
        return -1;
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            n += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    return n;
}

int pixelsOfColour(const QImage& image, QRgb colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += (image.pixel(x, y) & 0xffffff) == (colour & 0xffffff) ? 1 : 0;
    return n;
}

} // namespace

class CommandBoxTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        FocusStyle::install();
        const auto c = realCommands();
        QVERIFY(!c.capture.empty());
        QVERIFY(QString::fromStdString(c.serverCheck).count(QLatin1Char('\n')) >= 2);
    }

    void showsEveryLineAtAnyWidth_data()
    {
        QTest::addColumn<int>("pointSize"); // 0: the system's fixed font
        QTest::newRow("system font") << 0;
        QTest::newRow("20 pt") << 20;
    }

    // The long tcpdump line and the server script, at 300, 500 and 900 px and
    // back to 300 (the height follows the width both ways).
    void showsEveryLineAtAnyWidth()
    {
        QFETCH(int, pointSize);
        const auto c = realCommands();
        Page page;
        CommandBox* capture = page.addBox(QString::fromStdString(c.capture));
        CommandBox* server = page.addBox(QString::fromStdString(c.serverCheck));
        page.layout->addStretch(1);
        for (CommandBox* box : { capture, server }) {
            if (pointSize > 0) {
                QFont font = box->commandView()->font();
                font.setPointSize(pointSize);
                box->commandView()->setFont(font);
            }
        }
        page.scroll.resize(900, 500);
        page.scroll.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page.scroll));

        QHash<int, int> heights;
        for (const int width : { 300, 500, 900, 300 }) {
            page.scroll.resize(width, 500);
            for (CommandBox* box : { capture, server }) {
                QPlainTextEdit* view = box->commandView();
                QTRY_VERIFY2(clipped(view).isEmpty(),
                             qPrintable(QStringLiteral("%1 px: %2").arg(width).arg(clipped(view))));
                QCOMPARE(box->command().endsWith(QLatin1Char('\n')), false);
            }
            const int lines = laidOutLines(capture->commandView());
            // The case the boxes clipped: the long line wraps at 300 px.
            if (width == 300) {
                QVERIFY2(lines > 1, qPrintable(QString::number(lines)));
                if (heights.contains(width))
                    QCOMPARE(capture->commandView()->height(), heights[width]);
            }
            heights[width] = capture->commandView()->height();
        }
        QVERIFY2(heights[300] > heights[900],
                 qPrintable(QStringLiteral("%1 <= %2").arg(heights[300]).arg(heights[900])));
        // The text is what Copy copies: wrapping adds no line breaks.
        QApplication::clipboard()->clear();
        capture->copyButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), QString::fromStdString(c.capture));
    }

    // The wizard's manual pages (in the window that fits the screen, 400x300
    // at scale 2): every command box shows its whole command.
    void manualPagesShowWholeCommands()
    {
        using namespace natdoctor::ui;
        Wizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.currentPage()->findChild<QRadioButton*>(QStringLiteral("manual"))->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(DestinationPageId));
        wizard.currentPage()
            ->findChild<QLineEdit*>(QStringLiteral("destinationHost"))
            ->setText(QStringLiteral("downloads.very-long-customer-name.example.com"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ManualCapturePageId));
        const auto checkBoxes = [&wizard](int atLeast) {
            const auto boxes = wizard.currentPage()->findChildren<CommandBox*>();
            QVERIFY(boxes.size() >= atLeast);
            for (CommandBox* box : boxes) {
                QVERIFY(!box->command().isEmpty());
                QTRY_VERIFY2(clipped(box->commandView()).isEmpty(),
                             qPrintable(box->commandView()->accessibleName() + QStringLiteral(": ")
                                        + clipped(box->commandView())));
            }
        };
        checkBoxes(2);
        if (QTest::currentTestFailed())
            return;
        qobject_cast<ManualCapturePage*>(wizard.currentPage())
            ->openCapture(QStringLiteral(NATDOCTOR_TEST_DATA "/pub-eth-gateway-large.pcap"));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 10000);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ManualServerPageId));
        checkBoxes(4);
    }

    // A finding's commands (the fragmentation finding of a capture): whole,
    // and the wheel over them scrolls the findings.
    void findingCommandsShowWhole()
    {
        using namespace natdoctor::ui;
        Wizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.openCapture(QStringLiteral(NATDOCTOR_TEST_DATA "/pub-any-gateway-large.pcap"));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 10000);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FindingsPageId));
        const auto views = wizard.currentPage()->findChildren<QPlainTextEdit*>();
        int commands = 0;
        for (QPlainTextEdit* view : views) {
            if (!view->isVisible() || !view->isReadOnly())
                continue;
            ++commands;
            QTRY_VERIFY2(clipped(view).isEmpty(),
                         qPrintable(view->accessibleName() + QStringLiteral(": ") + clipped(view)));
        }
        QVERIFY2(commands >= 2, qPrintable(QString::number(commands)));
    }

    // The wheel over a box scrolls the page; the box never scrolls.
    void wheelScrollsThePage()
    {
        const auto c = realCommands();
        Page page;
        CommandBox* first = nullptr;
        for (int i = 0; i < 6; ++i) {
            CommandBox* box = page.addBox(QString::fromStdString(i % 2 ? c.serverCheck : c.capture));
            first = first ? first : box;
        }
        page.scroll.resize(400, 300);
        page.scroll.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page.scroll));
        QTRY_VERIFY(page.scroll.verticalScrollBar()->maximum() > 0);
        QCOMPARE(page.scroll.verticalScrollBar()->value(), 0);

        QWidget* under = first->commandView()->viewport();
        const QPointF at(under->width() / 2.0, under->height() / 2.0);
        QWidget* took = deliverWheel(under, at, QPoint(0, -120), Qt::NoModifier);
        QCOMPARE(took, page.scroll.viewport());
        QVERIFY2(page.scroll.verticalScrollBar()->value() > 0, "the page did not scroll");
        QCOMPARE(first->commandView()->verticalScrollBar()->value(), 0);

        // Ctrl+wheel does not zoom the box either.
        const qreal size = first->commandView()->font().pointSizeF();
        const int height = first->commandView()->height();
        deliverWheel(under, at, QPoint(0, 120), Qt::ControlModifier);
        QCOMPARE(first->commandView()->font().pointSizeF(), size);
        QCOMPARE(first->commandView()->height(), height);
    }

    // Keyboard selection in the command: Tab reaches it, Ctrl+Shift+End selects.
    void keyboardSelects()
    {
        CommandBox box(QStringLiteral("What it is for:"));
        box.setCommand(QStringLiteral("sudo sysctl -w net.ipv4.tcp_timestamps=1"));
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        QPlainTextEdit* view = box.commandView();
        QVERIFY(view->focusPolicy() & Qt::TabFocus);
        view->setFocus(Qt::TabFocusReason);
        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_End, Qt::ShiftModifier | Qt::ControlModifier);
        QCOMPARE(view->textCursor().selectedText(), box.command());
        QVERIFY(view->isReadOnly());
    }

    void focusRingIsVisible_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char* kind :
             { "button", "line edit", "spin box", "combo box", "radio", "check", "command box", "link" })
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }

    // Focused and unfocused look different, and the difference is the ring
    // (its colour), also after focus by the mouse or by code, not only by Tab.
    void focusRingIsVisible()
    {
        QFETCH(QString, kind);
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* other = new QPushButton(QStringLiteral("Elsewhere"), &window);
        QWidget* target = nullptr;
        if (kind == QLatin1String("button")) {
            target = new QPushButton(QStringLiteral("&Export"), &window);
        } else if (kind == QLatin1String("line edit")) {
            target = new QLineEdit(QStringLiteral("198.18.3.10"), &window);
        } else if (kind == QLatin1String("spin box")) {
            target = new QSpinBox(&window);
        } else if (kind == QLatin1String("combo box")) {
            auto* combo = new QComboBox(&window);
            combo->addItems({ QStringLiteral("HTTPS GET"), QStringLiteral("HTTP GET") });
            target = combo;
        } else if (kind == QLatin1String("radio")) {
            target = new QRadioButton(QStringLiteral("Manual"), &window);
        } else if (kind == QLatin1String("check")) {
            target = new QCheckBox(QStringLiteral("Redact"), &window);
        } else if (kind == QLatin1String("command box")) {
            auto* box = new CommandBox(QStringLiteral("What it is for:"), &window);
            box->setCommand(QStringLiteral("sudo sysctl -w net.ipv4.tcp_timestamps=1"));
            layout->addWidget(box);
            target = box->commandView();
        } else {
            auto* link
                = new QLabel(QStringLiteral("<a href=\"https://example.com/\">Open the guide</a>"), &window);
            link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
            target = link;
        }
        if (kind != QLatin1String("command box"))
            layout->addWidget(target);
        layout->addWidget(other);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        other->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(other->hasFocus());
        const QImage unfocused = target->grab().toImage();
        target->setFocus(Qt::OtherFocusReason); // not Tab: the base style shows nothing then
        QTRY_VERIFY(target->hasFocus());
        const QImage focused = target->grab().toImage();

        const int edge = unfocused.width() + unfocused.height(); // device pixels
        const int changed = differingPixels(unfocused, focused);
        QVERIFY2(changed >= edge,
                 qPrintable(QStringLiteral("%1 pixels changed, %2 expected").arg(changed).arg(edge)));
        const QRgb ring = FocusStyle::ringColor(target->palette()).rgb();
        const int ringPixels = pixelsOfColour(focused, ring) - pixelsOfColour(unfocused, ring);
        QVERIFY2(ringPixels >= edge / 2,
                 qPrintable(QStringLiteral("%1 more pixels of the ring's colour").arg(ringPixels)));
    }

    // The ring's colour follows the palette and keeps 3:1 against the
    // background; a highlight too close to the window falls back to the text.
    void ringColourFollowsThePalette()
    {
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::WindowText, Qt::black);
        palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
        QCOMPARE(FocusStyle::ringColor(palette), QColor(0x30, 0x8c, 0xc6));
        palette.setColor(QPalette::Highlight, QColor(0xcc, 0xdd, 0xff)); // pale: 1.3:1
        QCOMPARE(FocusStyle::ringColor(palette), QColor(Qt::black));
        // A dark palette: a light highlight is fine, the text colour is light.
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::WindowText, Qt::white);
        palette.setColor(QPalette::Highlight, QColor(0x0b, 0x2a, 0x4a)); // dark on dark
        QCOMPARE(FocusStyle::ringColor(palette), QColor(Qt::white));
    }
};

QTEST_MAIN(CommandBoxTest)
#include "CommandBoxTest.moc"
