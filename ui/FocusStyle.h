#pragma once

#include <QProxyStyle>

class QApplication;

namespace natdoctor::ui {

// The application's style with a visible focus ring on every focusable widget:
// buttons, line edits, spin and combo boxes, radio and check boxes, text views
// (command and paste boxes), selectable labels and links, scroll areas. The
// base style (Fusion offscreen and under a bare X server) shows the focus of
// buttons, combo, radio and check boxes only after a Tab, and never that of a
// text view, a label or a link.
//
// The ring is 2 px in the palette's highlight colour, drawn on the widget's
// edge (never over its text); where the highlight has less than 3:1 contrast
// with the window or the base colour, the text colour is used instead.
class FocusStyle : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY(FocusStyle)

public:
    // Wraps the application's style (or the one named by -style /
    // QT_STYLE_OVERRIDE).
    FocusStyle();

    // Makes a FocusStyle the application's style, once.
    static void install();

    static constexpr int RingWidth = 2;
    // The ring's colour under `palette`.
    static QColor ringColor(const QPalette& palette);

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                            const QWidget* widget = nullptr) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption* option = nullptr,
                    const QWidget* widget = nullptr) const override;
};

} // namespace natdoctor::ui
