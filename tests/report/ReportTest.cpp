// The findings report (PDF, HTML, JSON) from recorded sessions, checked with
// poppler-utils, and the Findings page's export.
#include "ReportTestSupport.h"
#include "Translations.h"
#include "WizardSession.h"
#include "charts/ChartStyle.h"
#include "charts/SuccessTimelineChart.h"
#include "diagnosis/DiagnosisFile.h"
#include "diagnosis/DiagnosisRules.h"
#include "pages/FindingsPage.h"
#include "report/OfflineSession.h"
#include "report/Redactor.h"
#include "report/ReportModel.h"
#include "report/ReportWriter.h"

#include <QAreaSeries>
#include <QChart>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QValueAxis>
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
        QCOMPARE(installTranslations(*qApp, QStringLiteral("en")),
                 QStringLiteral("en")); // English plural forms
        m_session = test::recordedSession();
        QVERIFY(!m_session.findings.empty());
        QVERIFY(diagnosis::verdict(m_session).severity == findings::Severity::Problem);
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
        for (const findings::Finding& f : m_session.findings) {
            QVERIFY2(flat.contains(squeezed(QString::fromStdString(f.title.english()))),
                     f.title.english().c_str());
            QVERIFY2(text.contains(QString::fromStdString(f.id)), f.id.c_str());
            for (const findings::Action& a : f.actions) {
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

    void redactionHidesAHostNamedCaptureFile()
    {
        // A capture named after a customer's host, in a directory that names the customer.
        QTemporaryDir cases;
        const QString dir = cases.filePath(QStringLiteral("acme-case-4711"));
        QVERIFY(QDir().mkpath(dir));
        const QString name = QStringLiteral("acme-prod-db01.corp.example.com_10.20.30.40.pcap");
        const QString capture = dir + u'/' + name;
        QVERIFY(QFile::copy(QStringLiteral(NATDOCTOR_TEST_DATA "/pub-eth-gateway-large.pcap"), capture));
        diagnosis::DiagnosisSession session = sessionFromCapture(
            test::analyzeData(QStringLiteral("pub-eth-gateway-large.pcap")), capture.toStdString());
        // A pasted output that names hosts without user@ or a URL.
        diagnosis::Evidence pasted;
        pasted.step = "remote-server-check";
        pasted.host = "pasted by hand";
        pasted.command = "uname -n; hostname -f";
        pasted.output = "ip-10-0-1-23\nip-10-0-1-23.eu-west-1.compute.internal\napp01.acme.corp\n"
                        "Globex \"Prod\" Industries ticket SR-2026-0042\n";
        session.addEvidence(std::move(pasted));
        // The case fields: the customer (with quotes, escaped in the JSON) and the case id go too.
        session.caseDetails
            = { "SR-2026-0042", "Globex \"Prod\" Industries", "public subnet host i-0abc, eu-west-1" };
        const auto render = [&](const QString& file, bool redact) {
            ReportOptions options;
            options.redact = redact;
            options.paper = QPageSize::A4;
            options.captureFile = capture;
            QString error;
            const QString p = path(file);
            if (!ReportWriter::write(session, p, options, error))
                qWarning("write failed: %s", qPrintable(error));
            return p;
        };
        const QStringList traces { name,
                                   QStringLiteral("acme-prod-db01"),
                                   QStringLiteral("corp.example.com"),
                                   QStringLiteral("10.20.30.40"),
                                   QStringLiteral("acme-case-4711"),
                                   QStringLiteral("ip-10-0-1-23"),
                                   QStringLiteral("app01.acme.corp"),
                                   QStringLiteral("SR-2026-0042"),
                                   QStringLiteral("Globex"),
                                   cases.path() };
        // Unredacted, every format shows the file (so the checks below can fail).
        const QString plainPdf = squeezed(pdfText(render(QStringLiteral("named-plain.pdf"), false)));
        const QString plainHtml = readAll(render(QStringLiteral("named-plain.html"), false));
        const QString plainJson = readAll(render(QStringLiteral("named-plain.json"), false));
        QVERIFY2(plainPdf.contains(squeezed(name)), qPrintable(plainPdf.left(2000)));
        for (const QString& t : traces) {
            QVERIFY2(plainHtml.contains(t), qPrintable(t));
            QVERIFY2(plainJson.contains(t), qPrintable(t));
        }
        const QString pdfRaw = pdfText(render(QStringLiteral("named.pdf"), true));
        const QString pdf = squeezed(pdfRaw);
        const QString html = readAll(render(QStringLiteral("named.html"), true));
        const QString json = readAll(render(QStringLiteral("named.json"), true));
        for (const QString& t : traces) {
            QVERIFY2(!pdf.contains(squeezed(t)), qPrintable(t));
            QVERIFY2(!html.contains(t), qPrintable(t));
            QVERIFY2(!json.contains(t), qPrintable(t));
        }
        // Whole words too: a wrapped line must not hide a part of the name.
        for (const QString& part : { QStringLiteral("acme"), QStringLiteral("db01") }) {
            QVERIFY2(!pdf.contains(part, Qt::CaseInsensitive), qPrintable(part));
            QVERIFY2(!html.contains(part, Qt::CaseInsensitive), qPrintable(part));
            QVERIFY2(!json.contains(part, Qt::CaseInsensitive), qPrintable(part));
        }
        QVERIFY(pdf.contains(QStringLiteral("capture-1.pcap")));
        QVERIFY(html.contains(QStringLiteral("capture-1.pcap")));
        QVERIFY(json.contains(QStringLiteral("capture-1.pcap")));
        // The case fields stay, with placeholders for who it is; where it was captured is kept.
        QVERIFY2(pdf.contains(squeezed(QStringLiteral("Case ID: case-1"))), qPrintable(pdfRaw.left(600)));
        QVERIFY(pdf.contains(squeezed(QStringLiteral("Customer: customer-1"))));
        QVERIFY(html.contains(QStringLiteral("customer-1")));
        QVERIFY(html.contains(QStringLiteral("public subnet host i-0abc, eu-west-1")));
        QVERIFY(json.contains(QStringLiteral("\"customer\": \"customer-1\"")));
        QVERIFY(json.contains(QStringLiteral("\"id\": \"case-1\"")));
        QVERIFY(json.contains(QStringLiteral("customer-1 ticket case-1"))); // in the pasted output too
        const auto loaded = diagnosis::loadSession(json.toStdString());
        QVERIFY2(loaded, loaded.error.c_str());
        QCOMPARE(loaded.value->caseDetails.customer, std::string("customer-1"));
    }

    // The optional case fields at the top of the PDF and HTML (before the
    // verdict), in the JSON's "case" object; none of it when none is set.
    void caseFieldsAreShownAtTheTop()
    {
        const diagnosis::DiagnosisSession plain = m_session;
        m_session.caseDetails = { "SR-7 <b>", "Globex Industries", "public subnet host i-0abc, eu-west-1" };
        const QString pdfRaw = pdfText(write(QStringLiteral("case.pdf"), false));
        const QString html = readAll(write(QStringLiteral("case.html"), false));
        const QString json = readAll(write(QStringLiteral("case.json"), false));
        m_session = plain;
        const qsizetype verdictAt = pdfRaw.indexOf(QStringLiteral("Verdict"));
        QVERIFY(verdictAt > 0);
        for (const QString& line :
             { QStringLiteral("Case ID: SR-7 <b>"), QStringLiteral("Customer: Globex Industries"),
               QStringLiteral("Where captured: public subnet host i-0abc, eu-west-1") }) {
            const qsizetype at = pdfRaw.indexOf(line);
            QVERIFY2(at > 0 && at < verdictAt, qPrintable(line + QStringLiteral("\n") + pdfRaw.left(800)));
        }
        QVERIFY(html.contains(QStringLiteral("SR-7 &lt;b&gt;"))); // escaped
        QVERIFY(html.indexOf(QStringLiteral("Globex Industries"))
                < html.indexOf(QStringLiteral("class=\"verdict")));
        const QJsonObject c
            = QJsonDocument::fromJson(json.toUtf8()).object()[QStringLiteral("case")].toObject();
        QCOMPARE(c[QStringLiteral("id")].toString(), QStringLiteral("SR-7 <b>"));
        QCOMPARE(c[QStringLiteral("customer")].toString(), QStringLiteral("Globex Industries"));
        QCOMPARE(c[QStringLiteral("where_captured")].toString(),
                 QStringLiteral("public subnet host i-0abc, eu-west-1"));

        const QString none = readAll(write(QStringLiteral("no-case.html"), false));
        QVERIFY(!none.contains(QStringLiteral("class=\"case\"")));
        QVERIFY(!readAll(write(QStringLiteral("no-case.json"), false)).contains(QStringLiteral("\"case\"")));
    }

    // Issue 14, item 10: points per bucket with attempts (no line across
    // seconds without any), nice ticks, one set of gridlines, and no lone dot
    // for a capture too short to chart.
    void successChartShowsAttemptsNotALineAcrossEmptyTime()
    {
        analysis::TcpSummary tcp;
        tcp.bucketSeconds = 1;
        tcp.connections = 12;
        tcp.established = 6;
        // Attempts in seconds 0-2 all fine, nothing for 9 s, then all failing.
        for (int t = 0; t < 14; ++t) {
            analysis::TimelineBucket b;
            b.t = t;
            if (t < 3)
                b.connections = b.established = 2;
            else if (t >= 12)
                b.connections = 3;
            tcp.timeline.push_back(b);
        }
        std::unique_ptr<QChart> chart(createSuccessTimelineChart(tcp));
        QVERIFY(successTimelineChartable(tcp));
        int points = -1;
        for (QAbstractSeries* series : chart->series()) {
            // No line series joins two buckets (a slope from 100 % to 0 % over empty time).
            QVERIFY2(series->type() != QAbstractSeries::SeriesTypeLine, qPrintable(series->name()));
            if (auto* scatter = qobject_cast<QScatterSeries*>(series)) {
                points = static_cast<int>(scatter->count());
                for (const QPointF& p : scatter->points())
                    QVERIFY(p.x() < 3 || p.x() >= 12); // only where there were attempts
            }
        }
        QCOMPARE(points, 5);
        int gridded = 0;
        for (QAbstractAxis* axis : chart->axes(Qt::Vertical)) {
            auto* values = qobject_cast<QValueAxis*>(axis);
            QVERIFY(values);
            QCOMPARE(values->tickType(), QValueAxis::TicksDynamic);
            QCOMPARE(values->labelFormat(), QStringLiteral("%.0f")); // 0, 25, 50… never 2.8
            gridded += values->isGridLineVisible() ? 1 : 0;
        }
        QCOMPARE(gridded, 1); // one set of gridlines for two y-axes
        auto* x = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        QCOMPARE(x->tickInterval(), 2.0);
        QCOMPARE(x->tickAnchor(), 0.0);
        QCOMPARE(niceTickStep(11, 4), 5.0);
        QCOMPARE(niceTickStep(100, 4, 25), 25.0);
        QCOMPARE(niceTickStep(0.9, 3), 0.5);

        // A capture whose attempts fall in one bucket: says so, draws no dot.
        analysis::TcpSummary brief;
        brief.connections = 1;
        brief.timeline.push_back({ 0, 1, 0 });
        QVERIFY(!successTimelineChartable(brief));
        std::unique_ptr<QChart> tooShort(createSuccessTimelineChart(brief));
        QVERIFY(tooShort->series().isEmpty());
        QVERIFY2(tooShort->title().contains(QStringLiteral("too short to chart (1 attempt, 0 established)")),
                 qPrintable(tooShort->title()));
    }

    void htmlChartsUseTheSansFontAndFactsSpeakPlainly()
    {
        const QString html = readAll(write(QStringLiteral("fonts.html"), false));
        QVERIFY(html.contains(QStringLiteral("<svg")));
        QVERIFY(!html.contains(QStringLiteral("font-family=\"Sans Serif\"")));
        const QRegularExpression family(QStringLiteral("font-family=\"([^\"]*)\""));
        int families = 0;
        for (auto it = family.globalMatch(html); it.hasNext(); ++families) {
            const QString f = it.next().captured(1);
            QVERIFY2(f.startsWith(QStringLiteral("'DejaVu Sans'"))
                         && f.endsWith(QStringLiteral("sans-serif")),
                     qPrintable(f));
        }
        QVERIFY(families > 0);
        // Plural forms and no "over 0.0 s".
        analysis::CaptureSummary c;
        c.packets = 1;
        c.tcp.connections = 1;
        const QString one = ReportModelBuilder::captureFactsText(c);
        QVERIFY2(one.startsWith(QStringLiteral("1 packet: no IP fragments; 1 connection attempt, ")),
                 qPrintable(one));
        QVERIFY(!one.contains(QStringLiteral("0.0 s")));
        c.packets = 40;
        c.durationSeconds = 2.5;
        c.fragments.packets = 2;
        c.fragments.datagrams = 1;
        c.tcp.connections = 3;
        QCOMPARE(
            ReportModelBuilder::captureFactsText(c),
            QStringLiteral(
                "40 packets over %1 s: 2 IP fragments in 1 datagram; 3 connection attempts, 0 established, "
                "0 unanswered, 0 stalled.")
                .arg(QLocale().toString(2.5, 'f', 1))); // "2,5" under de_DE
        // No empty "Public-subnet host" row (a capture file's report has no hosts).
        const auto capture
            = sessionFromCapture(test::analyzeData(QStringLiteral("pub-eth-gateway-large.pcap")), "x.pcap");
        const ReportModel model = ReportModelBuilder::build(capture, {});
        for (const ReportField& f : model.checked)
            QVERIFY2(f.label != QStringLiteral("Public-subnet host"), qPrintable(f.value));
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
        // No src attribute (a Wireshark filter's "ip.src==" is text, not a resource).
        QVERIFY(!html.contains(QRegularExpression(QStringLiteral("\\ssrc\\s*=\\s*[\"']"))));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        for (const findings::Finding& f : m_session.findings)
            QVERIFY(html.contains(QString::fromStdString(f.title.english()).toHtmlEscaped()));
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

    // The export's default name: the case id when set, else the capture's
    // name, else natdoctor-report; safe as a file name on any file system.
    void exportIsNamedAfterTheCaseThenTheCapture()
    {
        QTemporaryDir home;
        const QString capture = QStringLiteral("/tmp/x/acme-db01.pcap");
        const auto name
            = [&](const QString& caseId, const QString& file = QStringLiteral("/tmp/x/acme-db01.pcap")) {
                  return QFileInfo(FindingsPage::defaultExportPath(file, QString(), home.path(), caseId))
                      .fileName();
              };
        QCOMPARE(name(QStringLiteral("SR-2026-0042")), QStringLiteral("SR-2026-0042.pdf"));
        QCOMPARE(name(QString()), QStringLiteral("acme-db01.pdf"));
        QCOMPARE(name(QStringLiteral("   ")), QStringLiteral("acme-db01.pdf"));
        QCOMPARE(name(QString(), QString()), QStringLiteral("natdoctor-report.pdf"));
        QCOMPARE(name(QStringLiteral("Case 42/7: \"Prod\" <db>?")), QStringLiteral("Case-42-7-Prod-db.pdf"));
        QCOMPARE(name(QStringLiteral("../../etc/passwd")), QStringLiteral("etc-passwd.pdf"));
        QCOMPARE(name(QStringLiteral("Fall ÄÖÜ\t1")), QStringLiteral("Fall-ÄÖÜ-1.pdf"));
        QCOMPARE(name(QStringLiteral("...")), QStringLiteral("acme-db01.pdf"));
        QCOMPARE(name(QString(300, u'x')), QString(100, u'x') + QStringLiteral(".pdf"));
        QCOMPARE(name(QString(), QStringLiteral("/tmp/cases/capture with spaces.pcapng")),
                 QStringLiteral("capture-with-spaces.pdf"));
        QCOMPARE(FindingsPage::defaultExportPath(capture, QString(), home.path(), QStringLiteral("a/b")),
                 home.filePath(QStringLiteral("a-b.pdf")));
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
        // Redacted: the capture's name and path become capture-1.pcap.
        QVERIFY(!text.contains(QStringLiteral("pub-eth-gateway-large")));
        QVERIFY(text.contains(QStringLiteral("capture-1.pcap")));
        QVERIFY(!text.contains(QStringLiteral("198.18.3.10")));
        QVERIFY(text.contains(QStringLiteral("host-A")));

        // One session serves the page and the export: the same findings, each
        // with its evidence (the analysis, E1), and the same verdict.
        const diagnosis::DiagnosisSession expected
            = sessionFromCapture(*session.captureSummary, session.captureFile.toStdString());
        QStringList ids;
        for (const findings::Finding& f : expected.findings)
            ids << QString::fromStdString(f.id);
        QVERIFY(!ids.isEmpty());
        QCOMPARE(page.shownFindingIds(), ids);

        // The case fields typed on the page reach the session and the report.
        auto* caseId = page.findChild<QLineEdit*>(QStringLiteral("caseId"));
        auto* customer = page.findChild<QLineEdit*>(QStringLiteral("customer"));
        auto* where = page.findChild<QLineEdit*>(QStringLiteral("whereCaptured"));
        QVERIFY(caseId && customer && where);
        caseId->setText(QStringLiteral("SR-99"));
        customer->setText(QStringLiteral("Globex Industries"));
        where->setText(QStringLiteral("public subnet host i-0abc"));
        QCOMPARE(session.diagnosis.caseDetails.customer, std::string("Globex Industries"));
        const QString jsonFile = path(QStringLiteral("page.json"));
        QVERIFY2(page.exportReport(jsonFile, false, error), qPrintable(error));
        QFile jf(jsonFile);
        QVERIFY(jf.open(QIODevice::ReadOnly));
        const QJsonObject j = QJsonDocument::fromJson(jf.readAll()).object();
        QCOMPARE(j[QStringLiteral("case")].toObject()[QStringLiteral("id")].toString(),
                 QStringLiteral("SR-99"));
        const QJsonArray exported = j[QStringLiteral("findings")].toArray();
        QCOMPARE(exported.size(), ids.size());
        for (const QJsonValue f : exported)
            QVERIFY2(!f.toObject()[QStringLiteral("evidence")].toArray().isEmpty(),
                     qPrintable(f.toObject()[QStringLiteral("id")].toString()));
        QVERIFY2(page.exportReport(file, true, error), qPrintable(error));
        const QString redacted = pdfText(file);
        QVERIFY(!redacted.contains(QStringLiteral("Globex")));
        QVERIFY(!redacted.contains(QStringLiteral("SR-99")));
        QVERIFY(redacted.contains(QStringLiteral("Customer: customer-1")));
        // A new run of the page keeps what was typed (the same case, another capture).
        page.initializePage();
        QCOMPARE(caseId->text(), QStringLiteral("SR-99"));
    }
};

QTEST_MAIN(ReportTest)
#include "ReportTest.moc"
