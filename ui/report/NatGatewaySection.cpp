#include "report/NatGatewaySection.h"

#include "charts/NatMetricChart.h"
#include "cloud/AwsParse.h"
#include "report/PdfCanvas.h"
#include "report/ReportChart.h"
#include "report/ReportStyle.h"

#include <QChart>
#include <QPainter>
#include <memory>
#include <vector>

namespace natdoctor::ui {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

constexpr QSizeF kSmall { 360, 210 }; // one metric's chart, in scene units

std::vector<std::unique_ptr<ReportChart>> chartsOf(const ReportModel& model)
{
    std::vector<std::unique_ptr<ReportChart>> charts;
    if (!model.cloud || !model.cloud->metricsRead)
        return charts;
    for (const std::string& name : cloud::natGatewayMetricNames()) {
        if (const cloud::MetricSeries* s = model.cloud->metric(name))
            charts.push_back(std::make_unique<ReportChart>(createNatMetricChart(*s, *model.cloud), kSmall));
    }
    return charts;
}

} // namespace

QStringList NatGatewaySection::pathLines(const diagnosis::DiagnosisSession& session)
{
    QStringList lines;
    if (!session.cloud)
        return lines;
    const cloud::CloudResult& r = *session.cloud;
    const cloud::AwsPath& p = r.path;
    if (!p.instanceId.empty())
        lines << tr("Instance %1 (%2) in subnet %3, VPC %4")
                     .arg(q(p.instanceId), q(p.instancePrivateIp), q(p.subnetId), q(p.vpcId));
    if (!p.routeTable.id.empty())
        lines << tr("Route table %1%2: %3 → %4")
                     .arg(q(p.routeTable.id), p.routeTable.main ? tr(" (main)") : QString(),
                          p.route ? q(p.route->destination) : tr("no route"),
                          p.route ? q(p.route->target) : tr("nothing"));
    if (p.via == cloud::AwsPath::Via::NatGateway) {
        QStringList eips;
        for (const cloud::ElasticIp& ip : p.elasticIps)
            eips << q(ip.publicIp);
        lines << tr("NAT gateway %1 (%2) in subnet %3, Elastic IPs: %4")
                     .arg(q(p.natGatewayId), q(p.natGatewayState), q(p.natSubnetId),
                          eips.join(QStringLiteral(", ")));
    }
    for (const cloud::NetworkAcl& acl : p.acls)
        lines << tr("Network ACL %1 on %2: %3 rules").arg(q(acl.id), q(acl.subnetId)).arg(acl.entries.size());
    if (r.metricsRead)
        lines << tr("CloudWatch metrics from %1 to %2 (1-minute periods)")
                     .arg(q(cloud::isoTime(r.windowStart)), q(cloud::isoTime(r.windowEnd)));
    if (r.problem != cloud::AwsProblem::None)
        lines << tr("Stopped: %1").arg(q(r.problemDetail));
    return lines;
}

QString NatGatewaySection::title()
{
    return tr("NAT gateway (AWS)");
}

void NatGatewaySection::drawPdf(PdfCanvas& canvas, const ReportModel& model,
                                const std::function<void(const QString&)>& heading)
{
    if (!model.cloud)
        return;
    auto charts = chartsOf(model);
    const qreal gap = canvas.pt(8);
    const qreal width = (canvas.width() - gap) / 2;
    const qreal height = width * kSmall.height() / kSmall.width();
    canvas.keepTogether(canvas.pt(80) + (charts.empty() ? 0 : height));
    heading(title());
    for (const QString& line : model.natGatewayLines) {
        canvas.text(line, reportstyle::sans(10), QColor(0x1a, 0x1a, 0x1a));
        canvas.space(2);
    }
    canvas.space(6);
    for (size_t i = 0; i < charts.size(); i += 2) {
        const QRectF row = canvas.reserve(height);
        if (QPainter* painter = canvas.painter()) {
            for (size_t k = i; k < std::min(i + 2, charts.size()); ++k) {
                painter->save();
                charts[k]->render(
                    *painter, QRectF(row.left() + qreal(k - i) * (width + gap), row.top(), width, height));
                painter->restore();
            }
        }
        canvas.space(6);
    }
}

QString NatGatewaySection::html(const ReportModel& model)
{
    if (!model.cloud)
        return {};
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString out = QStringLiteral("<h2>%1</h2>\n").arg(esc(title()));
    for (const QString& line : model.natGatewayLines)
        out += QStringLiteral("<p>%1</p>\n").arg(esc(line));
    auto charts = chartsOf(model);
    if (!charts.empty()) {
        out += QStringLiteral(
            "<div class=\"nat-charts\" style=\"display:grid;grid-template-columns:1fr 1fr;gap:8px\">\n");
        for (const auto& chart : charts)
            out += QStringLiteral("<div class=\"chart\">%1</div>\n").arg(chart->svg());
        out += QStringLiteral("</div>\n");
    }
    return out;
}

} // namespace natdoctor::ui
