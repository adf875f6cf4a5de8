#pragma once

#include "remote/RemoteError.h"

#include <cstdint>
#include <string_view>

namespace natdoctor::remote {

// Validation of user input before it goes anywhere near a remote command.
// Each check returns an InvalidInput error naming the field, or None. Values
// are still quoted with shellQuote() afterwards: validation keeps nonsense
// out (and options out of argv positions), quoting keeps the shell out.

constexpr std::size_t kMaxHostLength = 253;
constexpr std::size_t kMaxUrlLength = 2048;

bool isIpv4Address(std::string_view text);
bool isIpv6Address(std::string_view text);
bool isIpAddress(std::string_view text);

// An IPv4/IPv6 literal (inet_pton) or an RFC 1123 host name: labels of
// letters, digits and inner hyphens, at most 63 characters each, 253 in all,
// an optional trailing dot, and a last label that is not all digits (so
// "127.1" is neither an address nor a name).
RemoteError validateHost(std::string_view host);

// Decimal 1..65535, digits only (no sign, no spaces, at most 5 digits).
RemoteError parsePort(std::string_view text, uint16_t& port);
RemoteError validatePort(long port);

// http:// or https://, a valid host (IPv6 in brackets), an optional port and
// a path/query of RFC 3986 characters. No user:password@, no fragment, no
// characters curl would treat as a glob ([ ] { }) in the path.
RemoteError validateUrl(std::string_view url);

// A network interface name as Linux accepts it (at most 15 characters of
// letters, digits, '.', '_', '-'), not starting with '-'; "any" is valid.
RemoteError validateInterface(std::string_view name);

// An SSH/Unix user name: letters, digits, '.', '_', '-', not starting with '-'.
RemoteError validateUser(std::string_view user);

} // namespace natdoctor::remote
