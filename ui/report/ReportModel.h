#pragma once

#include "analysis/CaptureSummary.h"
#include "diagnosis/DiagnosisSession.h"
#include "report/ReportOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace natdoctor::ui {

class FindingText;
class Redactor;
struct ReportFinding;

// Everything a report shows, as display text: built once from a session, then
// redacted (or not), then drawn by the PDF or HTML writer. Writers only lay out.
struct ReportAction
{
    QString description;
    QStringList commands;
};

struct ReportEvidence
{
    QString label; // "E1", referenced by findings
    QString step;
    QString host;
    QString command;
    int exitStatus = 0;
    double seconds = 0;
    QString summary;
    QStringList outputLines; // bounded to kMaxOutputLines
    QString cutNote; // why the output shown is incomplete, or empty
};

struct ReportFinding
{
    findings::Severity severity = findings::Severity::Info;
    QString severityText;
    QString confidenceText;
    QString id;
    QString title;
    QString detail;
    QString frames; // "Frames: 12, 13, …", or empty
    QString displayFilter; // Wireshark display filter, or empty
    QString cannotRuleOut; // what the capture cannot rule out, or empty
    QList<ReportAction> actions;
    QList<int> evidence; // indices into ReportModel::evidence
};

struct ReportField
{
    QString label;
    QString value;
};

struct ReportModel
{
    QString title;
    QString generated; // "2026-11-25 21:40 UTC"
    QString version;
    QList<ReportField> caseFields; // case id, customer, where captured: those set, shown at the top
    QList<ReportField> checked; // what was checked: hosts, destination, capture, steps
    findings::Severity verdictSeverity = findings::Severity::Info;
    QString verdictSeverityText;
    QString verdict;
    QList<ReportFinding> findings;
    QList<ReportEvidence> evidence; // every command run, in order
    std::optional<analysis::FragmentSummary> fragments; // when the capture has fragments
    std::optional<uint32_t> pathMtu;
    std::optional<analysis::TcpSummary> tcp; // when the capture has a timeline
    QString captureFacts; // one line under the charts
    std::optional<cloud::CloudResult> cloud; // the AWS step's result (NatGatewaySection)
    QStringList natGatewayLines; // the path as AWS sees it
    bool redacted = false;

    static constexpr int kMaxOutputLines = 200;
    static constexpr int kMaxOutputCharacters = 24000; // per command
};

class ReportModelBuilder
{
    Q_DECLARE_TR_FUNCTIONS(natdoctor::ui::ReportModelBuilder)

public:
    static ReportModel build(const diagnosis::DiagnosisSession& session, const ReportOptions& options);
    // Feeds the redactor every host of the session first, so placeholders
    // are the same in every format of the same session.
    static void learnHosts(const diagnosis::DiagnosisSession& session, Redactor& redactor);
    static void redact(ReportModel& model, Redactor& redactor);
    static QString severityText(findings::Severity severity);
    // A step's name for people ("fragmentation-check" -> "Fragmentation check"),
    // translated; an unknown id as it is.
    static QString stepText(const std::string& step);
    // A finding's proof (frames, display filter, limits) as display text.
    static void proofTexts(const findings::FindingProof& proof, const FindingText& words, ReportFinding& r);
    // One line under the charts: packets, fragments, attempts (plural forms through tr()).
    static QString captureFactsText(const analysis::CaptureSummary& capture);
};

} // namespace natdoctor::ui
