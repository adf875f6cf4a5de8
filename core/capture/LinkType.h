#pragma once

#include <cstdint>
#include <string>

namespace natdoctor::capture {

// The link-layer types natdoctor decodes (libpcap DLT_ values): Ethernet (with
// 802.1Q/QinQ, MPLS, PPPoE), Linux cooked v1/v2, raw IPv4/IPv6, BSD loopback
// (NULL/LOOP), NFLOG.
bool isSupportedLinkType(int dlt);
// A file's LINKTYPE_ value as the DLT_ value natdoctor works with (they differ
// for raw IP: LINKTYPE_RAW 101 is DLT_RAW; 12 and 14 are raw IP in old files).
int dltFromLinkType(uint32_t linkType);
// Short name such as "EN10MB" or "LINUX_SLL2" (libpcap's), or "DLT n".
std::string linkTypeName(int dlt);

} // namespace natdoctor::capture
