#include "report/ReportModel.h"

#include "RemoteErrorText.h"
#include "diagnosis/DiagnosisRules.h"
#include "findings/FindingText.h"
#include "report/NatGatewaySection.h"
#include "report/Redactor.h"
#include "util/Version.h"
#include "widgets/FindingView.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>
#include <climits>

namespace natdoctor::ui {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString hostPart(const std::string& target)
{
    QString h = q(target);
    if (const qsizetype at = h.lastIndexOf(u'@'); at >= 0)
        h = h.mid(at + 1);
    if (h.startsWith(u'['))
        return h.mid(1, h.indexOf(u']') - 1);
    if (h.count(u':') == 1)
        h = h.left(h.indexOf(u':'));
    return h;
}

ReportEvidence evidenceRow(const diagnosis::Evidence& e, int index)
{
    ReportEvidence r;
    r.label = QStringLiteral("E%1").arg(index + 1);
    r.step = ReportModelBuilder::stepText(e.step);
    r.host = q(e.host);
    r.command = q(e.command);
    r.exitStatus = e.exitStatus;
    r.seconds = e.seconds;
    r.summary = q(e.summary);
    QString output = q(e.output);
    if (output.endsWith(u'\n'))
        output.chop(1);
    r.outputLines = output.isEmpty() ? QStringList {} : output.split(u'\n');
    const qsizetype total = r.outputLines.size();
    // Bounded by lines and by characters: one huge line would fill pages too.
    qsizetype kept = 0;
    qsizetype characters = 0;
    while (kept < std::min<qsizetype>(total, ReportModel::kMaxOutputLines)
           && characters + r.outputLines[kept].size() <= ReportModel::kMaxOutputCharacters)
        characters += r.outputLines[kept++].size();
    if (kept < total) {
        r.outputLines = r.outputLines.mid(0, kept);
        r.cutNote = ReportModelBuilder::tr("… cut: %1 more lines not shown (the session file has them)")
                        .arg(total - kept);
    } else if (e.outputCut) {
        r.cutNote = ReportModelBuilder::tr("… cut: the output was longer than natdoctor keeps (%1 KiB)")
                        .arg(diagnosis::Evidence::kMaxEvidenceOutput / 1024);
    }
    return r;
}

QString runText(const std::vector<size_t>& evidence)
{
    QStringList labels;
    for (size_t index : evidence)
        labels << QStringLiteral("E%1").arg(index + 1);
    return labels.isEmpty()
        ? ReportModelBuilder::tr("run")
        : ReportModelBuilder::tr("run; evidence %1").arg(labels.join(QStringLiteral(", ")));
}

int count(uint64_t n)
{
    return static_cast<int>(std::min<uint64_t>(n, INT_MAX));
}

} // namespace

QString ReportModelBuilder::captureFactsText(const analysis::CaptureSummary& c)
{
    const QLocale locale;
    // No "over 0.0 s": a capture of one instant has no duration worth saying.
    const QString packets = c.durationSeconds >= 0.05
        ? tr("%Ln packet(s) over %1 s", nullptr, count(c.packets))
              .arg(locale.toString(c.durationSeconds, 'f', 1))
        : tr("%Ln packet(s)", nullptr, count(c.packets));
    const QString fragments = c.fragments.packets == 0
        ? tr("no IP fragments")
        : tr("%Ln IP fragment(s)", nullptr, count(c.fragments.packets)) + u' '
            + tr("in %Ln datagram(s)", nullptr, count(c.fragments.datagrams));
    const QString attempts = tr("%Ln connection attempt(s)", nullptr, count(c.tcp.connections));
    return tr("%1: %2; %3, %4 established, %5 unanswered, %6 stalled.")
        .arg(packets, fragments, attempts, locale.toString(qulonglong(c.tcp.established)),
             locale.toString(qulonglong(c.tcp.unanswered)), locale.toString(qulonglong(c.tcp.stalled)));
}

void ReportModelBuilder::proofTexts(const findings::FindingProof& proof, const FindingText& words,
                                    ReportFinding& r)
{
    if (!proof.frames.empty()) {
        const QLocale locale = FindingText::uiLocale();
        QStringList numbers;
        for (uint64_t n : proof.frames)
            numbers << locale.toString(static_cast<qulonglong>(n));
        r.frames = tr("Frames: %1").arg(numbers.join(QStringLiteral(", ")));
        if (proof.frameCount > proof.frames.size())
            r.frames += tr(" (the first %1 of %2)")
                            .arg(locale.toString(static_cast<qulonglong>(proof.frames.size())),
                                 locale.toString(static_cast<qulonglong>(proof.frameCount)));
    }
    r.displayFilter = q(proof.displayFilter);
    if (!proof.cannotRuleOut.empty())
        r.cannotRuleOut = words.text(proof.cannotRuleOut);
}

QString ReportModelBuilder::stepText(const std::string& step)
{
    if (step == "capture-analysis")
        return tr("Capture analysis");
    if (step == "fragmentation-check")
        return tr("Fragmentation check");
    if (step == "remote-server-check")
        return tr("Remote server check");
    if (step == "timestamp-test")
        return tr("TCP timestamps test");
    if (step == "aws-nat-gateway")
        return tr("AWS NAT gateway check");
    return q(step);
}

QString ReportModelBuilder::severityText(findings::Severity severity)
{
    return FindingView::severityText(severity);
}

ReportModel ReportModelBuilder::build(const diagnosis::DiagnosisSession& s, const ReportOptions& options)
{
    ReportModel m;
    m.title = tr("NAT Doctor findings report");
    m.generated = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    m.version = s.natdoctorVersion.empty() ? QString::fromUtf8(version().data(), version().size())
                                           : q(s.natdoctorVersion);

    if (!s.caseDetails.caseId.empty())
        m.caseFields.push_back({ tr("Case ID"), q(s.caseDetails.caseId) });
    if (!s.caseDetails.customer.empty())
        m.caseFields.push_back({ tr("Customer"), q(s.caseDetails.customer) });
    if (!s.caseDetails.whereCaptured.empty())
        m.caseFields.push_back({ tr("Where captured"), q(s.caseDetails.whereCaptured) });

    m.cloud = s.cloud;
    m.natGatewayLines = NatGatewaySection::pathLines(s);
    const diagnosis::DiagnosisInputs& in = s.inputs;
    if (!options.captureFile.isEmpty())
        m.checked.push_back({ tr("Capture file"), options.captureFile });
    if (!in.destinationHost.empty()) {
        m.checked.push_back({ tr("Destination"),
                              tr("%1, port %2 (trigger: %3)")
                                  .arg(q(in.destinationHost), QString::number(in.destinationPort),
                                       QString::fromUtf8(diagnosis::triggerKindName(in.trigger).data())) });
        if (!in.publicHost.host.empty())
            m.checked.push_back({ tr("Public-subnet host"), q(in.publicHost.toString()) });
        if (in.privateHost)
            m.checked.push_back({ tr("Private instance"), q(in.privateHost->toString()) });
        if (in.remoteServer)
            m.checked.push_back({ tr("Remote server"), q(in.remoteServer->toString()) });
    }
    for (const diagnosis::StepOutcome& step : s.steps) {
        m.checked.push_back(
            { tr("Step: %1").arg(stepText(step.step)),
              step.skipped ? tr("skipped: %1").arg(step.error ? remoteErrorText(step.error) : q(step.reason))
                           : runText(step.evidence) });
    }
    if (!s.startedAt.empty())
        m.checked.push_back({ tr("Started"), q(s.startedAt) });
    m.checked.push_back({ tr("natdoctor version"), m.version });

    const diagnosis::Verdict verdict = diagnosis::verdict(s);
    m.verdictSeverity = verdict.severity;
    m.verdictSeverityText = severityText(verdict.severity);
    const FindingText words;
    m.verdict = words.text(verdict.text);

    for (size_t i = 0; i < s.evidence.size(); ++i)
        m.evidence.push_back(evidenceRow(s.evidence[i], static_cast<int>(i)));
    for (const findings::Finding& f : s.findings) {
        ReportFinding r;
        r.severity = f.severity;
        r.severityText = severityText(f.severity);
        r.confidenceText = FindingText::confidence(f.confidence);
        r.id = q(f.id);
        r.title = words.text(f.title);
        r.detail = words.text(f.detail);
        proofTexts(f.proof, words, r);
        for (const findings::Action& a : f.actions) {
            ReportAction action { words.text(a.description), {} };
            for (const std::string& c : a.commands)
                action.commands << q(c);
            r.actions.push_back(action);
        }
        for (size_t index : f.evidence) {
            if (index < s.evidence.size())
                r.evidence.push_back(static_cast<int>(index));
        }
        m.findings.push_back(r);
    }

    if (s.fragmentation) {
        const analysis::CaptureSummary& c = s.fragmentation->capture;
        if (!c.fragments.sizes.empty())
            m.fragments = c.fragments;
        if (!c.icmpFragNeeded.empty())
            m.pathMtu = c.icmpFragNeeded.front().mtu;
        if (!c.tcp.timeline.empty())
            m.tcp = c.tcp;
        m.captureFacts = captureFactsText(c);
    }
    return m;
}

void ReportModelBuilder::learnHosts(const diagnosis::DiagnosisSession& s, Redactor& redactor)
{
    // The case's own words: the customer and the case id name who it is.
    redactor.learnWords(q(s.caseDetails.customer), QStringLiteral("customer-1"));
    redactor.learnWords(q(s.caseDetails.caseId), QStringLiteral("case-1"));
    redactor.learn(q(s.caseDetails.whereCaptured));
    redactor.learnHost(q(s.inputs.destinationHost));
    redactor.learnHost(q(s.inputs.publicHost.host));
    if (s.inputs.privateHost)
        redactor.learnHost(q(s.inputs.privateHost->host));
    if (s.inputs.remoteServer)
        redactor.learnHost(q(s.inputs.remoteServer->host));
    for (const diagnosis::Evidence& e : s.evidence)
        redactor.learnHost(hostPart(e.host));
    for (const diagnosis::SudoProblem& p : s.sudoProblems)
        redactor.learnHost(hostPart(p.host));
    for (const diagnosis::Evidence& e : s.evidence) {
        redactor.learn(q(e.command));
        redactor.learn(q(e.summary));
        redactor.learn(q(e.output));
    }
    for (const findings::Finding& f : s.findings) {
        redactor.learn(q(f.title.english()));
        redactor.learn(q(f.detail.english()));
        redactor.learn(q(f.proof.displayFilter));
        for (const findings::Action& a : f.actions) {
            redactor.learn(q(a.description.english()));
            for (const std::string& c : a.commands)
                redactor.learn(q(c));
        }
    }
}

void ReportModelBuilder::redact(ReportModel& m, Redactor& r)
{
    m.redacted = true;
    for (ReportField& f : m.caseFields)
        f.value = r.apply(f.value);
    for (ReportField& f : m.checked)
        f.value = r.apply(f.value);
    m.verdict = r.apply(m.verdict);
    for (ReportFinding& f : m.findings) {
        f.title = r.apply(f.title);
        f.detail = r.apply(f.detail);
        f.frames = r.apply(f.frames);
        f.displayFilter = r.apply(f.displayFilter);
        f.cannotRuleOut = r.apply(f.cannotRuleOut);
        for (ReportAction& a : f.actions) {
            a.description = r.apply(a.description);
            for (QString& c : a.commands)
                c = r.apply(c);
        }
    }
    for (ReportEvidence& e : m.evidence) {
        e.host = r.apply(e.host);
        e.command = r.apply(e.command);
        e.summary = r.apply(e.summary);
        for (QString& line : e.outputLines)
            line = r.apply(line);
    }
    m.captureFacts = r.apply(m.captureFacts);
    for (QString& line : m.natGatewayLines)
        line = r.apply(line);
}

} // namespace natdoctor::ui
