#include "capture/LinkType.h"

#include <pcap/pcap.h>

namespace natdoctor::capture {

bool isSupportedLinkType(int dlt)
{
    switch (dlt) {
    case DLT_EN10MB:
    case DLT_LINUX_SLL:
    case DLT_LINUX_SLL2:
    case DLT_RAW:
    case DLT_IPV4:
    case DLT_IPV6:
    case DLT_NULL:
    case DLT_LOOP:
    case DLT_NFLOG:
        return true;
    default:
        return false;
    }
}

int dltFromLinkType(uint32_t linkType)
{
    switch (linkType) {
    case 101: // LINKTYPE_RAW
    case 12: // DLT_RAW on most systems, written as is by old libpcaps
    case 14: // DLT_RAW on OpenBSD
        return DLT_RAW;
    default:
        return static_cast<int>(linkType);
    }
}

std::string linkTypeName(int dlt)
{
    if (const char* name = pcap_datalink_val_to_name(dlt))
        return name;
    return "DLT " + std::to_string(dlt);
}

} // namespace natdoctor::capture
