#include "report/ReportOptions.h"

#include <QFileInfo>
#include <QLocale>

namespace natdoctor::ui {

std::optional<ReportFormat> reportFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    if (suffix == QLatin1String("json"))
        return ReportFormat::Json;
    return std::nullopt;
}

std::optional<QPageSize::PageSizeId> parsePaperSize(const QString& text)
{
    const QString t = text.toLower();
    if (t == QLatin1String("a4"))
        return QPageSize::A4;
    if (t == QLatin1String("letter"))
        return QPageSize::Letter;
    return std::nullopt;
}

QPageSize::PageSizeId defaultPaperSize()
{
    switch (QLocale::system().territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::Panama:
    case QLocale::PuertoRico:
    case QLocale::DominicanRepublic:
    case QLocale::ElSalvador:
    case QLocale::Nicaragua:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

} // namespace natdoctor::ui
