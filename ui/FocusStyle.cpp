#include "FocusStyle.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QStyleOption>
#include <algorithm>
#include <cmath>

namespace natdoctor::ui {

namespace {

// WCAG relative luminance and contrast ratio.
double luminance(const QColor& color)
{
    const auto channel
        = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool hasFocus(const QStyleOption* option)
{
    return option && (option->state & QStyle::State_HasFocus) && (option->state & QStyle::State_Enabled);
}

// The ring inside `rect`, on its edge.
void drawRing(QPainter* painter, const QRect& rect, const QPalette& palette, qreal radius = 3)
{
    if (rect.width() <= 2 * FocusStyle::RingWidth || rect.height() <= 2 * FocusStyle::RingWidth)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QPen pen(FocusStyle::ringColor(palette), FocusStyle::RingWidth);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const qreal half = FocusStyle::RingWidth / 2.0;
    painter->drawRoundedRect(QRectF(rect).adjusted(half, half, -half, -half), radius, radius);
    painter->restore();
}

// A label a keyboard can reach (selectable text or links).
bool isFocusableLabel(const QWidget* widget)
{
    const auto* label = qobject_cast<const QLabel*>(widget);
    return label
        && (label->textInteractionFlags() & (Qt::TextSelectableByKeyboard | Qt::LinksAccessibleByKeyboard));
}

} // namespace

FocusStyle::FocusStyle() = default;

void FocusStyle::install()
{
    if (!qobject_cast<FocusStyle*>(QApplication::style()))
        QApplication::setStyle(new FocusStyle);
}

QColor FocusStyle::ringColor(const QPalette& palette)
{
    const QColor highlight = palette.color(QPalette::Highlight);
    const double worst = std::min(contrast(highlight, palette.color(QPalette::Window)),
                                  contrast(highlight, palette.color(QPalette::Base)));
    return worst >= 3.0 ? highlight : palette.color(QPalette::WindowText);
}

void FocusStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                               const QWidget* widget) const
{
    switch (element) {
    case PE_FrameFocusRect:
        // The base style's own focus rectangles (inside buttons, around the
        // text of radio and check boxes, item views): shown after a mouse
        // click too, not only after a Tab.
        if (option && (option->state & State_Enabled))
            drawRing(painter, option->rect, option->palette, 2);
        return;
    case PE_PanelLineEdit:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        // Line edits with a frame (not the one inside a spin or combo box).
        if (const auto* frame = qstyleoption_cast<const QStyleOptionFrame*>(option);
            frame && frame->lineWidth > 0 && hasFocus(option))
            drawRing(painter, option->rect, option->palette);
        return;
    default:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
}

void FocusStyle::drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                             const QWidget* widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    if (!hasFocus(option))
        return;
    switch (element) {
    case CE_PushButton:
        drawRing(painter, option->rect, option->palette);
        break;
    case CE_ShapedFrame:
        // Text views (command and paste boxes), scroll areas, charts: the ring
        // is their frame (at least RingWidth wide, see pixelMetric). Labels
        // with selectable text or links have no frame: the ring is their edge.
        if (qobject_cast<const QAbstractScrollArea*>(widget) || isFocusableLabel(widget))
            drawRing(painter, option->rect, option->palette, 2);
        break;
    default:
        break;
    }
}

void FocusStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                                    QPainter* painter, const QWidget* widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if ((control == CC_SpinBox || control == CC_ComboBox) && hasFocus(option))
        drawRing(painter, option->rect, option->palette);
}

int FocusStyle::pixelMetric(PixelMetric metric, const QStyleOption* option, const QWidget* widget) const
{
    const int base = QProxyStyle::pixelMetric(metric, option, widget);
    // Room for the ring in the frame of a text view or scroll area (the
    // viewport covers everything inside the frame).
    if (metric == PM_DefaultFrameWidth && base > 0 && qobject_cast<const QAbstractScrollArea*>(widget))
        return std::max(base, RingWidth);
    return base;
}

} // namespace natdoctor::ui
