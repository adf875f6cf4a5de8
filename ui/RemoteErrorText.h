#pragma once

#include "remote/RemoteError.h"

#include <QString>

namespace natdoctor::ui {

// Core returns error codes; the ui turns them into translated text here.
QString remoteErrorText(const remote::RemoteError& error);

} // namespace natdoctor::ui
