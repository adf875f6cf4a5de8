// The findings report (PDF, HTML, JSON) from recorded sessions, checked with
// poppler-utils, and the Findings page's export.
#include "ReportTestSupport.h"
#include "WizardSession.h"
#include "diagnosis/DiagnosisFile.h"
#include "diagnosis/DiagnosisRules.h"
#include "pages/FindingsPage.h"
#include "report/OfflineSession.h"
#include "report/Redactor.h"
#include "report/ReportWriter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace natdoctor;
using namespace natdoctor::ui;
using natdoctor::test::pdfText;
using natdoctor::test::runTool;
using natdoctor::test::squeezed;

class ReportTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    diagnosis::DiagnosisSession m_session;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString write(const QString& name, bool redact,
                  std::optional<QPageSize::PageSizeId> paper = QPageSize::A4)
    {
        ReportOptions options;
        options.redact = redact;
        options.paper = paper;
        QString error;
        const QString p = path(name);
        if (!ReportWriter::write(m_session, p, options, error))
            qWarning("write failed: %s", qPrintable(error));
        return p;
    }
    static QString readAll(const QString& file)
    {
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        return QString::fromUtf8(f.readAll());
    }
    int pdfPages(const QString& pdf)
    {
        const auto info = runTool(QStringLiteral("pdfinfo"), { pdf });
        const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
        return info.exitCode == 0 && m.hasMatch() ? m.captured(1).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_session = test::recordedSession();
        QVERIFY(!m_session.findings.empty());
        QVERIFY(diagnosis::verdict(m_session).severity == diagnosis::Severity::Problem);
    }

    void pdfHasVerdictFindingsCommandsAndPageNumbers()
    {
        const QString pdf = write(QStringLiteral("session.pdf"), false);
        const int pages = pdfPages(pdf);
        QVERIFY2(pages >= 2, "pdfinfo must accept the PDF and count its pages");
        const QString text = pdfText(pdf);
        const QString flat = squeezed(text);
        // Wrapped commands end their lines in a shell continuation.
        const QString flatCommands = squeezed(QString(text).remove(u'\\'));
        QVERIFY(flat.contains(squeezed(QString::fromStdString(diagnosis::verdict(m_session).headline))));
        int commands = 0;
        for (const diagnosis::Finding& f : m_session.findings) {
            QVERIFY2(flat.contains(squeezed(QString::fromStdString(f.title))), f.title.c_str());
            QVERIFY2(text.contains(QString::fromStdString(f.id)), f.id.c_str());
            for (const diagnosis::Action& a : f.actions) {
                for (const std::string& c : a.commands) {
                    QVERIFY2(flatCommands.contains(squeezed(QString::fromStdString(c)).remove(u'\\')),
                             c.c_str());
                    ++commands;
                }
            }
        }
        QVERIFY(commands >= 2);
        for (int page = 1; page <= pages; ++page)
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                     qPrintable(QString::number(page)));
        // What was checked, and the evidence: commands, hosts, their output in the appendix.
        QVERIFY(text.contains(QStringLiteral("What was checked")));
        QVERIFY(text.contains(QStringLiteral("pub.lab.example")));
        QVERIFY(flat.contains(squeezed(QString::fromStdString(m_session.evidence[1].command))));
        QVERIFY(text.contains(QStringLiteral("4.9.0-19-amd64")));
        // Charts are vector graphics: their titles and axis labels are text, and there is no image.
        QVERIFY(text.contains(QStringLiteral("Fragment sizes")));
        QVERIFY(text.contains(QStringLiteral("Connection success over time")));
        const auto images = runTool(QStringLiteral("pdfimages"), { QStringLiteral("-list"), pdf });
        QCOMPARE(images.exitCode, 0);
        QCOMPARE(images.out.trimmed().split(u'\n').size(), 2); // the header lines only

        // The PDF and its first page as PNG, for people (and the README).
        QFile::remove(QStringLiteral(REPORT_OUTPUT_DIR "/report-session.pdf"));
        QVERIFY(QFile::copy(pdf, QStringLiteral(REPORT_OUTPUT_DIR "/report-session.pdf")));
        const QString png = QStringLiteral(REPORT_OUTPUT_DIR "/report-page");
        QFile::remove(png + QStringLiteral("-1.png"));
        QCOMPARE(runTool(QStringLiteral("pdftoppm"),
                         { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                           QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                           QStringLiteral("1"), pdf, png })
                     .exitCode,
                 0);
        QVERIFY(QFileInfo(png + QStringLiteral("-1.png")).size() > 1000);
    }

    void paperSizeFollowsTheOption()
    {
        const QString letter = write(QStringLiteral("letter.pdf"), false, QPageSize::Letter);
        QVERIFY(runTool(QStringLiteral("pdfinfo"), { letter }).out.contains(QStringLiteral("612 x 792 pts")));
        const QString a4 = write(QStringLiteral("a4.pdf"), false, QPageSize::A4);
        QVERIFY(runTool(QStringLiteral("pdfinfo"), { a4 }).out.contains(QStringLiteral("595 x 842 pts")));
    }

    void redactionLeavesNoAddressInAnyFormat()
    {
        const QStringList originals { QStringLiteral("198.18.3.10"), QStringLiteral("pub.lab.example"),
                                      QStringLiteral("2001:2:0:2::10") };
        const QString plainHtml = readAll(write(QStringLiteral("plain.html"), false));
        for (const QString& o : originals)
            QVERIFY2(plainHtml.contains(o), qPrintable(o)); // so the checks below can fail
        const QString pdf = pdfText(write(QStringLiteral("redacted.pdf"), true));
        const QString html = readAll(write(QStringLiteral("redacted.html"), true));
        const QString json = readAll(write(QStringLiteral("redacted.json"), true));
        for (const QString& o : originals) {
            QVERIFY2(!pdf.contains(o), qPrintable(o));
            QVERIFY2(!html.contains(o), qPrintable(o));
            QVERIFY2(!json.contains(o), qPrintable(o));
        }
        // Stable placeholders: the destination is host-A everywhere, the public host host-B.
        QVERIFY(pdf.contains(QStringLiteral("host-A, port 80")));
        QVERIFY(html.contains(QStringLiteral("host-A, port 80")));
        QVERIFY(pdf.contains(QStringLiteral("natlab@host-B")));
        QVERIFY(json.contains(QStringLiteral("\"host-A\"")));
        QVERIFY(pdf.contains(QStringLiteral("redacted")));
        // A redacted session file still opens in natdoctor (addresses read as unknown).
        const auto loaded = diagnosis::loadSession(json.toStdString());
        QVERIFY2(loaded, loaded.error.c_str());
        QCOMPARE(loaded.value->findings.size(), m_session.findings.size());
    }

    void redactorIsStableAndLeavesOtherTextAlone()
    {
        Redactor r;
        r.learnHost(QStringLiteral("db.example.com"));
        QCOMPARE(r.apply(QStringLiteral("ssh admin@db.example.com; ping 10.1.2.3 and 10.1.2.3.")),
                 QStringLiteral("ssh admin@host-A; ping host-B and host-B."));
        QCOMPARE(r.apply(QStringLiteral("[2001:db8:0:0::1]:22 2001:db8::1 fe80::1%eth0")),
                 QStringLiteral("[host-C]:22 host-C host-D"));
        const QString untouched
            = QStringLiteral("std::string at 21:28:23, kernel 4.9.0-19-amd64, "
                             "net.ipv4.tcp_timestamps, /etc/sysctl.d/90.conf, 127.0.0.1, ::1, "
                             "db.example.com.au, sub.db.example.com");
        QCOMPARE(r.apply(untouched), untouched);
        r.learn(QStringLiteral("GET http://files.internal/x"));
        QCOMPARE(r.apply(QStringLiteral("Host: files.internal")), QStringLiteral("Host: host-E"));
    }

    void htmlIsOneSelfContainedFile()
    {
        const QString html = readAll(write(QStringLiteral("session.html"), false));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(
            html.contains(QString::fromStdString(diagnosis::verdict(m_session).headline).toHtmlEscaped()));
        QCOMPARE(html.count(QStringLiteral("<svg")), 2);
        QVERIFY(!html.contains(QStringLiteral("<link")));
        QVERIFY(!html.contains(QStringLiteral("src=")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        for (const diagnosis::Finding& f : m_session.findings)
            QVERIFY(html.contains(QString::fromStdString(f.title).toHtmlEscaped()));
    }

    // The JSON report is the session file. Checked against what the recorded
    // session holds (literal values, read with Qt's own JSON parser), not
    // against saveSession(), which is the code that produced it.
    void jsonIsTheSessionFile()
    {
        const QString file = write(QStringLiteral("session.json"), false);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o[u"format"].toString(), QStringLiteral("natdoctor-session"));
        QCOMPARE(o[u"version"].toInt(), 1);
        QCOMPARE(o[u"natdoctor_version"].toString(), QStringLiteral("0.1.0"));
        QCOMPARE(o[u"started_at"].toString(), QStringLiteral("2026-11-25T20:00:00Z"));
        const QJsonObject in = o[u"inputs"].toObject();
        QCOMPARE(in[u"destination"][u"host"].toString(), QStringLiteral("198.18.3.10"));
        QCOMPARE(in[u"destination"][u"port"].toInt(), 80);
        QCOMPARE(in[u"http_path"].toString(), QStringLiteral("/bytes/65536"));
        QCOMPARE(in[u"public"][u"host"].toString(), QStringLiteral("pub.lab.example"));
        QCOMPARE(in[u"private"][u"host"].toString(), QStringLiteral("2001:2:0:2::10"));
        QCOMPARE(in[u"remote"][u"port"].toInt(), 2222);

        const QJsonArray evidence = o[u"evidence"].toArray();
        QCOMPARE(evidence.size(), 4);
        QCOMPARE(evidence[0][u"output"].toString(),
                 QStringLiteral("tcpdump: listening on any, link-type LINUX_SLL2\n124 packets captured\n"));
        QCOMPARE(evidence[0][u"seconds"].toDouble(), 6.2);
        QCOMPARE(evidence[1][u"output"].toString(), QStringLiteral("200 65536"));
        QCOMPARE(evidence[2][u"output"].toString().toStdString(),
                 test::readData(QStringLiteral("probes/kernel-probe-4.9-tw-recycle-on-before.txt")));
        QCOMPARE(evidence[3][u"summary"].toString(), QStringLiteral("PAWSPassive 3 -> 41"));

        // The analysis of pub-any-gateway-large.pcap (tshark agrees: 124 records,
        // 90 fragments, all TCP, from 198.18.3.10).
        const QJsonObject capture = o[u"fragmentation"][u"capture"].toObject();
        QCOMPARE(capture[u"packets"].toInt(), 124);
        QCOMPARE(capture[u"fragments"][u"packets"].toInt(), 90);
        QCOMPARE(capture[u"fragments"][u"by_protocol"][u"tcp"].toInt(), 90);
        QCOMPARE(capture[u"fragments"][u"by_source"][0][u"address"].toString(),
                 QStringLiteral("198.18.3.10"));
        QCOMPARE(o[u"fragmentation"][u"largest_response_bytes"].toInt(), 65536);

        QStringList ids;
        for (const QJsonValue& finding : o[u"findings"].toArray())
            ids << finding[u"id"].toString();
        QVERIFY2(ids.contains(QStringLiteral("tcp-fragments-from-destination")), qPrintable(ids.join(u',')));
        QVERIFY2(ids.contains(QStringLiteral("tw-recycle-enabled")), qPrintable(ids.join(u',')));
        QCOMPARE(o[u"verdict"][u"severity"].toString(), QStringLiteral("problem"));

        const auto loaded = diagnosis::loadSession(bytes.toStdString());
        QVERIFY2(loaded, loaded.error.c_str());
        QCOMPARE(loaded.value->evidence.size(), m_session.evidence.size());
    }

    void appendixOutputIsBounded()
    {
        diagnosis::DiagnosisSession s = m_session;
        std::string longOutput;
        for (int i = 1; i <= 500; ++i)
            longOutput += "output line " + std::to_string(i) + "\n";
        s.evidence[0].output = longOutput;
        const QString file = path(QStringLiteral("long.pdf"));
        QString error;
        QVERIFY2(ReportWriter::write(s, file, { false, QPageSize::A4, {} }, error), qPrintable(error));
        const QString text = pdfText(file);
        QVERIFY(text.contains(QStringLiteral("output line 200\n")));
        QVERIFY(!text.contains(QStringLiteral("output line 201\n")));
        QVERIFY(text.contains(QStringLiteral("… cut: 300 more lines")));
    }

    void existingFileIsReplacedWholeAndFailuresSayWhy()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("report.pdf"));
        {
            QFile old(file);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old contents");
        }
        QString error;
        QVERIFY2(ReportWriter::write(m_session, file, {}, error), qPrintable(error));
        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF-"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList { QStringLiteral("report.pdf") });

        QVERIFY(!ReportWriter::write(m_session, QStringLiteral("/proc/x.pdf"), {}, error));
        QVERIFY2(error.contains(QStringLiteral("/proc/x.pdf")), qPrintable(error));
        QVERIFY(!QFile::exists(QStringLiteral("/proc/x.pdf")));
        QVERIFY(!ReportWriter::write(m_session, dir.path() + QStringLiteral("/sub.pdf/"), {}, error));
        QVERIFY(QDir().mkdir(dir.filePath(QStringLiteral("dir.pdf"))));
        QVERIFY(!ReportWriter::write(m_session, dir.filePath(QStringLiteral("dir.pdf")), {}, error));
        QVERIFY2(error.contains(QStringLiteral("directory")), qPrintable(error));
        QVERIFY(!ReportWriter::write(m_session, dir.filePath(QStringLiteral("report.txt")), {}, error));
        QVERIFY2(error.contains(QStringLiteral(".pdf, .html or .json")), qPrintable(error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList { QStringLiteral("report.pdf") });
    }

    void findingsPageExportsTheOfflineAnalysis()
    {
        WizardSession session;
        session.mode = WizardMode::Offline;
        session.captureFile = QStringLiteral(NATDOCTOR_TEST_DATA "/pub-eth-gateway-large.pcap");
        session.captureSummary = test::analyzeData(QStringLiteral("pub-eth-gateway-large.pcap"));
        FindingsPage page(session);
        page.initializePage();
        const auto buttons = page.findChildren<QPushButton*>();
        QVERIFY(std::any_of(buttons.begin(), buttons.end(), [](const QPushButton* b) {
            return QString(b->text()).remove(u'&').startsWith(QStringLiteral("Export"));
        }));
        QString error;
        const QString file = path(QStringLiteral("page.pdf"));
        QVERIFY2(page.exportReport(file, true, error), qPrintable(error));
        const QString text = pdfText(file);
        QVERIFY(text.contains(QStringLiteral("The destination sends fragmented TCP packets")));
        QVERIFY(text.contains(QStringLiteral("pub-eth-gateway-large.pcap")));
        QVERIFY(!text.contains(QStringLiteral("198.18.3.10")));
        QVERIFY(text.contains(QStringLiteral("host-A")));
    }
};

QTEST_MAIN(ReportTest)
#include "ReportTest.moc"
