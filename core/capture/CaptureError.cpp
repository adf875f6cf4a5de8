#include "capture/CaptureError.h"

namespace natdoctor::capture {

std::string describe(const CaptureError& error)
{
    switch (error.code) {
    case CaptureErrorCode::None:
        return "no error";
    case CaptureErrorCode::NotFound:
        return "no such file: " + error.detail;
    case CaptureErrorCode::IsDirectory:
        return "is a directory, not a capture file: " + error.detail;
    case CaptureErrorCode::NotReadable:
        return "cannot read " + error.detail;
    case CaptureErrorCode::Empty:
        return "empty file, not a capture: " + error.detail;
    case CaptureErrorCode::NotACapture:
        return "not a pcap or pcapng capture (natdoctor reads pcap and pcapng, multi-interface too, plain or "
               "gzip/zstd-compressed): "
            + error.detail;
    case CaptureErrorCode::UnsupportedLinkType:
        return "unsupported link type " + error.detail
            + " (supported: Ethernet incl. 802.1Q/QinQ, Linux cooked v1/v2, raw IPv4/IPv6, BSD loopback, "
              "NFLOG, "
              "and IP behind MPLS and PPPoE; not C-HDLC, NETLINK or other link types: capture on an Ethernet "
              "or "
              "\"any\" interface)";
    case CaptureErrorCode::ReadError:
        return "read error: " + error.detail;
    }
    return "unknown error";
}

} // namespace natdoctor::capture
