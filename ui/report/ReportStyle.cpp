#include "report/ReportStyle.h"

namespace natdoctor::ui::reportstyle {

QColor severityColour(findings::Severity severity)
{
    switch (severity) {
    case findings::Severity::Problem:
        return QColor(0xa3, 0x1b, 0x1b);
    case findings::Severity::Warning:
        return QColor(0xb3, 0x6b, 0x00);
    case findings::Severity::Info:
        break;
    }
    return QColor(0x2b, 0x5f, 0x8a);
}

QColor severityTint(findings::Severity severity)
{
    switch (severity) {
    case findings::Severity::Problem:
        return QColor(0xfb, 0xec, 0xec);
    case findings::Severity::Warning:
        return QColor(0xfd, 0xf4, 0xe3);
    case findings::Severity::Info:
        break;
    }
    return QColor(0xeb, 0xf2, 0xf8);
}

bool severityFilled(findings::Severity severity)
{
    return severity != findings::Severity::Info;
}

QFont sans(qreal points, bool bold)
{
    QFont font(QStringLiteral("Sans Serif"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    // Any letter spacing turns ligatures off: "fi" stays two letters when
    // text is copied out of the PDF or searched (pdftotext, readers' Find).
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

QFont mono(qreal points)
{
    QFont font(QStringLiteral("Monospace"));
    font.setStyleHint(QFont::TypeWriter);
    font.setFixedPitch(true);
    font.setPointSizeF(points);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05); // no ligatures in commands
    return font;
}

} // namespace natdoctor::ui::reportstyle
