#include "report/HtmlReportWriter.h"

#include "report/NatGatewaySection.h"
#include "report/ReportChart.h"
#include "report/ReportModel.h"
#include "report/ReportStyle.h"

#include <QChart>
#include <QLocale>
#include <QPainter>

namespace natdoctor::ui {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

const char* severityClass(findings::Severity s)
{
    switch (s) {
    case findings::Severity::Problem:
        return "problem";
    case findings::Severity::Warning:
        return "warning";
    case findings::Severity::Info:
        break;
    }
    return "info";
}

QString svgOf(ReportChart& chart)
{
    return chart.svg();
}

QString seconds(double s)
{
    return QLocale::c().toString(s, 'f', s < 10 ? 1 : 0) + QStringLiteral(" s");
}

constexpr const char* kCss = R"(
body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;color:#1a1a1a;max-width:56rem;margin:2rem auto;padding:0 1.5rem;line-height:1.45;font-size:15px}
h1{font-size:1.9rem;margin:0 0 .2rem}h2{font-size:1.3rem;border-bottom:1px solid #999;padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1.05rem;margin:.2rem 0}.meta{color:#555;font-size:.85rem}
table.case{width:auto;font-size:.9rem;margin:.6rem 0 0}table.case th{background:none;padding-left:0;padding-right:1rem;font-weight:bold}table.case th,table.case td{border:none}
.verdict{border-left:6px solid;padding:.7rem 1rem;margin:1.2rem 0;font-weight:bold;font-size:1.1rem}
.verdict .label{display:block;font-size:.8rem;text-transform:uppercase;letter-spacing:.04em}
.problem{--c:#a31b1b;--t:#fbecec}.warning{--c:#b36b00;--t:#fdf4e3}.info{--c:#2b5f8a;--t:#ebf2f8}
.verdict{border-color:var(--c);background:var(--t)}.verdict .label{color:var(--c)}
.finding{margin:1.4rem 0}.badge{display:inline-block;font-size:.7rem;font-weight:bold;padding:.1rem .45rem;border-radius:3px;border:1px solid var(--c);vertical-align:middle;margin-right:.5rem}
.problem .badge,.warning .badge{background:var(--c);color:#fff}.info .badge{color:var(--c);background:#fff}
table{border-collapse:collapse;width:100%;font-size:.8rem;margin:.3rem 0}th{background:#e4e8ee;text-align:left}
th,td{padding:.25rem .4rem;border-bottom:1px solid #bbb;vertical-align:top}td.cmd{font-family:"DejaVu Sans Mono",monospace;overflow-wrap:anywhere}
pre{background:#f2f2f2;padding:.5rem .7rem;font-family:"DejaVu Sans Mono",monospace;font-size:.78rem;white-space:pre-wrap;overflow-wrap:anywhere}
.chart svg{max-width:100%;height:auto;border:1px solid #ccc}.chart svg text{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif}
@media print{body{margin:0;max-width:none}.finding,.chart{break-inside:avoid}h2{break-after:avoid}}
)";

} // namespace

HtmlReportWriter::HtmlReportWriter(const ReportModel& model)
    : m_model(model)
{
}

QString HtmlReportWriter::html() const
{
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
    out += QStringLiteral("<meta name=\"generator\" content=\"natdoctor %1\">\n").arg(esc(m_model.version));
    out += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head><body>\n")
               .arg(esc(m_model.title), QString::fromUtf8(kCss));
    out += QStringLiteral("<h1>%1</h1>\n").arg(esc(m_model.title));
    QString meta = tr("Generated %1 by natdoctor %2").arg(m_model.generated, m_model.version);
    if (m_model.redacted)
        meta += tr(" · addresses and host names redacted");
    out += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(esc(meta));
    if (!m_model.caseFields.isEmpty()) {
        out += QStringLiteral("<table class=\"case\">\n");
        for (const ReportField& f : m_model.caseFields)
            out += QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td></tr>\n")
                       .arg(esc(f.label), esc(f.value));
        out += QStringLiteral("</table>\n");
    }
    out += QStringLiteral("<div class=\"verdict %1\"><span class=\"label\">%2</span>%3</div>\n")
               .arg(QLatin1String(severityClass(m_model.verdictSeverity)),
                    esc(tr("Verdict: %1").arg(m_model.verdictSeverityText)), esc(m_model.verdict));
    out += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th></tr>\n")
               .arg(esc(tr("What was checked")), esc(tr("Item")), esc(tr("Value")));
    for (const ReportField& f : m_model.checked)
        out += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n")
                   .arg(esc(f.label),
                        esc(f.value).replace(u'/', QStringLiteral("/<wbr>"))); // paths wrap at '/'
    out += QStringLiteral("</table>\n");
    out += findings();
    out += charts();
    out += NatGatewaySection::html(m_model);
    out += appendix();
    out += QStringLiteral("</body></html>\n");
    return out;
}

QString HtmlReportWriter::findings() const
{
    QString out = QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Findings")));
    if (m_model.findings.isEmpty())
        out += QStringLiteral("<p>%1</p>\n")
                   .arg(esc(tr("Nothing in the evidence points at fragmentation or dropped SYNs.")));
    for (const ReportFinding& f : m_model.findings) {
        out += QStringLiteral(
                   "<div class=\"finding %1\" id=\"%2\">\n<h3><span class=\"badge\">%3</span>%4</h3>\n")
                   .arg(QLatin1String(severityClass(f.severity)), esc(f.id), esc(f.severityText.toUpper()),
                        esc(f.title));
        out += QStringLiteral("<p class=\"meta\">%1</p>\n<p>%2</p>\n")
                   .arg(esc(tr("Confidence: %1 · id: %2").arg(f.confidenceText, f.id)), esc(f.detail));
        if (!f.frames.isEmpty())
            out += QStringLiteral("<p class=\"proof\">%1</p>\n").arg(esc(f.frames));
        if (!f.displayFilter.isEmpty())
            out += QStringLiteral("<p class=\"proof\">%1 <code>%2</code></p>\n")
                       .arg(esc(tr("Wireshark display filter:")), esc(f.displayFilter));
        if (!f.cannotRuleOut.isEmpty())
            out += QStringLiteral("<p class=\"proof\">%1</p>\n")
                       .arg(esc(tr("This capture cannot rule out: %1").arg(f.cannotRuleOut)));
        if (!f.evidence.isEmpty()) {
            out += QStringLiteral("<h4>%1</h4>\n<table><tr><th>#</th><th>%2</th><th>%3</th><th>%4</"
                                  "th><th>%5</th><th>%6</th></tr>\n")
                       .arg(esc(tr("Evidence")), esc(tr("Command")), esc(tr("Host")), esc(tr("Exit")),
                            esc(tr("Time")), esc(tr("Summary")));
            for (int index : f.evidence) {
                const ReportEvidence& e = m_model.evidence.at(index);
                out += QStringLiteral("<tr><td><a href=\"#%1\">%1</a></td><td "
                                      "class=\"cmd\">%2</td><td>%3</td><td>%4</td>"
                                      "<td>%5</td><td>%6</td></tr>\n")
                           .arg(esc(e.label), esc(e.command), esc(e.host), QString::number(e.exitStatus),
                                seconds(e.seconds), esc(e.summary));
            }
            out += QStringLiteral("</table>\n");
        }
        if (!f.actions.isEmpty())
            out += QStringLiteral("<h4>%1</h4>\n").arg(esc(tr("Recommended actions")));
        for (const ReportAction& a : f.actions) {
            out += QStringLiteral("<p>→ %1</p>\n").arg(esc(a.description));
            if (!a.commands.isEmpty())
                out += QStringLiteral("<pre>%1</pre>\n").arg(esc(a.commands.join(u'\n')));
        }
        out += QStringLiteral("</div>\n");
    }
    return out;
}

QString HtmlReportWriter::charts() const
{
    const auto charts = createReportCharts(m_model);
    if (charts.empty())
        return {};
    QString out = QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Capture")));
    if (!m_model.captureFacts.isEmpty())
        out += QStringLiteral("<p>%1</p>\n").arg(esc(m_model.captureFacts));
    for (const auto& chart : charts)
        out += QStringLiteral("<div class=\"chart\">%1</div>\n").arg(svgOf(*chart));
    return out;
}

QString HtmlReportWriter::appendix() const
{
    if (m_model.evidence.isEmpty())
        return {};
    QString out = QStringLiteral("<h2>%1</h2>\n<p class=\"meta\">%2</p>\n")
                      .arg(esc(tr("Appendix: every command run and its output")),
                           esc(tr("Outputs are shown verbatim, at most %1 lines each.")
                                   .arg(ReportModel::kMaxOutputLines)));
    for (const ReportEvidence& e : m_model.evidence) {
        out += QStringLiteral("<h3 id=\"%1\">%2</h3>\n<p class=\"meta\">%3</p>\n")
                   .arg(esc(e.label), esc(tr("%1 · %2 on %3").arg(e.label, e.step, e.host)),
                        esc(tr("exit status %1 · %2 · %3")
                                .arg(e.exitStatus)
                                .arg(seconds(e.seconds), e.summary)));
        QStringList lines { QStringLiteral("$ ") + e.command };
        lines += e.outputLines;
        if (!e.cutNote.isEmpty())
            lines << e.cutNote;
        out += QStringLiteral("<pre>%1</pre>\n").arg(esc(lines.join(u'\n')));
    }
    return out;
}

} // namespace natdoctor::ui
