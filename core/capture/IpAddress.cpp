#include "capture/IpAddress.h"

#include <arpa/inet.h>

namespace natdoctor::capture {

IpAddress IpAddress::parse(const std::string& text)
{
    IpAddress a;
    if (inet_pton(AF_INET, text.c_str(), a.bytes.data()) == 1) {
        a.family = 4;
    } else if (inet_pton(AF_INET6, text.c_str(), a.bytes.data()) == 1) {
        a.family = 6;
    } else {
        a = IpAddress {};
    }
    return a;
}

std::string IpAddress::toString() const
{
    char buffer[INET6_ADDRSTRLEN] = {};
    if (family == 4)
        inet_ntop(AF_INET, bytes.data(), buffer, sizeof buffer);
    else if (family == 6)
        inet_ntop(AF_INET6, bytes.data(), buffer, sizeof buffer);
    return buffer;
}

} // namespace natdoctor::capture
