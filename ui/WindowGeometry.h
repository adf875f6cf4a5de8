#pragma once

#include <QRect>

namespace natdoctor::ui {

// `wanted` moved and shrunk so that it lies inside `available` (a screen's
// availableGeometry(), in device-independent pixels): at 2x scale a 1440x900
// screen is 720x450, and a remembered or default size must not put Next and
// Finish off-screen.
inline QRect fitWithin(const QRect& wanted, const QRect& available)
{
    if (available.isEmpty())
        return wanted;
    QRect fitted(wanted.topLeft(), wanted.size().boundedTo(available.size()));
    if (!available.contains(fitted))
        fitted.moveCenter(available.center());
    // moveCenter can leave a pixel outside when the sizes' parities differ.
    fitted.moveLeft(qBound(available.left(), fitted.left(), available.right() - fitted.width() + 1));
    fitted.moveTop(qBound(available.top(), fitted.top(), available.bottom() - fitted.height() + 1));
    return fitted;
}

} // namespace natdoctor::ui
