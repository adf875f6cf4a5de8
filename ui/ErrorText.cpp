#include "ErrorText.h"

#include <QCoreApplication>

namespace natdoctor::ui {

namespace {

// The translation context of this file's free functions, declared so that
// lupdate extracts the Tr::tr() calls under it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(natdoctor::ui::ErrorText)
};

} // namespace

QString captureErrorText(const capture::CaptureError& error)
{
    const QString detail = QString::fromStdString(error.detail);
    using capture::CaptureErrorCode;
    switch (error.code) {
    case CaptureErrorCode::None:
        return {};
    case CaptureErrorCode::NotFound:
        return Tr::tr("The file %1 does not exist.").arg(detail);
    case CaptureErrorCode::IsDirectory:
        return Tr::tr("%1 is a folder, not a capture file.").arg(detail);
    case CaptureErrorCode::NotReadable:
        return Tr::tr("Cannot read %1.").arg(detail);
    case CaptureErrorCode::Empty:
        return Tr::tr("%1 is empty: it is not a capture.").arg(detail);
    case CaptureErrorCode::NotACapture:
        return Tr::tr("%1 is not a pcap or pcapng capture.").arg(detail);
    case CaptureErrorCode::UnsupportedLinkType:
        return Tr::tr("This capture's link type (%1) is not supported. Capture on Ethernet, \"any\" "
                      "(Linux cooked), raw IP or loopback interfaces.")
            .arg(detail);
    case CaptureErrorCode::ReadError:
        return Tr::tr("Reading the capture failed: %1").arg(detail);
    }
    return detail;
}

} // namespace natdoctor::ui
