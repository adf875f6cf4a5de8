#include "diagnosis/DiagnosisInputs.h"

#include <charconv>

namespace natdoctor::diagnosis {

std::string SshTarget::toString() const
{
    const bool v6 = host.find(':') != std::string::npos;
    std::string text = user.empty() ? std::string() : user + "@";
    text += v6 && port != 22 ? "[" + host + "]" : host;
    if (port != 22)
        text += ":" + std::to_string(port);
    return text;
}

std::optional<SshTarget> SshTarget::parse(const std::string& text, std::string& error)
{
    SshTarget target;
    std::string rest = text;
    const size_t at = rest.rfind('@');
    if (at != std::string::npos) {
        target.user = rest.substr(0, at);
        rest = rest.substr(at + 1);
        if (target.user.empty()) {
            error = "empty user name in \"" + text + "\"";
            return std::nullopt;
        }
    }
    std::string portText;
    if (!rest.empty() && rest.front() == '[') {
        const size_t close = rest.find(']');
        if (close == std::string::npos) {
            error = "missing ] in \"" + text + "\"";
            return std::nullopt;
        }
        target.host = rest.substr(1, close - 1);
        if (close + 1 < rest.size()) {
            if (rest[close + 1] != ':') {
                error = "expected :PORT after ] in \"" + text + "\"";
                return std::nullopt;
            }
            portText = rest.substr(close + 2);
        }
    } else if (const size_t colon = rest.find(':');
               colon != std::string::npos && rest.find(':', colon + 1) == std::string::npos) {
        target.host = rest.substr(0, colon);
        portText = rest.substr(colon + 1);
    } else {
        target.host = rest; // a bare IPv6 address has several colons and no port
    }
    if (target.host.empty()) {
        error = "no host in \"" + text + "\"";
        return std::nullopt;
    }
    if (!portText.empty() || (rest.size() && rest.back() == ':')) {
        unsigned port = 0;
        const auto [end, ec] = std::from_chars(portText.data(), portText.data() + portText.size(), port);
        if (ec != std::errc() || end != portText.data() + portText.size() || port == 0 || port > 65535) {
            error = "bad port \"" + portText + "\" in \"" + text + "\" (1-65535)";
            return std::nullopt;
        }
        target.port = static_cast<uint16_t>(port);
    }
    return target;
}

std::string_view triggerKindName(TriggerKind kind)
{
    switch (kind) {
    case TriggerKind::Http:
        return "http";
    case TriggerKind::Https:
        return "https";
    case TriggerKind::Tcp:
        return "tcp";
    case TriggerKind::Icmp:
        return "icmp";
    }
    return "http";
}

std::optional<TriggerKind> parseTriggerKind(std::string_view text)
{
    if (text == "http")
        return TriggerKind::Http;
    if (text == "https")
        return TriggerKind::Https;
    if (text == "tcp")
        return TriggerKind::Tcp;
    if (text == "icmp")
        return TriggerKind::Icmp;
    return std::nullopt;
}

} // namespace natdoctor::diagnosis
