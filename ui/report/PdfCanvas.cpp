#include "report/PdfCanvas.h"

#include "report/ReportStyle.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>
#include <algorithm>

namespace natdoctor::ui {

namespace {

constexpr qreal kMarginMm = 20;
constexpr qreal kBottomMarginMm = 24;
constexpr qreal kCellPaddingPt = 3;

} // namespace

PdfCanvas::PdfCanvas(QPagedPaintDevice& device, QPainter* painter, Footer footer)
    : m_device(device)
    , m_painter(painter)
    , m_footer(std::move(footer))
    , m_dpi(device.logicalDpiY())
{
    const qreal mm = m_dpi / 25.4;
    m_pageRect = QRectF(0, 0, device.width(), device.height());
    m_content = m_pageRect.adjusted(kMarginMm * mm, kMarginMm * mm, -kMarginMm * mm, -kBottomMarginMm * mm);
    m_y = m_content.top();
}

void PdfCanvas::space(qreal points)
{
    m_y += pt(points);
}

void PdfCanvas::keepTogether(qreal height)
{
    if (m_y + height > bottom() && m_y > m_content.top())
        newPage();
}

void PdfCanvas::newPage()
{
    drawFooter();
    if (m_painter)
        m_device.newPage();
    ++m_page;
    m_y = m_content.top();
}

void PdfCanvas::finish()
{
    drawFooter();
}

void PdfCanvas::drawFooter()
{
    if (!m_painter)
        return;
    const qreal mm = m_dpi / 25.4;
    const qreal lineY = m_pageRect.bottom() - 15 * mm;
    m_painter->save();
    m_painter->setPen(QPen(QColor(0x99, 0x99, 0x99), pt(0.5)));
    m_painter->drawLine(QPointF(m_content.left(), lineY), QPointF(m_content.right(), lineY));
    m_painter->setFont(reportstyle::sans(8));
    m_painter->setPen(QColor(0x44, 0x44, 0x44));
    const QRectF band(m_content.left(), lineY + pt(3), m_content.width(), pt(14));
    m_painter->drawText(band, Qt::AlignLeft | Qt::AlignTop, m_footer.left);
    const QString number = m_footer.totalPages > 0 ? tr("Page %1 of %2").arg(m_page).arg(m_footer.totalPages)
                                                   : tr("Page %1").arg(m_page);
    m_painter->drawText(band, Qt::AlignRight | Qt::AlignTop, number);
    m_painter->restore();
}

namespace {

bool isSeparator(QChar c)
{
    return c == u'/' || c == u'\\' || c == u'_' || c == u'-' || c == u'.' || c == u':' || c == u'='
        || c == u',';
}

// Where a line that Qt ended at `end` should end instead: a long token (a
// path, a file name) breaks after a separator, a path after its last '/' in
// the line, rather than between two letters. -1: keep Qt's break.
qsizetype betterBreak(const QString& text, qsizetype start, qsizetype end)
{
    if (end <= start + 1 || end >= text.size())
        return -1;
    const QChar before = text.at(end - 1);
    const QChar after = text.at(end);
    if (before.isSpace() || after.isSpace())
        return -1; // a word boundary
    qsizetype tokenStart = end;
    while (tokenStart > start && !text.at(tokenStart - 1).isSpace())
        --tokenStart;
    qsizetype tokenEnd = end;
    while (tokenEnd < text.size() && !text.at(tokenEnd).isSpace())
        ++tokenEnd;
    const QStringView token = QStringView(text).mid(tokenStart, tokenEnd - tokenStart);
    const qsizetype floor = start + (end - start) / 3; // never a line of a few letters
    if (token.contains(u'/')) {
        if (before == u'/')
            return -1;
        for (qsizetype i = end - 1; i > floor; --i) {
            if (text.at(i - 1) == u'/')
                return i;
        }
    }
    if (isSeparator(before))
        return -1;
    for (qsizetype i = end - 1; i > floor; --i) {
        if (isSeparator(text.at(i - 1)))
            return i;
    }
    return -1;
}

} // namespace

void PdfCanvas::layout(QTextLayout& textLayout, qreal width, QTextOption::WrapMode wrap) const
{
    QTextOption option;
    option.setWrapMode(wrap);
    textLayout.setTextOption(option);
    const QString text = textLayout.text();
    textLayout.beginLayout();
    qreal y = 0;
    for (;;) {
        QTextLine line = textLayout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (wrap != QTextOption::NoWrap) {
            const qsizetype start = line.textStart();
            const qsizetype cut = betterBreak(text, start, start + line.textLength());
            if (cut > start)
                line.setNumColumns(static_cast<int>(cut - start));
        }
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    textLayout.endLayout();
}

qreal PdfCanvas::measure(const QString& text, const QFont& font, qreal width,
                         QTextOption::WrapMode wrap) const
{
    QTextLayout textLayout(text, font, &m_device);
    layout(textLayout, width, wrap);
    return textLayout.boundingRect().height();
}

void PdfCanvas::text(const QString& text, const QFont& font, const QColor& color, qreal indent,
                     QTextOption::WrapMode wrap, const QColor& background)
{
    const qreal inset = background.isValid() ? pt(4) : 0;
    QTextLayout textLayout(text, font, &m_device);
    layout(textLayout, width() - indent - 2 * inset, wrap);
    for (int i = 0; i < textLayout.lineCount(); ++i) {
        const QTextLine line = textLayout.lineAt(i);
        if (m_y + line.height() > bottom())
            newPage();
        if (m_painter) {
            if (background.isValid())
                m_painter->fillRect(QRectF(left() + indent, m_y, width() - indent, line.height()),
                                    background);
            m_painter->setPen(color);
            line.draw(m_painter, QPointF(left() + indent + inset, m_y - line.y()));
        }
        m_y += line.height();
    }
}

void PdfCanvas::codeBlock(const QStringList& lines, const QFont& font, qreal indent, bool shell)
{
    const QColor tint(0xf2, 0xf2, 0xf2);
    const QFontMetricsF metrics(font, &m_device);
    const qreal inner = width() - indent - 2 * pt(4);
    const int perLine = std::max(20, static_cast<int>(inner / metrics.horizontalAdvance(QLatin1Char('M'))));
    QStringList visual;
    for (const QString& line : lines)
        visual += wrapFixed(line, perLine, shell);
    // A short block (a command someone copies) never breaks across pages.
    constexpr qsizetype ShortBlock = 12;
    if (visual.size() <= ShortBlock)
        keepTogether(visual.size() * metrics.lineSpacing() * 1.2 + pt(6));
    if (m_painter)
        m_painter->fillRect(QRectF(left() + indent, m_y, width() - indent, pt(3)), tint);
    m_y += pt(3);
    for (const QString& line : visual)
        text(line.isEmpty() ? QStringLiteral(" ") : line, font, QColor(0x11, 0x11, 0x11), indent,
             QTextOption::NoWrap, tint);
    if (m_painter)
        m_painter->fillRect(QRectF(left() + indent, m_y, width() - indent, pt(3)), tint);
    m_y += pt(3);
}

QStringList PdfCanvas::wrapFixed(const QString& line, int perLine, bool shell)
{
    QStringList out;
    QString rest = line;
    const int room = shell ? perLine - 2 : perLine; // room for a trailing " \"
    while (rest.size() > perLine) {
        const qsizetype space = rest.lastIndexOf(u' ', room);
        if (space > room / 2) {
            out << rest.left(space) + (shell ? QStringLiteral(" \\") : QString());
            rest = (shell ? QStringLiteral("    ") : QString()) + rest.mid(space + 1);
        } else {
            out << rest.left(room) + (shell ? QStringLiteral("\\") : QString());
            rest = rest.mid(room);
        }
    }
    out << rest;
    return out;
}

void PdfCanvas::rule(const QColor& color, qreal widthPoints)
{
    if (m_painter) {
        m_painter->setPen(QPen(color, pt(widthPoints)));
        m_painter->drawLine(QPointF(left(), m_y), QPointF(m_content.right(), m_y));
    }
    m_y += pt(widthPoints);
}

void PdfCanvas::callout(const QString& label, const QString& text, const QFont& labelFont,
                        const QFont& textFont, const QColor& accent, const QColor& tint)
{
    const qreal pad = pt(8);
    const qreal bar = pt(4);
    const qreal inner = width() - bar - 2 * pad;
    const qreal labelHeight = measure(label, labelFont, inner);
    const qreal textHeight = measure(text, textFont, inner);
    const qreal height = pad + labelHeight + pt(3) + textHeight + pad;
    keepTogether(height);
    if (m_painter) {
        m_painter->fillRect(QRectF(left(), m_y, width(), height), tint);
        m_painter->fillRect(QRectF(left(), m_y, bar, height), accent);
    }
    const qreal top = m_y;
    m_y += pad;
    const QRectF saved = m_content;
    m_content.setLeft(left() + bar + pad);
    m_content.setRight(saved.right() - pad);
    this->text(label, labelFont, accent);
    m_y += pt(3);
    this->text(text, textFont, Qt::black);
    m_content = saved;
    m_y = top + height;
}

void PdfCanvas::badgeTitle(const QString& badge, bool filled, const QColor& colour, const QString& title,
                           const QFont& badgeFont, const QFont& titleFont)
{
    const QFontMetricsF badgeMetrics(badgeFont, &m_device);
    const qreal badgeWidth = badgeMetrics.horizontalAdvance(badge) + pt(10);
    const qreal badgeHeight = badgeMetrics.height() + pt(3);
    const qreal titleLeft = badgeWidth + pt(8);
    const qreal titleHeight = measure(title, titleFont, width() - titleLeft);
    keepTogether(std::max(badgeHeight, titleHeight) + pt(60)); // keep the title with what follows
    if (m_painter) {
        const QRectF box(left(), m_y + pt(1), badgeWidth, badgeHeight);
        m_painter->save();
        m_painter->setRenderHint(QPainter::Antialiasing);
        m_painter->setPen(QPen(colour, pt(1)));
        m_painter->setBrush(filled ? QBrush(colour) : QBrush(Qt::white));
        m_painter->drawRoundedRect(box, pt(2), pt(2));
        m_painter->setFont(badgeFont);
        m_painter->setPen(filled ? QColor(Qt::white) : colour);
        m_painter->drawText(box, Qt::AlignCenter, badge);
        m_painter->restore();
    }
    const qreal top = m_y;
    text(title, titleFont, Qt::black, titleLeft);
    m_y = std::max(m_y, top + badgeHeight + pt(2));
}

qreal PdfCanvas::tableRow(const QList<qreal>& widths, const QStringList& cells, const QFont& font,
                          qreal indent, bool draw, const QColor& fill)
{
    const qreal pad = pt(kCellPaddingPt);
    qreal height = 0;
    for (int c = 0; c < widths.size(); ++c)
        height = std::max(height, measure(cells.value(c), font, widths[c] - 2 * pad) + 2 * pad);
    if (!draw || !m_painter)
        return height;
    qreal x = left() + indent;
    const qreal total = width() - indent;
    if (fill.isValid())
        m_painter->fillRect(QRectF(x, m_y, total, height), fill);
    for (int c = 0; c < widths.size(); ++c) {
        QTextLayout textLayout(cells.value(c), font, &m_device);
        layout(textLayout, widths[c] - 2 * pad, QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_painter->setPen(Qt::black);
        textLayout.draw(m_painter, QPointF(x + pad, m_y + pad));
        x += widths[c];
    }
    m_painter->setPen(QPen(QColor(0xbb, 0xbb, 0xbb), pt(0.5)));
    m_painter->drawLine(QPointF(left() + indent, m_y + height),
                        QPointF(left() + indent + total, m_y + height));
    return height;
}

void PdfCanvas::table(const QList<qreal>& columns, const QStringList& header, const QList<QStringList>& rows,
                      const QFont& font, const QFont& headerFont, qreal indent)
{
    QList<qreal> widths;
    for (qreal fraction : columns)
        widths << fraction * (width() - indent);
    const QColor headerFill(0xe4, 0xe8, 0xee);
    const qreal headerHeight = tableRow(widths, header, headerFont, indent, false, {});
    const qreal firstRow = rows.isEmpty() ? 0 : tableRow(widths, rows.front(), font, indent, false, {});
    keepTogether(headerHeight + firstRow);
    tableRow(widths, header, headerFont, indent, true, headerFill);
    m_y += headerHeight;
    for (const QStringList& row : rows) {
        const qreal height = tableRow(widths, row, font, indent, false, {});
        if (m_y + height > bottom()) {
            newPage();
            tableRow(widths, header, headerFont, indent, true, headerFill);
            m_y += headerHeight;
        }
        tableRow(widths, row, font, indent, true, {});
        m_y += height;
    }
}

QRectF PdfCanvas::reserve(qreal height, qreal indent)
{
    keepTogether(height);
    const QRectF rect(left() + indent, m_y, width() - indent, height);
    m_y += height;
    return rect;
}

} // namespace natdoctor::ui
