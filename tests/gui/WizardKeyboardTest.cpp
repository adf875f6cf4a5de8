// The wizard with the keyboard and on small screens, and the feedback of
// Export and Copy (issue 14, items 3, 5, 6, 9, 11), offscreen.
#include "Translations.h"
#include "WindowGeometry.h"
#include "Wizard.h"
#include "pages/FindingsPage.h"
#include "pages/ManualCapturePage.h"
#include "pages/ManualServerPage.h"
#include "pages/PageId.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QUrl>

using namespace natdoctor::ui;

namespace {

const QString GatewayCapture = QStringLiteral(NATDOCTOR_TEST_DATA "/pub-any-gateway-large.pcap");

// The mnemonic letter of `text` ("&Next >" -> "n"), or an empty string.
QString mnemonicOf(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("&([^&\\s])"));
    const QRegularExpressionMatch m = re.match(QString(text).remove(QStringLiteral("&&")));
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

// Clicks `answer` in the next QMessageBox named `name` that opens (modal, so
// it runs inside the code under test); counts the boxes answered.
void answerNextBox(const QString& name, QMessageBox::StandardButton answer, int& answered)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [=, &answered] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->objectName() != name)
            return;
        ++answered;
        box->button(answer)->click();
        timer->deleteLater();
    });
    timer->start();
}

void pressKey(QWidget& window, Qt::Key key)
{
    QWidget* target = QApplication::focusWidget();
    QTest::keyClick(target ? target : &window, key);
}

} // namespace

class WizardKeyboardTest : public QObject
{
    Q_OBJECT

private slots:
    void init() { QApplication::setOrganizationName(QStringLiteral("natdoctor-tests")); }
    void cleanup() { installTranslations(*qApp, QStringLiteral("en")); }

    // After `natdoctor FILE`, Back sometimes had the focus (Next is disabled
    // while the capture is read) and took Enter. Enter goes Next, always.
    void enterOnTheAnalysisPageGoesNext()
    {
        Wizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        for (int run = 0; run < 50; ++run) {
            wizard.openCapture(GatewayCapture);
            QCOMPARE(wizard.currentId(), int(CaptureAnalysisPageId));
            QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 10000);
            if (run % 2 == 0)
                wizard.button(QWizard::BackButton)->setFocus(); // where the focus was in the failing runs
            pressKey(wizard, Qt::Key_Return);
            QVERIFY2(wizard.currentId() == FindingsPageId, qPrintable(QStringLiteral("run %1").arg(run)));
        }
    }

    void escapeAsksOnceADiagnosisIsUnderWay()
    {
        Wizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        int answered = 0;
        // Nothing done yet: Escape closes without asking.
        pressKey(wizard, Qt::Key_Escape);
        QVERIFY(!wizard.isVisible());
        QCOMPARE(answered, 0);

        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        wizard.openCapture(GatewayCapture);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 10000);
        answerNextBox(QStringLiteral("confirmQuit"), QMessageBox::No, answered);
        pressKey(wizard, Qt::Key_Escape);
        QCOMPARE(answered, 1);
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentId(), int(CaptureAnalysisPageId));

        wizard.next(); // results on screen: asked too, and Yes quits
        QCOMPARE(wizard.currentId(), int(FindingsPageId));
        answerNextBox(QStringLiteral("confirmQuit"), QMessageBox::Yes, answered);
        pressKey(wizard, Qt::Key_Escape);
        QCOMPARE(answered, 2);
        QVERIFY(!wizard.isVisible());
    }

    // Every button and buddy label of every page has an Alt letter, none
    // twice on a page (the wizard's own Back / Next / Finish included), and
    // no label shows a literal "&".
    void mnemonicsAreUniquePerPage_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* language : { "en", "de", "es" })
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void mnemonicsAreUniquePerPage()
    {
        QFETCH(QString, language);
        QCOMPARE(installTranslations(*qApp, language), language);
        Wizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.openCapture(GatewayCapture); // the Findings page with its Copy buttons
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 10000);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FindingsPageId));

        QStringList problems;
        // Every page, the guided ones included (Public host, Fragmentation
        // check, Remote access, Remote server check, Private instance test,
        // AWS twice, Findings): they are all built with the wizard.
        for (const int id : { WelcomePageId, CaptureAnalysisPageId, DestinationPageId, PublicHostPageId,
                              FragmentationCheckPageId, RemoteAccessPageId, RemoteServerCheckPageId,
                              PrivateInstanceTestPageId, ManualCapturePageId, ManualServerPageId,
                              FindingsPageId, AwsPageId, AwsAfterTestPageId })
            QVERIFY2(wizard.pageIds().contains(id), qPrintable(QStringLiteral("page %1 missing").arg(id)));
        QCOMPARE(wizard.pageIds().size(), 13);
        for (const int id : wizard.pageIds()) {
            QWizardPage* page = wizard.page(id);
            QStringList texts;
            for (const QAbstractButton* b : page->findChildren<QAbstractButton*>()) {
                if (qobject_cast<const QPushButton*>(b) && mnemonicOf(b->text()).isEmpty())
                    problems
                        << QStringLiteral("%1: button \"%2\" has no mnemonic").arg(page->title(), b->text());
                texts << b->text();
            }
            for (const QLabel* l : page->findChildren<QLabel*>()) {
                if (l->buddy())
                    texts << l->text();
                else if (l->textFormat() != Qt::RichText && !Qt::mightBeRichText(l->text())
                         && !mnemonicOf(l->text()).isEmpty())
                    problems
                        << QStringLiteral("%1: label \"%2\" shows its \"&\"").arg(page->title(), l->text());
            }
            // The wizard's own buttons as QWizard shows them on this page.
            if (id != wizard.startId() || !wizard.testOption(QWizard::NoBackButtonOnStartPage))
                texts << wizard.buttonText(QWizard::BackButton);
            if (!page->isFinalPage() || wizard.testOption(QWizard::HaveNextButtonOnLastPage))
                texts << wizard.buttonText(page->isCommitPage() ? QWizard::CommitButton
                                                                : QWizard::NextButton);
            if (page->isFinalPage() || wizard.testOption(QWizard::HaveFinishButtonOnEarlyPages))
                texts << wizard.buttonText(QWizard::FinishButton);
            if (!wizard.testOption(QWizard::NoCancelButton))
                texts << wizard.buttonText(QWizard::CancelButton);
            if (wizard.testOption(QWizard::HaveHelpButton))
                texts << wizard.buttonText(QWizard::HelpButton);
            for (const auto which :
                 { QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton }) {
                if (mnemonicOf(wizard.buttonText(which)).isEmpty())
                    problems << QStringLiteral("%1: the wizard's button \"%2\" has no mnemonic")
                                    .arg(page->title(), wizard.buttonText(which));
            }
            QHash<QString, QString> seen;
            for (const QString& text : texts) {
                const QString letter = mnemonicOf(text);
                if (letter.isEmpty())
                    continue;
                if (seen.contains(letter))
                    problems << QStringLiteral("%1: Alt+%2 is \"%3\" and \"%4\"")
                                    .arg(page->title(), letter.toUpper(), seen[letter], text);
                seen.insert(letter, text);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    }

    void tabReachesTheFindingsBeforeExport()
    {
        Wizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.openCapture(GatewayCapture);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 10000);
        wizard.next();
        auto* page = qobject_cast<FindingsPage*>(wizard.currentPage());
        QVERIFY(page);
        QPushButton* exportButton = nullptr;
        QList<QPushButton*> copies;
        for (QPushButton* b : page->findChildren<QPushButton*>()) {
            if (b->text().startsWith(QStringLiteral("&Export")))
                exportButton = b;
            else if (b->text().startsWith(QStringLiteral("Copy")))
                copies << b;
        }
        QVERIFY(exportButton);
        QVERIFY(!copies.isEmpty());
        QList<QWidget*> chain;
        for (QWidget* w = &wizard; chain.size() < 1000;) {
            chain << w;
            w = w->nextInFocusChain();
            if (w == &wizard)
                break;
        }
        for (QPushButton* copy : copies)
            QVERIFY2(chain.indexOf(copy) < chain.indexOf(exportButton), qPrintable(copy->text()));
    }

    // 1440x900 at QT_SCALE_FACTOR=2 is 720x450 device-independent pixels.
    void windowFitsTheAvailableGeometry()
    {
        const QRect small(0, 0, 720, 450);
        for (const QRect wanted : { QRect(0, 0, 980, 720), QRect(0, 0, 1960, 1440), QRect(600, 400, 500, 300),
                                    QRect(-300, -50, 700, 400), QRect(2000, 2000, 400, 300) }) {
            const QRect fitted = fitWithin(wanted, small);
            QVERIFY2(small.contains(fitted),
                     qPrintable(QStringLiteral("%1,%2 %3x%4")
                                    .arg(fitted.x())
                                    .arg(fitted.y())
                                    .arg(fitted.width())
                                    .arg(fitted.height())));
            QCOMPARE(fitted.size(), wanted.size().boundedTo(small.size()));
        }
        // What fits stays where it is, also on a second screen.
        QCOMPARE(fitWithin(QRect(10, 20, 300, 200), small), QRect(10, 20, 300, 200));
        const QRect right(1440, 0, 720, 426);
        QCOMPARE(fitWithin(QRect(0, 0, 980, 720), right), QRect(1440, 0, 720, 426));

        // The wizard itself on the screen it opens on (run also with a
        // 1440x900 screen at scale 2, see CMakeLists.txt).
        Wizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        const QRect available = wizard.screen()->availableGeometry();
        QVERIFY2(available.contains(wizard.frameGeometry()),
                 qPrintable(QStringLiteral("%1x%2 at %3,%4 (minimum %7x%8) on %5x%6")
                                .arg(wizard.frameGeometry().width())
                                .arg(wizard.frameGeometry().height())
                                .arg(wizard.x())
                                .arg(wizard.y())
                                .arg(available.width())
                                .arg(available.height())
                                .arg(wizard.minimumWidth())
                                .arg(wizard.minimumHeight())));
    }

    // Paste tcp_tw_recycle = 1, see the cause, go Back, empty the box, Next:
    // the finding and "Cause found" are gone.
    void manualModeForgetsAnEmptiedBox()
    {
        Wizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.currentPage()->findChild<QRadioButton*>(QStringLiteral("manual"))->setChecked(true);
        wizard.next();
        wizard.currentPage()
            ->findChild<QLineEdit*>(QStringLiteral("destinationHost"))
            ->setText(QStringLiteral("198.18.3.10"));
        wizard.currentPage()->findChild<QSpinBox*>(QStringLiteral("destinationPort"))->setValue(80);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ManualCapturePageId));
        // A capture without fragments: the only cause can come from the paste.
        qobject_cast<ManualCapturePage*>(wizard.currentPage())
            ->openCapture(QStringLiteral(NATDOCTOR_TEST_DATA "/pub-eth-pmtud-large.pcap"));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 10000);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ManualServerPageId));
        auto* server = qobject_cast<ManualServerPage*>(wizard.currentPage());

        QString paste = readData(QStringLiteral("kernel-probe-dst.txt"));
        paste.replace(QStringLiteral("6.18.44-fc-v595"), QStringLiteral("4.4.0-21-generic"));
        paste.replace(
            QStringLiteral("cat: /proc/sys/net/ipv4/tcp_tw_recycle: No such file or directory\n@@ status 1"),
            QStringLiteral("1\n@@ status 0"));
        server->serverOutput()->setPlainText(paste);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FindingsPageId));
        auto* findings = qobject_cast<FindingsPage*>(wizard.currentPage());
        QVERIFY2(findings->shownFindingIds().contains(QStringLiteral("tw-recycle-enabled")),
                 qPrintable(findings->shownFindingIds().join(' ')));
        QVERIFY2(findings->verdictText().contains(QStringLiteral("Cause found")),
                 qPrintable(findings->verdictText()));

        wizard.back();
        QCOMPARE(wizard.currentId(), int(ManualServerPageId));
        server->serverOutput()->clear();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FindingsPageId));
        QVERIFY2(!findings->shownFindingIds().contains(QStringLiteral("tw-recycle-enabled")),
                 qPrintable(findings->shownFindingIds().join(' ')));
        QVERIFY2(!findings->verdictText().contains(QStringLiteral("Cause found")),
                 qPrintable(findings->verdictText()));
    }

    void exportConfirmsWithThePathAndOpensTheFolder()
    {
        Wizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.openCapture(GatewayCapture);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 10000);
        wizard.next();
        auto* page = qobject_cast<FindingsPage*>(wizard.currentPage());
        QList<QUrl> opened;
        page->setUrlOpener([&opened](const QUrl& url) {
            opened << url;
            return true;
        });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.html"));
        QString shownText;
        auto* timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, timer, [&shownText, timer] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("exportDone"))
                return;
            shownText = box->text();
            for (QAbstractButton* b : box->buttons())
                if (b->text() == QLatin1String("&Show in folder"))
                    b->click();
            timer->deleteLater();
        });
        timer->start();
        page->exportAndConfirm(path);
        QVERIFY(QFile::exists(path));
        QVERIFY2(shownText.contains(QDir::toNativeSeparators(path)), qPrintable(shownText));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.front(), QUrl::fromLocalFile(dir.path()));
    }

    void exportStartsInDocumentsNamedAfterTheCapture()
    {
        QTemporaryDir home;
        const QString documents = home.filePath(QStringLiteral("Documents"));
        QCOMPARE(
            FindingsPage::defaultExportPath(QStringLiteral("/tmp/x/acme-db01.pcap"), documents, home.path()),
            home.filePath(QStringLiteral("acme-db01.pdf")));
        QVERIFY(QDir(home.path()).mkdir(QStringLiteral("Documents")));
        QCOMPARE(FindingsPage::defaultExportPath(QString(), documents, home.path()),
                 QDir(documents).filePath(QStringLiteral("natdoctor-report.pdf")));
    }

    void copySaysCopied()
    {
        Wizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.currentPage()->findChild<QRadioButton*>(QStringLiteral("manual"))->setChecked(true);
        wizard.next();
        wizard.currentPage()
            ->findChild<QLineEdit*>(QStringLiteral("destinationHost"))
            ->setText(QStringLiteral("198.18.3.10"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ManualCapturePageId));
        QPushButton* copy = nullptr;
        for (QPushButton* b : wizard.currentPage()->findChildren<QPushButton*>())
            if (b->text() == QLatin1String("Copy &1"))
                copy = b;
        QVERIFY(copy);
        copy->click();
        QCOMPARE(copy->text(), QStringLiteral("Copied"));
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("tcpdump")));
        QTRY_COMPARE_WITH_TIMEOUT(copy->text(), QStringLiteral("Copy &1"), 5000);
    }

private:
    static QString readData(const QString& name)
    {
        QFile file(QStringLiteral(NATDOCTOR_TEST_DATA "/") + name);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
};

QTEST_MAIN(WizardKeyboardTest)
#include "WizardKeyboardTest.moc"
