#include "charts/ChartStyle.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QPalette>

namespace natdoctor::ui {

void applyPaletteTheme(QChart* chart)
{
    const QPalette palette = QApplication::palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setAnimationOptions(QChart::NoAnimation);
}

} // namespace natdoctor::ui

namespace natdoctor::ui {

void replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace natdoctor::ui
