#include "report/PdfReportWriter.h"

#include "report/NatGatewaySection.h"
#include "report/PdfCanvas.h"
#include "report/ReportChart.h"
#include "report/ReportModel.h"
#include "report/ReportStyle.h"

#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

namespace natdoctor::ui {

namespace {

using namespace reportstyle;

const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kRule(0x99, 0x99, 0x99);

QString seconds(double s)
{
    return QLocale::c().toString(s, 'f', s < 10 ? 1 : 0) + QStringLiteral(" s");
}

} // namespace

PdfReportWriter::PdfReportWriter(const ReportModel& model, QPageSize::PageSizeId paper)
    : m_model(model)
    , m_paper(paper)
{
}

bool PdfReportWriter::write(QIODevice& device) const
{
    QPdfWriter writer(&device);
    writer.setPageSize(QPageSize(m_paper));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setTitle(m_model.title);
    writer.setCreator(QStringLiteral("natdoctor %1").arg(m_model.version));
    const auto charts = createReportCharts(m_model);

    const QString footer = m_model.redacted
        ? tr("%1 · natdoctor %2 · redacted").arg(m_model.title, m_model.version)
        : tr("%1 · natdoctor %2").arg(m_model.title, m_model.version);
    // First pass measures only, to know N in "Page X of N".
    PdfCanvas measure(writer, nullptr, { footer, 0 });
    draw(measure, charts);
    const int pages = measure.page();

    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    PdfCanvas canvas(writer, &painter, { footer, pages });
    draw(canvas, charts);
    canvas.finish();
    return painter.end();
}

void PdfReportWriter::heading(PdfCanvas& canvas, const QString& text, int level) const
{
    const qreal size = level == 1 ? 14 : 11.5;
    const QFont font = sans(size, true);
    canvas.space(level == 1 ? 14 : 10);
    canvas.keepTogether(canvas.measure(text, font, canvas.width())
                        + canvas.pt(70)); // never alone at a page end
    canvas.text(text, font, kInk);
    if (level == 1) {
        canvas.space(2);
        canvas.rule(kRule);
    }
    canvas.space(5);
}

void PdfReportWriter::draw(PdfCanvas& canvas, const std::vector<std::unique_ptr<ReportChart>>& charts) const
{
    drawHeader(canvas);
    drawChecked(canvas);
    drawFindings(canvas);
    drawCharts(canvas, charts);
    NatGatewaySection::drawPdf(canvas, m_model, [&](const QString& text) { heading(canvas, text, 1); });
    drawAppendix(canvas);
}

void PdfReportWriter::drawHeader(PdfCanvas& canvas) const
{
    canvas.text(m_model.title, sans(20, true), kInk);
    canvas.space(3);
    QString meta = tr("Generated %1 by natdoctor %2").arg(m_model.generated, m_model.version);
    if (m_model.redacted)
        meta += tr(" · addresses and host names redacted");
    canvas.text(meta, sans(9), kMuted);
    if (!m_model.caseFields.isEmpty()) {
        canvas.space(6);
        for (const ReportField& f : m_model.caseFields)
            canvas.text(tr("%1: %2").arg(f.label, f.value), sans(10), kInk);
    }
    canvas.space(12);
    canvas.callout(tr("Verdict: %1").arg(m_model.verdictSeverityText), m_model.verdict, sans(9.5, true),
                   sans(12, true), severityColour(m_model.verdictSeverity),
                   severityTint(m_model.verdictSeverity));
}

void PdfReportWriter::drawChecked(PdfCanvas& canvas) const
{
    heading(canvas, tr("What was checked"), 1);
    QList<QStringList> rows;
    for (const ReportField& f : m_model.checked)
        rows.push_back({ f.label, f.value });
    canvas.table({ 0.3, 0.7 }, { tr("Item"), tr("Value") }, rows, sans(9), sans(9, true));
}

void PdfReportWriter::drawFindings(PdfCanvas& canvas) const
{
    heading(canvas, tr("Findings"), 1);
    if (m_model.findings.isEmpty())
        canvas.text(tr("Nothing in the evidence points at fragmentation or dropped SYNs."), sans(10), kInk);
    int number = 0;
    for (const ReportFinding& f : m_model.findings) {
        canvas.space(number++ == 0 ? 2 : 12);
        canvas.badgeTitle(f.severityText.toUpper(), severityFilled(f.severity), severityColour(f.severity),
                          f.title, sans(7.5, true), sans(11.5, true));
        canvas.text(tr("Confidence: %1 · id: %2").arg(f.confidenceText, f.id), sans(8.5), kMuted);
        canvas.space(4);
        canvas.text(f.detail, sans(10), kInk);
        if (!f.frames.isEmpty()) {
            canvas.space(3);
            canvas.text(f.frames, sans(9), kInk);
        }
        if (!f.displayFilter.isEmpty()) {
            canvas.space(3);
            canvas.text(tr("Wireshark display filter:"), sans(9), kInk);
            canvas.codeBlock({ f.displayFilter }, mono(8.5), canvas.pt(14), true);
        }
        if (!f.cannotRuleOut.isEmpty()) {
            canvas.space(3);
            canvas.text(tr("This capture cannot rule out: %1").arg(f.cannotRuleOut), sans(9), kMuted);
        }
        if (!f.evidence.isEmpty()) {
            canvas.space(6);
            canvas.keepTogether(canvas.pt(64)); // the heading with the table's header and first row
            canvas.text(tr("Evidence"), sans(9.5, true), kInk);
            canvas.space(2);
            QList<QStringList> rows;
            for (int index : f.evidence) {
                const ReportEvidence& e = m_model.evidence.at(index);
                rows.push_back({ e.label, e.command, e.host, QString::number(e.exitStatus),
                                 seconds(e.seconds), e.summary });
            }
            canvas.table({ 0.05, 0.35, 0.2, 0.06, 0.08, 0.26 },
                         { tr("#"), tr("Command"), tr("Host"), tr("Exit"), tr("Time"), tr("Summary") }, rows,
                         sans(8), sans(8, true));
        }
        if (!f.actions.isEmpty()) {
            canvas.space(6);
            canvas.keepTogether(canvas.pt(60)); // the heading with the first action
            canvas.text(tr("Recommended actions"), sans(9.5, true), kInk);
        }
        for (const ReportAction& a : f.actions) {
            canvas.space(3);
            canvas.text(QStringLiteral("→ ") + a.description, sans(10), kInk, canvas.pt(6));
            if (!a.commands.isEmpty()) {
                canvas.space(2);
                canvas.codeBlock(a.commands, mono(8.5), canvas.pt(14), true);
            }
        }
    }
}

void PdfReportWriter::drawCharts(PdfCanvas& canvas,
                                 const std::vector<std::unique_ptr<ReportChart>>& charts) const
{
    if (charts.empty())
        return;
    const qreal chartHeight = canvas.width() * ReportChart::kSize.height() / ReportChart::kSize.width();
    canvas.keepTogether(canvas.pt(80) + chartHeight); // the heading and facts with the first chart
    heading(canvas, tr("Capture"), 1);
    if (!m_model.captureFacts.isEmpty()) {
        canvas.text(m_model.captureFacts, sans(10), kInk);
        canvas.space(6);
    }
    for (const auto& chart : charts) {
        const QRectF target = canvas.reserve(chartHeight);
        if (QPainter* painter = canvas.painter()) {
            painter->save();
            chart->render(*painter, target);
            painter->restore();
        }
        canvas.space(8);
    }
}

void PdfReportWriter::drawAppendix(PdfCanvas& canvas) const
{
    if (m_model.evidence.isEmpty())
        return;
    canvas.newPage();
    heading(canvas, tr("Appendix: every command run and its output"), 1);
    canvas.text(tr("Outputs are shown verbatim, at most %1 lines each.").arg(ReportModel::kMaxOutputLines),
                sans(9), kMuted);
    for (const ReportEvidence& e : m_model.evidence) {
        canvas.space(10);
        canvas.keepTogether(canvas.pt(60));
        canvas.text(tr("%1 · %2 on %3").arg(e.label, e.step, e.host), sans(10.5, true), kInk);
        canvas.text(tr("exit status %1 · %2 · %3").arg(e.exitStatus).arg(seconds(e.seconds), e.summary),
                    sans(8.5), kMuted);
        canvas.space(3);
        QStringList lines { QStringLiteral("$ ") + e.command };
        lines += e.outputLines;
        if (!e.cutNote.isEmpty())
            lines << e.cutNote;
        canvas.codeBlock(lines, mono(7.5));
    }
}

} // namespace natdoctor::ui
