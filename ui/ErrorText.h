#pragma once

#include "capture/CaptureError.h"

#include <QString>

namespace natdoctor::ui {

// Core returns error codes; the ui turns them into translated text here.
QString captureErrorText(const capture::CaptureError& error);

} // namespace natdoctor::ui
