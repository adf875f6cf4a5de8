#include "remote/Validation.h"

#include <arpa/inet.h>
#include <string>

namespace natdoctor::remote {

namespace {

RemoteError invalid(std::string what)
{
    return { RemoteErrorCode::InvalidInput, std::move(what) };
}

bool isAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// inet_pton needs a terminated string; short inputs only, so the copy is cheap.
bool ptonOk(int family, std::string_view text)
{
    if (text.empty() || text.size() > 64 || text.find('\0') != std::string_view::npos) {
        return false;
    }
    std::string copy(text);
    unsigned char buffer[16];
    return inet_pton(family, copy.c_str(), buffer) == 1;
}

bool isHostName(std::string_view name)
{
    if (!name.empty() && name.back() == '.') {
        name.remove_suffix(1);
    }
    if (name.empty() || name.size() > kMaxHostLength) {
        return false;
    }
    std::string_view lastLabel;
    while (!name.empty()) {
        auto dot = name.find('.');
        std::string_view label = name.substr(0, dot);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') {
            return false;
        }
        for (char c : label) {
            if (!isAlnum(c) && c != '-') {
                return false;
            }
        }
        lastLabel = label;
        name = dot == std::string_view::npos ? std::string_view() : name.substr(dot + 1);
        if (dot != std::string_view::npos && name.empty()) {
            return false; // "a..b" or a double trailing dot
        }
    }
    for (char c : lastLabel) {
        if (!isDigit(c)) {
            return true;
        }
    }
    return false;
}

// Shown in messages: never echo control characters or pages of text back.
std::string printable(std::string_view text)
{
    std::string out;
    for (char c : text.substr(0, 64)) {
        out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? '?' : c;
    }
    if (text.size() > 64) {
        out += "...";
    }
    return out;
}

} // namespace

bool isIpv4Address(std::string_view text)
{
    return ptonOk(AF_INET, text);
}
bool isIpv6Address(std::string_view text)
{
    return ptonOk(AF_INET6, text);
}
bool isIpAddress(std::string_view text)
{
    return isIpv4Address(text) || isIpv6Address(text);
}

RemoteError validateHost(std::string_view host)
{
    if (host.empty()) {
        return invalid("host name is empty");
    }
    if (host.front() == '-') {
        return invalid("host name must not start with '-': " + printable(host));
    }
    if (host.size() > kMaxHostLength + 1) {
        return invalid("host name is too long");
    }
    if (isIpAddress(host) || isHostName(host)) {
        return {};
    }
    return invalid("not an IP address or host name: " + printable(host));
}

RemoteError validatePort(long port)
{
    if (port < 1 || port > 65535) {
        return invalid("port must be between 1 and 65535: " + std::to_string(port));
    }
    return {};
}

RemoteError parsePort(std::string_view text, uint16_t& port)
{
    if (text.empty() || text.size() > 5) {
        return invalid("not a port number: " + printable(text));
    }
    long value = 0;
    for (char c : text) {
        if (!isDigit(c)) {
            return invalid("not a port number: " + printable(text));
        }
        value = value * 10 + (c - '0');
    }
    if (auto error = validatePort(value)) {
        return error;
    }
    port = static_cast<uint16_t>(value);
    return {};
}

RemoteError validateUrl(std::string_view url)
{
    if (url.size() > kMaxUrlLength) {
        return invalid("URL is too long");
    }
    std::string_view rest;
    if (url.substr(0, 7) == "http://") {
        rest = url.substr(7);
    } else if (url.substr(0, 8) == "https://") {
        rest = url.substr(8);
    } else {
        return invalid("URL must start with http:// or https://: " + printable(url));
    }
    auto pathStart = rest.find_first_of("/?");
    std::string_view authority = rest.substr(0, pathStart);
    std::string_view path = pathStart == std::string_view::npos ? std::string_view() : rest.substr(pathStart);
    if (authority.find('@') != std::string_view::npos) {
        return invalid("URL must not contain a user name or password");
    }
    std::string_view host = authority;
    std::string_view portText;
    if (!authority.empty() && authority.front() == '[') {
        auto close = authority.find(']');
        if (close == std::string_view::npos) {
            return invalid("URL has an unterminated IPv6 address: " + printable(url));
        }
        host = authority.substr(1, close - 1);
        std::string_view after = authority.substr(close + 1);
        if (!after.empty()) {
            if (after.front() != ':') {
                return invalid("URL has junk after the IPv6 address: " + printable(url));
            }
            portText = after.substr(1);
        }
        if (!isIpv6Address(host)) {
            return invalid("URL has an invalid IPv6 address: " + printable(url));
        }
    } else {
        auto colon = authority.find(':');
        if (colon != std::string_view::npos) {
            host = authority.substr(0, colon);
            portText = authority.substr(colon + 1);
        }
        if (isIpv6Address(host) || validateHost(host)) {
            return invalid("URL has an invalid host: " + printable(url));
        }
    }
    if (authority.find(':') != std::string_view::npos && authority.back() != ']') {
        uint16_t port = 0;
        if (auto error = parsePort(portText, port)) {
            return invalid("URL has an invalid port: " + printable(url));
        }
    }
    // RFC 3986 path/query characters, minus the glob characters curl expands
    // and minus the quote and '$', which no real URL needs unescaped.
    static constexpr std::string_view allowed = "-._~!&()*+,;=:@/?";
    for (std::size_t i = 0; i < path.size(); ++i) {
        char c = path[i];
        if (c == '%') {
            if (i + 2 >= path.size() || !isHex(path[i + 1]) || !isHex(path[i + 2])) {
                return invalid("URL has a bad %-escape: " + printable(url));
            }
            i += 2;
            continue;
        }
        if (!isAlnum(c) && allowed.find(c) == std::string_view::npos) {
            return invalid("URL contains a character that must be %-escaped: " + printable(url));
        }
    }
    return {};
}

RemoteError validateInterface(std::string_view name)
{
    if (name.empty() || name.size() > 15) {
        return invalid("interface name must be 1 to 15 characters: " + printable(name));
    }
    if (name.front() == '-' || name == "." || name == "..") {
        return invalid("not an interface name: " + printable(name));
    }
    for (char c : name) {
        if (!isAlnum(c) && c != '.' && c != '_' && c != '-') {
            return invalid("not an interface name: " + printable(name));
        }
    }
    return {};
}

RemoteError validateUser(std::string_view user)
{
    if (user.empty() || user.size() > 64) {
        return invalid("user name must be 1 to 64 characters");
    }
    if (user.front() == '-') {
        return invalid("user name must not start with '-': " + printable(user));
    }
    for (char c : user) {
        if (!isAlnum(c) && c != '.' && c != '_' && c != '-') {
            return invalid("not a user name: " + printable(user));
        }
    }
    return {};
}

} // namespace natdoctor::remote
