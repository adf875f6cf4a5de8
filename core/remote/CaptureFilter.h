#pragma once

#include "remote/RemoteError.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace natdoctor::remote {

// Capture filters are built here from validated parts, never typed by users.
// The filter keeps trailing IP fragments (they carry no TCP header, so
// `tcp port P` alone misses them), the destination's ICMP, and ICMP
// "fragmentation needed" / ICMPv6 "packet too big" from anyone (routers send
// them, not the destination):
//   IPv4: (host D and (tcp port P or ip[6:2] & 0x1fff != 0 or icmp)) or (icmp[0] = 3 and icmp[1] = 4)
//   IPv6: (host D and (tcp port P or ip6[6] = 44 or icmp6)) or (icmp6 and ip6[40] = 2)
// Several destination addresses become (host A or host B ...). Hosts must be
// IP literals of one family: resolving names is done before, on the host
// that captures, so the filter means the same thing there and here.
RemoteError buildCaptureFilter(std::string_view host, uint16_t port, std::string& filter);
RemoteError buildCaptureFilter(const std::vector<std::string>& hosts, uint16_t port, std::string& filter);

// The IPv4 filter for a host name that tcpdump resolves where it runs (the
// manual mode's command; the guided mode resolves first). Not compiled here:
// that would resolve the name on this machine. An IP literal: as above.
RemoteError buildCaptureFilterForName(std::string_view name, uint16_t port, std::string& filter);

// Compiles the filter locally with libpcap (pcap_open_dead + pcap_compile) so
// a bad filter is an error here, not a tcpdump failure on the remote side.
RemoteError checkCaptureFilter(const std::string& filter);

} // namespace natdoctor::remote
