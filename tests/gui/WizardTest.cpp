// The wizard, offscreen: the Welcome page, and the offline path on a real
// capture recorded in the lab (gateway mode: fragments from the destination).
#include "Wizard.h"
#include "pages/FindingsPage.h"
#include "pages/PageId.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

using namespace natdoctor::ui;

class WizardTest : public QObject
{
    Q_OBJECT

private slots:
    void init() { QApplication::setOrganizationName(QStringLiteral("natdoctor-tests")); }

    void opensOnTheWelcomePage()
    {
        Wizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(WelcomePageId));
        QVERIFY(wizard.currentPage()->title().contains(QStringLiteral("NAT Doctor")));
        const auto labels = wizard.currentPage()->findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.begin(), labels.end(),
            [](const QLabel* l) { return l->text().contains(QStringLiteral("tcp_tw_recycle")); }));
        // Guided is the default; for a capture file, Next waits for the file.
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.currentPage()->findChild<QRadioButton*>(QStringLiteral("offline"))->setChecked(true);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        saveScreenshot(wizard, QStringLiteral("01-welcome.png"));
    }

    void offlinePathShowsTheFragmentationFinding()
    {
        Wizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.openCapture(QStringLiteral(NATDOCTOR_TEST_DATA "/pub-any-gateway-large.pcap"));
        QCOMPARE(wizard.currentId(), int(CaptureAnalysisPageId));
        // The analysis runs on a worker thread; Next enables when it is done.
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 10000);
        QVERIFY(wizard.session().captureSummary.has_value());
        QCOMPARE(wizard.session().captureSummary->fragments.packets, 90u);
        saveScreenshot(wizard, QStringLiteral("02-capture-analysis.png"));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(FindingsPageId));
        auto* findings = qobject_cast<FindingsPage*>(wizard.currentPage());
        QVERIFY(findings);
        QVERIFY(findings->shownFindingIds().contains(QStringLiteral("tcp-fragments-from-destination")));
        QVERIFY(findings->verdictText().contains(QStringLiteral("fragmented TCP")));
        saveScreenshot(wizard, QStringLiteral("03-findings.png"));
    }

    void aBadFileSaysWhyAndNextStaysDisabled()
    {
        QTemporaryFile text;
        QVERIFY(text.open());
        text.write("GET / HTTP/1.1\r\nHost: example\r\n\r\n");
        text.flush();
        Wizard wizard;
        wizard.show();
        wizard.openCapture(text.fileName());
        QCOMPARE(wizard.currentId(), int(CaptureAnalysisPageId));
        const auto labels = wizard.currentPage()->findChildren<QLabel*>();
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(labels.begin(), labels.end(),
                                     [](const QLabel* l) { return l->text().contains(QStringLiteral("not a pcap")); }),
            10000);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        // Back works, and the user can choose again.
        wizard.back();
        QCOMPARE(wizard.currentId(), int(WelcomePageId));
    }

private:
    static void saveScreenshot(QWidget& widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("NATDOCTOR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(widget.grab().save(dir + QLatin1Char('/') + name));
    }
};

QTEST_MAIN(WizardTest)
#include "WizardTest.moc"
