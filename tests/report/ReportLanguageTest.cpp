// The report's findings in the user's language (issue 14, item 1): the PDF and
// HTML of the example capture in German show the German verdict, titles,
// details, confidence names and proof, and decimals with a decimal comma;
// English stays the default. Checked with poppler-utils' pdftotext.
#include "ReportTestSupport.h"
#include "Translations.h"
#include "diagnosis/DiagnosisRules.h"
#include "report/OfflineSession.h"
#include "report/ReportWriter.h"

#include <QApplication>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace natdoctor;
using namespace natdoctor::ui;

namespace {

const QString ExampleCapture
    = QStringLiteral(NATDOCTOR_SOURCE_DIR "/resources/examples/example-gateway-fragments.pcap");

diagnosis::DiagnosisSession exampleSession()
{
    capture::CaptureError error;
    auto reader = capture::CaptureReader::openFile(ExampleCapture.toStdString(), error);
    if (!reader)
        qFatal("cannot open the example capture");
    return sessionFromCapture(analysis::analyzeCapture(*reader), ExampleCapture.toStdString());
}

probes::ConnectionProbeResult attempts(int ok, int timeouts)
{
    probes::ConnectionProbeResult r;
    for (int i = 0; i < ok + timeouts; ++i) {
        probes::Attempt a;
        a.index = i + 1;
        a.result = i < ok ? probes::AttemptResult::Ok : probes::AttemptResult::ConnectTimeout;
        a.bytes = i < ok ? 65536 : 0;
        r.attempts.push_back(a);
    }
    return r;
}

// A guided session whose timestamps test has a p-value of a few thousandths.
diagnosis::DiagnosisSession timestampsSession()
{
    using namespace diagnosis;
    DiagnosisSession s = test::recordedSession();
    s.inputs.remoteServer.reset();
    s.steps.erase(std::remove_if(s.steps.begin(), s.steps.end(),
                                 [](const StepOutcome& o) { return o.step != "fragmentation-check"; }),
                  s.steps.end());
    s.remoteServer.reset();
    TimestampTestResult t;
    t.baseline = attempts(36, 14);
    t.withoutTimestamps = attempts(47, 3);
    t.originalValue = 1;
    t.restored = true;
    t.blocks = 4;
    s.timestampTest = t;
    s.steps.push_back({ std::string(stepName(DiagnosisEngine::Step::TimestampTest)), false, {}, {} });
    s.findings = deriveFindings(s);
    return s;
}

} // namespace

class ReportLanguageTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const diagnosis::DiagnosisSession& s, const QString& name)
    {
        QString error;
        const QString p = m_dir.filePath(name);
        if (!ReportWriter::write(s, p, ReportOptions {}, error))
            qWarning("write failed: %s", qPrintable(error));
        return p;
    }
    static QString readAll(const QString& file)
    {
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        return QString::fromUtf8(f.readAll());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { installTranslations(*qApp, QStringLiteral("en")); }

    void germanReportOfTheExampleCapture()
    {
        QCOMPARE(installTranslations(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        const diagnosis::DiagnosisSession s = exampleSession();
        const QString pdf = test::squeezed(test::pdfText(write(s, QStringLiteral("example-de.pdf"))));
        const QString html = readAll(write(s, QStringLiteral("example-de.html")));
        for (const QString& expected :
             { QStringLiteral("Ursache gefunden: Das Ziel sendet fragmentiertes TCP"),
               QStringLiteral("Das Ziel sendet fragmentierte TCP-Pakete"),
               QStringLiteral("Ein NAT-Gateway leitet IP-Fragmente nur für UDP weiter"),
               QStringLiteral("Konfidenz: hoch"), QStringLiteral("Wireshark-Anzeigefilter:") }) {
            QVERIFY2(pdf.contains(test::squeezed(expected)), qPrintable(expected));
            QVERIFY2(html.contains(expected.toHtmlEscaped()), qPrintable(expected));
        }
        // The step names too ("Schritt: Analyse des Mitschnitts", never the id).
        QVERIFY2(pdf.contains(test::squeezed(QStringLiteral("Analyse des Mitschnitts"))),
                 qPrintable(pdf.left(3000)));
        QVERIFY(html.contains(QStringLiteral("Analyse des Mitschnitts")));
        for (const QString& english :
             { QStringLiteral("The destination sends fragmented"), QStringLiteral("Cause found"),
               QStringLiteral("Confidence: high"), QStringLiteral("capture-analysis"),
               QStringLiteral("Capture analysis") }) {
            QVERIFY2(!pdf.contains(test::squeezed(english)), qPrintable(english));
            QVERIFY2(!html.contains(english), qPrintable(english));
        }
    }

    void germanDecimalsHaveADecimalComma()
    {
        QCOMPARE(installTranslations(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        const diagnosis::DiagnosisSession s = timestampsSession();
        const QString html = readAll(write(s, QStringLiteral("timestamps-de.html")));
        const QString pdf = test::pdfText(write(s, QStringLiteral("timestamps-de.pdf")));
        const QRegularExpression german(QStringLiteral("zweiseitig: p = 0,0\\d\\d\\."));
        QVERIFY2(german.match(html).hasMatch(), qPrintable(html.left(4000)));
        QVERIFY2(german.match(pdf).hasMatch(), qPrintable(pdf.left(4000)));
        QVERIFY(html.contains(QStringLiteral("Verbindungen gelingen ohne TCP-Zeitstempel häufiger")));

        // Each step of a guided session by its name in German, not its id.
        for (const QString& step :
             { QStringLiteral("Fragmentierungsprüfung"), QStringLiteral("Zeitstempeltest") })
            QVERIFY2(html.contains(step), qPrintable(step));
        for (const QString& id : { QStringLiteral("fragmentation-check"), QStringLiteral("timestamp-test") })
            QVERIFY2(!html.contains(id), qPrintable(id));

        QCOMPARE(installTranslations(*qApp, QStringLiteral("es")), QStringLiteral("es"));
        const QString spanish = readAll(write(s, QStringLiteral("timestamps-es.html")));
        for (const QString& step : { QStringLiteral("Comprobación de fragmentación"),
                                     QStringLiteral("Prueba de marcas de tiempo TCP") })
            QVERIFY2(spanish.contains(step), qPrintable(step));

        QCOMPARE(installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        const QString english = readAll(write(s, QStringLiteral("timestamps-en.html")));
        QVERIFY(english.contains(QStringLiteral("Step: Fragmentation check")));
        QVERIFY(english.contains(QStringLiteral("Step: TCP timestamps test")));
        QVERIFY2(
            QRegularExpression(QStringLiteral("two-sided: p = 0\\.0\\d\\d\\.")).match(english).hasMatch(),
            qPrintable(english.left(4000)));
    }

    void aStepSkippedByAConnectionErrorSaysWhyInGerman()
    {
        QCOMPARE(installTranslations(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        diagnosis::DiagnosisSession s = timestampsSession();
        const remote::RemoteError error { remote::RemoteErrorCode::ConnectionFailed,
                                          "198.18.2.30:22: Connection refused" };
        s.steps.push_back(
            { std::string(diagnosis::stepName(diagnosis::DiagnosisEngine::Step::RemoteServerCheck)),
              true,
              remote::describe(error),
              {},
              false,
              error });
        const QString html = readAll(write(s, QStringLiteral("skipped-de.html")));
        QVERIFY2(html.contains(QStringLiteral("Verbindung nicht möglich")), qPrintable(html.left(4000)));
        QVERIFY(html.contains(
            QStringLiteral("198.18.2.30:22: Connection refused"))); // the detail as the host said it
        QVERIFY2(!html.contains(QStringLiteral("could not connect")), "the English reason");
    }
};

QTEST_MAIN(ReportLanguageTest)
#include "ReportLanguageTest.moc"
