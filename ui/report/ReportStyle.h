#pragma once

#include "findings/Finding.h"

#include <QColor>
#include <QFont>

namespace natdoctor::ui::reportstyle {

// Severity colours for paper: problem is dark and filled, warning mid-tone and
// filled, info outlined; the label is always written out, so greyscale prints
// and colour-blind readers lose nothing.
QColor severityColour(findings::Severity severity);
QColor severityTint(findings::Severity severity);
bool severityFilled(findings::Severity severity);

QFont sans(qreal points, bool bold = false);
QFont mono(qreal points);

} // namespace natdoctor::ui::reportstyle
