#include "ErrorText.h"

#include <QCoreApplication>

namespace natdoctor::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("natdoctor::ui::ErrorText", text);
}

} // namespace

QString captureErrorText(const capture::CaptureError& error)
{
    const QString detail = QString::fromStdString(error.detail);
    using capture::CaptureErrorCode;
    switch (error.code) {
    case CaptureErrorCode::None:
        return {};
    case CaptureErrorCode::NotFound:
        return tr("The file %1 does not exist.").arg(detail);
    case CaptureErrorCode::IsDirectory:
        return tr("%1 is a folder, not a capture file.").arg(detail);
    case CaptureErrorCode::NotReadable:
        return tr("Cannot read %1.").arg(detail);
    case CaptureErrorCode::Empty:
        return tr("%1 is empty: it is not a capture.").arg(detail);
    case CaptureErrorCode::NotACapture:
        return tr("%1 is not a pcap or pcapng capture.").arg(detail);
    case CaptureErrorCode::UnsupportedLinkType:
        return tr("This capture's link type (%1) is not supported. Capture on Ethernet, \"any\" (Linux cooked), "
                  "raw IP or loopback interfaces.")
            .arg(detail);
    case CaptureErrorCode::ReadError:
        return tr("Reading the capture failed: %1").arg(detail);
    }
    return detail;
}

} // namespace natdoctor::ui
