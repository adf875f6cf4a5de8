#pragma once

#include <string>

namespace natdoctor::capture {

// Why a capture could not be opened or read. The ui maps the code to translated
// text; describe() gives the English one-liner for the command line.
enum class CaptureErrorCode {
    None,
    NotFound,
    IsDirectory,
    NotReadable,
    Empty,
    NotACapture,
    UnsupportedLinkType,
    ReadError,
};

struct CaptureError
{
    CaptureErrorCode code = CaptureErrorCode::None;
    std::string detail; // path, libpcap's message, or the link type

    explicit operator bool() const { return code != CaptureErrorCode::None; }
};

std::string describe(const CaptureError& error);

} // namespace natdoctor::capture
