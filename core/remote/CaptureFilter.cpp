#include "remote/CaptureFilter.h"

#include "remote/Validation.h"

#include <memory>
#include <pcap/pcap.h>

namespace natdoctor::remote {

RemoteError buildCaptureFilter(std::string_view host, uint16_t port, std::string& filter)
{
    if (auto error = validatePort(port)) {
        return error;
    }
    std::string text;
    if (isIpv4Address(host)) {
        text = "host " + std::string(host) + " and (tcp port " + std::to_string(port)
            + " or ip[6:2] & 0x1fff != 0 or icmp)";
    } else if (isIpv6Address(host)) {
        text = "host " + std::string(host) + " and (tcp port " + std::to_string(port)
            + " or ip6[6] = 44 or icmp6)";
    } else {
        return { RemoteErrorCode::InvalidInput,
                 "a capture filter needs an IP address, resolve the name first" };
    }
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
