#pragma once

// Recorded sessions for the report tests, and poppler-utils wrappers.

#include "analysis/CaptureAnalyzer.h"
#include "capture/CaptureReader.h"
#include "diagnosis/DiagnosisEngine.h"
#include "probes/ConnectionProbe.h"
#include "probes/KernelProbe.h"

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

namespace natdoctor::test {

inline std::string readData(const QString& name)
{
    QFile file(QStringLiteral(NATDOCTOR_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll().toStdString();
}

inline analysis::CaptureSummary analyzeData(const QString& name)
{
    capture::CaptureError error;
    auto reader = capture::CaptureReader::openFile(NATDOCTOR_TEST_DATA "/" + name.toStdString(), error);
    if (!reader)
        qFatal("cannot open %s", qPrintable(name));
    return analysis::analyzeCapture(*reader);
}

// A guided session as the lab records it: the public host by name, the
// destination and remote server by IPv4, the private instance by IPv6; the
// real capture of the fragmentation check and the recorded kernel probes.
// The capture is the one `tcpdump -i any` wrote on pub (Linux cooked v2, 124
// packets), so it matches the command and the tcpdump log of its evidence.
inline diagnosis::DiagnosisSession recordedSession()
{
    using namespace diagnosis;
    DiagnosisSession s;
    s.natdoctorVersion = "0.1.0";
    s.startedAt = "2026-11-25T20:00:00Z";
    s.inputs.destinationHost = "198.18.3.10";
    s.inputs.destinationPort = 80;
    s.inputs.httpPath = "/bytes/65536";
    s.inputs.publicHost = { "natlab", "pub.lab.example", 22 };
    s.inputs.privateHost = SshTarget { "natlab", "2001:2:0:2::10", 22 };
    s.inputs.remoteServer = SshTarget { "natlab", "198.18.3.10", 2222 };
    DiagnosisEngine engine(s);

    FragmentationCheckResult frag;
    frag.capture = analyzeData(QStringLiteral("pub-any-gateway-large.pcap"));
    frag.largestResponseBytes = 65536;
    const size_t capture
        = s.addEvidence({ "fragmentation-check", "natlab@pub.lab.example",
                          "sudo -n tcpdump -i any -s 256 -U -w - 'host 198.18.3.10 and (tcp port 80 or "
                          "ip[6:2] & 0x1fff != 0 or icmp)'",
                          "tcpdump: listening on any, link-type LINUX_SLL2\n124 packets captured\n", false, 0,
                          6.2, "124 packets, 90 fragments from 198.18.3.10" });
    const size_t trigger = s.addEvidence(
        { "fragmentation-check", "natlab@pub.lab.example",
          "curl -s -o /dev/null -w '%{http_code} %{size_download}' http://198.18.3.10:80/bytes/65536",
          // What this command prints for the transfer in that capture (curl-success.stdout.txt
          // is priv's 100-byte request, another command on another host).
          "200 65536", false, 0, 0.4, "65536 bytes from 198.18.3.10" });
    engine.recordFragmentationCheck(frag, { capture, trigger });

    const std::string before = readData(QStringLiteral("probes/kernel-probe-4.9-tw-recycle-on-before.txt"));
    const std::string after = readData(QStringLiteral("probes/kernel-probe-4.9-tw-recycle-on-after.txt"));
    const size_t b
        = s.addEvidence({ "remote-server-check", "natlab@198.18.3.10:2222", "sh -s < kernel-probe.sh", before,
                          false, 0, 0.3, "kernel 4.9.0-19-amd64, tcp_tw_recycle=1" });
    const size_t a
        = s.addEvidence({ "remote-server-check", "natlab@198.18.3.10:2222", "sh -s < kernel-probe.sh", after,
                          false, 0, 0.3, "PAWSPassive 3 -> 41" });
    RemoteServerResult server;
    server.before = *probes::parseKernelProbe(before).value;
    server.after = *probes::parseKernelProbe(after).value;
    engine.recordRemoteServerCheck(server, { b, a });
    return s;
}

struct ToolResult
{
    int exitCode = -1;
    QString out;
};

inline ToolResult runTool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()) };
}

inline QString pdfText(const QString& pdf)
{
    return runTool(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }).out;
}

// Whitespace-free text, for strings a layout may wrap anywhere (commands).
inline QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

} // namespace natdoctor::test
