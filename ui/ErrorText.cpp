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
        return Tr::tr(
                   "%1 is not a pcap or pcapng capture. natdoctor reads pcap and pcapng files (also with "
                   "several interfaces), plain or compressed with gzip (.gz) or zstd (.zst). Convert other "
                   "formats (snoop, Network Monitor and others Wireshark opens) with: editcap -F pcap IN OUT "
                   "(or tshark -r IN -F pcap -w OUT).")
            .arg(detail);
    case CaptureErrorCode::UnsupportedLinkType:
        return Tr::tr(
                   "This capture's link type (%1) is not supported. natdoctor reads Ethernet (also with "
                   "802.1Q or QinQ VLAN tags), Linux cooked v1 and v2 (the \"any\" interface), raw IPv4 and "
                   "IPv6, BSD loopback and NFLOG, and IP behind MPLS and PPPoE; not C-HDLC, NETLINK or other "
                   "link types. Capture again on an Ethernet or \"any\" interface.")
            .arg(detail);
    case CaptureErrorCode::ReadError:
        return Tr::tr("Reading the capture failed: %1").arg(detail);
    }
    return detail;
}

} // namespace natdoctor::ui
