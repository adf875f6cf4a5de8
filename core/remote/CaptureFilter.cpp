#include "remote/CaptureFilter.h"

#include "remote/Validation.h"

#include <memory>
#include <pcap/pcap.h>

namespace natdoctor::remote {

namespace {

// `any` is "host A" or "(host A or host B ...)".
std::string filterText(const std::string& any, uint16_t port, bool v4)
{
    const std::string tcp = " and (tcp port " + std::to_string(port);
    return v4 ? "(" + any + tcp + " or ip[6:2] & 0x1fff != 0 or icmp)) or (icmp[0] = 3 and icmp[1] = 4)"
              : "(" + any + tcp + " or ip6[6] = 44 or icmp6)) or (icmp6 and ip6[40] = 2)";
}

} // namespace

RemoteError buildCaptureFilterForName(std::string_view name, uint16_t port, std::string& filter)
{
    if (auto error = validatePort(port)) {
        return error;
    }
    if (auto error = validateHost(name)) {
        return error;
    }
    if (isIpAddress(name)) {
        return buildCaptureFilter(name, port, filter);
    }
    filter = filterText("host " + std::string(name), port, true);
    return {};
}

RemoteError buildCaptureFilter(std::string_view host, uint16_t port, std::string& filter)
{
    return buildCaptureFilter(std::vector<std::string> { std::string(host) }, port, filter);
}

RemoteError buildCaptureFilter(const std::vector<std::string>& hosts, uint16_t port, std::string& filter)
{
    if (auto error = validatePort(port)) {
        return error;
    }
    if (hosts.empty()) {
        return { RemoteErrorCode::InvalidInput, "a capture filter needs the destination's address" };
    }
    const bool v4 = isIpv4Address(hosts.front());
    std::string any;
    for (const std::string& host : hosts) {
        if (!(v4 ? isIpv4Address(host) : isIpv6Address(host))) {
            return { RemoteErrorCode::InvalidInput,
                     "a capture filter needs IP addresses of one family, resolve names first" };
        }
        any += (any.empty() ? "host " : " or host ") + host;
    }
    if (hosts.size() > 1) {
        any = "(" + any + ")";
    }
    std::string text = filterText(any, port, v4);
    if (auto error = checkCaptureFilter(text)) {
        return error;
    }
    filter = std::move(text);
    return {};
}

RemoteError checkCaptureFilter(const std::string& filter)
{
    if (filter.empty() || filter.front() == '-' || filter.find('\0') != std::string::npos
        || filter.find('\n') != std::string::npos) {
        return { RemoteErrorCode::InvalidInput, "not a capture filter" };
    }
    struct Closer
    {
        void operator()(pcap_t* p) const { pcap_close(p); }
    };
    std::unique_ptr<pcap_t, Closer> dead(pcap_open_dead(DLT_EN10MB, 256));
    if (!dead) {
        return { RemoteErrorCode::InvalidInput, "libpcap could not open a dead handle" };
    }
    bpf_program program {};
    if (pcap_compile(dead.get(), &program, filter.c_str(), 1, PCAP_NETMASK_UNKNOWN) != 0) {
        return { RemoteErrorCode::InvalidInput,
                 std::string("invalid capture filter: ") + pcap_geterr(dead.get()) };
    }
    pcap_freecode(&program);
    return {};
}

} // namespace natdoctor::remote
