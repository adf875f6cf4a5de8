#pragma once

#include "remote/RemoteError.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace natdoctor::remote {

// Capture filters are built here from validated parts, never typed by users.
// The filter keeps trailing IP fragments (they carry no TCP header, so
// `tcp port P` alone misses them) and ICMP (fragmentation needed):
//   IPv4: host D and (tcp port P or ip[6:2] & 0x1fff != 0 or icmp)
//   IPv6: host D and (tcp port P or ip6[6] = 44 or icmp6)
// `host` must be an IP literal: resolving names is done before, on the host
// that captures, so the filter means the same thing there and here.
RemoteError buildCaptureFilter(std::string_view host, uint16_t port, std::string& filter);

// Compiles the filter locally with libpcap (pcap_open_dead + pcap_compile) so
// a bad filter is an error here, not a tcpdump failure on the remote side.
RemoteError checkCaptureFilter(const std::string& filter);

} // namespace natdoctor::remote
