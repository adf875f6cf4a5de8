// Findings in the user's language (issue 14, item 1): the German wizard shows
// a German verdict and German findings for the example capture, numbers in
// the German format; each finding's proof (frames, display filter, Copy,
// Open in Wireshark). Offscreen.
#include "Translations.h"
#include "Wizard.h"
#include "findings/FindingText.h"
#include "pages/FindingsPage.h"
#include "pages/PageId.h"
#include "widgets/FindingView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace natdoctor;
using namespace natdoctor::ui;

namespace {

const QString ExampleCapture
    = QStringLiteral(NATDOCTOR_SOURCE_DIR "/resources/examples/example-gateway-fragments.pcap");

FindingsPage* openOnFindings(Wizard& wizard)
{
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return nullptr;
    wizard.openCapture(ExampleCapture);
    if (!QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 10000))
        return nullptr;
    wizard.next();
    return qobject_cast<FindingsPage*>(wizard.currentPage());
}

QString labelText(QWidget* view, const char* name)
{
    auto* label = view->findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QString();
}

} // namespace

class FindingTextGuiTest : public QObject
{
    Q_OBJECT

private slots:
    void init() { QApplication::setOrganizationName(QStringLiteral("natdoctor-tests")); }
    void cleanup()
    {
        installTranslations(*qApp, QStringLiteral("en"));
        FindingView::findWireshark = [] { return QString(); };
    }

    void theWizardSpeaksTheFindingsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("detail");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringLiteral("Ursache gefunden: Das Ziel sendet fragmentiertes TCP")
                            << QStringLiteral("Das Ziel sendet fragmentierte TCP-Pakete")
                            << QStringLiteral("Ein NAT-Gateway leitet IP-Fragmente nur für UDP weiter");
        QTest::newRow("es") << QStringLiteral("es")
                            << QStringLiteral("Causa encontrada: el destino envía TCP fragmentado")
                            << QStringLiteral("El destino envía paquetes TCP fragmentados")
                            << QStringLiteral("Un NAT gateway reenvía fragmentos IP solo para UDP");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("Cause found: the destination sends fragmented TCP")
                            << QStringLiteral("The destination sends fragmented TCP packets")
                            << QStringLiteral("A NAT gateway forwards IP fragments only for UDP");
    }

    void theWizardSpeaksTheFindingsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, verdict);
        QFETCH(QString, title);
        QFETCH(QString, detail);
        QCOMPARE(installTranslations(*qApp, language), language);
        Wizard wizard;
        FindingsPage* page = openOnFindings(wizard);
        QVERIFY(page);
        QVERIFY2(page->verdictText().contains(verdict), qPrintable(page->verdictText()));
        auto* view = page->findChild<FindingView*>(QStringLiteral("tcp-fragments-from-destination"));
        QVERIFY(view);
        QVERIFY2(labelText(view, "findingTitle").contains(title),
                 qPrintable(labelText(view, "findingTitle")));
        const QString shown = labelText(view, "findingDetail");
        QVERIFY2(shown.contains(detail), qPrintable(shown));
        QVERIFY2(!shown.contains(QLatin1Char('{')), qPrintable(shown));
        if (language != QLatin1String("en")) {
            // Not a word of the English finding left on the page.
            for (QLabel* label : page->findChildren<QLabel*>())
                QVERIFY2(!label->text().contains(QStringLiteral("The destination sends")),
                         qPrintable(label->text()));
            for (QLabel* label : view->findChildren<QLabel*>(QStringLiteral("findingAction")))
                QVERIFY2(!label->text().startsWith(QStringLiteral("→ Or ")), qPrintable(label->text()));
        }
    }

    // Decimals in the German format: a finding's decimal parameter, rendered
    // through the translation, has a decimal comma.
    void numbersFollowTheLanguage()
    {
        QCOMPARE(installTranslations(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        const FindingText words;
        QCOMPARE(words.text(NATDOCTOR_TEXT("Finding", "{name} +{n} (idle about {idle})")
                                .plain("name", "PAWSPassive")
                                .integer("n", 38)
                                .decimal("idle", 2.8, 1)),
                 QStringLiteral("PAWSPassive +38 (im Leerlauf etwa 2,8)"));
        QCOMPARE(words.text(NATDOCTOR_TEXT("Finding",
                                           "{n|# TCP fragment|# TCP fragments} ({datagrams|# datagram|# "
                                           "datagrams}, up to {size} bytes) from {sources}.")
                                .integer("n", 1)
                                .integer("datagrams", 2)
                                .integer("size", 1500)
                                .list("sources", {})),
                 QStringLiteral("1 TCP-Fragment (2 Datagramme, bis zu 1500 Byte) von ."));
        QCOMPARE(FindingText::confidence(findings::Confidence::High), QStringLiteral("hoch"));
        QCOMPARE(installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(FindingText().text(NATDOCTOR_TEXT("Finding", "{name} +{n} (idle about {idle})")
                                        .plain("name", "x")
                                        .integer("n", 1)
                                        .decimal("idle", 2.8, 1)),
                 QStringLiteral("x +1 (idle about 2.8)"));
    }

    // The proof: frame numbers, the display filter with Copy, and Open in
    // Wireshark with -r FILE -Y FILTER when wireshark is on the PATH.
    void eachFindingShowsItsProof()
    {
        QString program;
        QStringList arguments;
        FindingView::findWireshark = [] { return QStringLiteral("/usr/bin/wireshark"); };
        FindingView::startDetached = [&](const QString& p, const QStringList& a) {
            program = p;
            arguments = a;
            return true;
        };
        Wizard wizard;
        FindingsPage* page = openOnFindings(wizard);
        QVERIFY(page);
        auto* view = page->findChild<FindingView*>(QStringLiteral("tcp-fragments-from-destination"));
        QVERIFY(view);
        const QString frames = labelText(view, "proofFrames");
        QVERIFY2(frames.startsWith(QStringLiteral("Frames: ")), qPrintable(frames));
        QVERIFY2(frames.count(QLatin1Char(',')) >= 1, qPrintable(frames));
        auto* filter = view->findChild<QLineEdit*>(QStringLiteral("proofFilter"));
        QVERIFY(filter);
        QVERIFY2(filter->text().contains(QStringLiteral("ip.frag_offset>0")), qPrintable(filter->text()));
        view->findChild<QPushButton*>(QStringLiteral("copyFilter"))->click();
        QCOMPARE(QApplication::clipboard()->text(), filter->text());
        auto* open = view->findChild<QPushButton*>(QStringLiteral("openInWireshark"));
        QVERIFY(open);
        open->click();
        QCOMPARE(program, QStringLiteral("/usr/bin/wireshark"));
        QCOMPARE(
            arguments,
            (QStringList { QStringLiteral("-r"), ExampleCapture, QStringLiteral("-Y"), filter->text() }));
        QVERIFY(!labelText(view, "proofLimits").isEmpty());

        // Without wireshark on the PATH there is no such button.
        FindingView::findWireshark = [] { return QString(); };
        Wizard again;
        FindingsPage* second = openOnFindings(again);
        QVERIFY(second);
        QVERIFY(!second->findChild<QPushButton*>(QStringLiteral("openInWireshark")));
    }
};

QTEST_MAIN(FindingTextGuiTest)
#include "FindingTextGuiTest.moc"
