#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QTextOption>

class QPagedPaintDevice;
class QPainter;
class QTextLayout;

namespace natdoctor::ui {

// Flowing layout on paged paint device: a cursor that moves down the page,
// breaks pages where content does not fit, and draws the footer of each page.
// With a null painter it only measures, which gives the page count for the
// "Page X of N" footers of the drawing pass.
class PdfCanvas
{
    Q_DISABLE_COPY(PdfCanvas)
    Q_DECLARE_TR_FUNCTIONS(natdoctor::ui::PdfCanvas)

public:
    struct Footer
    {
        QString left; // e.g. the report title
        int totalPages = 0; // 0: "Page X" only
    };

    PdfCanvas(QPagedPaintDevice& device, QPainter* painter, Footer footer);

    // Points to device units.
    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    qreal left() const { return m_content.left(); }
    qreal width() const { return m_content.width(); }
    int page() const { return m_page; }
    QPainter* painter() const { return m_painter; }

    void space(qreal points);
    // Starts a new page unless `height` (device units) fits below the cursor.
    void keepTogether(qreal height);
    void newPage();
    // Draws the footer of the last page.
    void finish();

    qreal measure(const QString& text, const QFont& font, qreal width,
                  QTextOption::WrapMode wrap = QTextOption::WrapAtWordBoundaryOrAnywhere) const;
    // Wrapped text, breaking pages between lines. `background` fills behind each line.
    void text(const QString& text, const QFont& font, const QColor& color, qreal indent = 0,
              QTextOption::WrapMode wrap = QTextOption::WrapAtWordBoundaryOrAnywhere,
              const QColor& background = {});
    // Lines of monospace text in a tinted block, wrapped at spaces (never at a
    // hyphen, anywhere if a token is too long). With `shell`, wrapped lines end
    // in a backslash, so a command copied out of the PDF still runs.
    void codeBlock(const QStringList& lines, const QFont& font, qreal indent = 0, bool shell = false);
    void rule(const QColor& color, qreal widthPoints = 0.5);
    // A box with an accent bar on the left: label on top, text below.
    void callout(const QString& label, const QString& text, const QFont& labelFont, const QFont& textFont,
                 const QColor& accent, const QColor& tint);
    // A severity badge followed by a wrapped title on the same line.
    void badgeTitle(const QString& badge, bool filled, const QColor& colour, const QString& title,
                    const QFont& badgeFont, const QFont& titleFont);
    // A table: column widths as fractions of the width; the header repeats on
    // every page the table spans.
    void table(const QList<qreal>& columns, const QStringList& header, const QList<QStringList>& rows,
               const QFont& font, const QFont& headerFont, qreal indent = 0);
    // Reserves `height` at the cursor (on a new page if needed); the caller draws there.
    QRectF reserve(qreal height, qreal indent = 0);

    // Monospace lines of at most `perLine` characters (see codeBlock).
    static QStringList wrapFixed(const QString& line, int perLine, bool shell);

private:
    void layout(QTextLayout& layout, qreal width, QTextOption::WrapMode wrap) const;
    qreal bottom() const { return m_content.bottom(); }
    void drawFooter();
    qreal tableRow(const QList<qreal>& widths, const QStringList& cells, const QFont& font, qreal indent,
                   bool draw, const QColor& fill);

    QPagedPaintDevice& m_device;
    QPainter* m_painter;
    Footer m_footer;
    qreal m_dpi;
    QRectF m_pageRect;
    QRectF m_content;
    qreal m_y;
    int m_page = 1;
};

} // namespace natdoctor::ui
