#include "charts/FragmentSizeChart.h"

#include "charts/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace natdoctor::ui {

namespace {

// The translation context of this file's free functions, declared so that
// lupdate extracts the Tr::tr() calls under it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(natdoctor::ui::FragmentSizeChart)
};

} // namespace

QChart* createFragmentSizeChart(const analysis::FragmentSummary& fragments, std::optional<uint32_t> pathMtu,
                                bool capturing)
{
    auto* chart = new QChart;
    chart->setTitle(Tr::tr("Fragment sizes"));
    auto* normal = new QBarSet(Tr::tr("Fragments"));
    auto* atMtu = new QBarSet(pathMtu ? Tr::tr("Bin holding the path MTU (%1 bytes)").arg(*pathMtu)
                                      : Tr::tr("Path MTU"));
    QStringList categories;
    uint64_t highest = 0;
    for (const analysis::SizeBin& bin : fragments.sizes) {
        const bool holdsMtu = pathMtu && *pathMtu >= bin.from && *pathMtu <= bin.to;
        categories << QStringLiteral("%1–%2").arg(bin.from).arg(bin.to);
        *normal << (holdsMtu ? 0.0 : static_cast<double>(bin.count));
        *atMtu << (holdsMtu ? static_cast<double>(bin.count) : 0.0);
        highest = std::max(highest, bin.count);
    }
    auto* series = new QStackedBarSeries;
    series->append(normal);
    if (pathMtu)
        series->append(atMtu);
    else
        delete atMtu;
    chart->addSeries(series);

    auto* x = new QBarCategoryAxis;
    if (categories.isEmpty())
        categories << (capturing ? Tr::tr("no fragments yet") : Tr::tr("none"));
    x->append(categories);
    x->setTitleText(Tr::tr("Fragment size (bytes of IP packet)"));
    auto* y = new QValueAxis;
    y->setRange(0, std::max(static_cast<double>(highest) * 1.1, 5.0));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(Tr::tr("Fragments (packets)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    applyPaletteTheme(chart);
    return chart;
}

} // namespace natdoctor::ui
