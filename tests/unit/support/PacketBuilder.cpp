#include "support/PacketBuilder.h"

#include <arpa/inet.h>
#include <cstdlib>
#include <pcap/pcap.h>
#include <stdexcept>
#include <unistd.h>

namespace natdoctor::test {

namespace {

void put16(Bytes& b, size_t at, uint16_t v)
{
    b[at] = static_cast<uint8_t>(v >> 8);
    b[at + 1] = static_cast<uint8_t>(v);
}

void put32(Bytes& b, size_t at, uint32_t v)
{
    put16(b, at, static_cast<uint16_t>(v >> 16));
    put16(b, at + 2, static_cast<uint16_t>(v));
}

void putAddress(Bytes& b, size_t at, const std::string& text, int family)
{
    uint8_t buffer[16];
    if (inet_pton(family, text.c_str(), buffer) != 1)
        throw std::invalid_argument("bad address " + text);
    std::copy(buffer, buffer + (family == AF_INET ? 4 : 16), b.begin() + static_cast<long>(at));
}

Bytes concat(Bytes head, const Bytes& tail)
{
    head.insert(head.end(), tail.begin(), tail.end());
    return head;
}

} // namespace

Bytes ipv4(const Ipv4Spec& ip, const Bytes& l4)
{
    Bytes b(20, 0);
    b[0] = 0x45;
    const size_t total = 20 + l4.size();
    put16(b, 2,
          ip.totalLengthOverride >= 0 ? static_cast<uint16_t>(ip.totalLengthOverride)
                                      : static_cast<uint16_t>(total));
    put16(b, 4, ip.id);
    uint16_t flags = static_cast<uint16_t>(ip.offsetBytes / 8);
    if (ip.df)
        flags |= 0x4000;
    if (ip.mf)
        flags |= 0x2000;
    put16(b, 6, flags);
    b[8] = 64;
    b[9] = ip.protocol;
    putAddress(b, 12, ip.src, AF_INET);
    putAddress(b, 16, ip.dst, AF_INET);
    return concat(b, l4);
}

Bytes ipv6(const std::string& src, const std::string& dst, uint8_t nextHeader, const Bytes& l4, bool fragment,
           uint16_t offsetBytes, bool more, uint32_t id)
{
    Bytes b(40, 0);
    b[0] = 0x60;
    const size_t payload = l4.size() + (fragment ? 8 : 0);
    put16(b, 4, static_cast<uint16_t>(payload));
    b[6] = fragment ? 44 : nextHeader;
    b[7] = 64;
    putAddress(b, 8, src, AF_INET6);
    putAddress(b, 24, dst, AF_INET6);
    if (fragment) {
        Bytes f(8, 0);
        f[0] = nextHeader;
        put16(f, 2, static_cast<uint16_t>((offsetBytes & 0xfff8) | (more ? 1 : 0)));
        put32(f, 4, id);
        b = concat(b, f);
    }
    return concat(b, l4);
}

Bytes tcp(const TcpSpec& s)
{
    Bytes options;
    if (s.mss >= 0) {
        options.insert(options.end(), { 2, 4, 0, 0 });
        put16(options, options.size() - 2, static_cast<uint16_t>(s.mss));
    }
    if (s.timestamps) {
        options.insert(options.end(), { 1, 1, 8, 10, 0, 0, 0, 0, 0, 0, 0, 0 });
        put32(options, options.size() - 8, s.tsVal);
        put32(options, options.size() - 4, s.tsEcr);
    }
    while (options.size() % 4)
        options.push_back(1);
    Bytes b(20, 0);
    put16(b, 0, s.srcPort);
    put16(b, 2, s.dstPort);
    put32(b, 4, s.seq);
    put32(b, 8, s.ack);
    b[12] = static_cast<uint8_t>(((20 + options.size()) / 4) << 4);
    b[13] = s.flags;
    put16(b, 14, 65535);
    b = concat(b, options);
    b.resize(b.size() + s.payload, 0xab);
    return b;
}

Bytes icmpFragNeeded(uint16_t mtu)
{
    Bytes b(8, 0);
    b[0] = 3;
    b[1] = 4;
    put16(b, 6, mtu);
    Ipv4Spec quoted;
    return concat(b, ipv4(quoted, Bytes(8, 0)));
}

Bytes icmpv6PacketTooBig(uint32_t mtu)
{
    Bytes b(8, 0);
    b[0] = 2;
    put32(b, 4, mtu);
    return concat(b, Bytes(40, 0));
}

Bytes ethernet(const Bytes& ip, bool v6, int vlanTags)
{
    Bytes b(12, 0x02);
    for (int i = 0; i < vlanTags; ++i)
        b.insert(b.end(),
                 { static_cast<uint8_t>(i == 0 && vlanTags > 1 ? 0x88 : 0x81),
                   static_cast<uint8_t>(i == 0 && vlanTags > 1 ? 0xa8 : 0x00), 0x00, 0x0a });
    b.insert(b.end(), { static_cast<uint8_t>(v6 ? 0x86 : 0x08), static_cast<uint8_t>(v6 ? 0xdd : 0x00) });
    return concat(b, ip);
}

Bytes linuxSll(const Bytes& ip, bool v6)
{
    Bytes b(16, 0);
    put16(b, 2, 1); // ARPHRD_ETHER
    put16(b, 4, 6);
    put16(b, 14, v6 ? 0x86dd : 0x0800);
    return concat(b, ip);
}

Bytes linuxSll2(const Bytes& ip, bool v6)
{
    Bytes b(20, 0);
    put16(b, 0, v6 ? 0x86dd : 0x0800);
    put32(b, 4, 2); // interface index
    put16(b, 8, 1); // ARPHRD_ETHER
    b[11] = 6;
    return concat(b, ip);
}

Bytes bsdNull(const Bytes& ip, bool v6, bool bigEndian)
{
    const uint32_t af = v6 ? 30 : 2;
    Bytes b(4, 0);
    if (bigEndian)
        put32(b, 0, af);
    else
        b[0] = static_cast<uint8_t>(af);
    return concat(b, ip);
}

capture::RawPacket raw(const Bytes& frame, int64_t timeUs, uint32_t wireLength)
{
    capture::RawPacket r;
    r.timeUs = timeUs;
    r.capturedLength = static_cast<uint32_t>(frame.size());
    r.wireLength = wireLength ? wireLength : static_cast<uint32_t>(frame.size());
    r.data = frame.data();
    return r;
}

void writePcap(const std::string& path, int dlt, const std::vector<Frame>& frames)
{
    pcap_t* dead = pcap_open_dead(dlt, 262144);
    pcap_dumper_t* dumper = pcap_dump_open(dead, path.c_str());
    if (!dumper) {
        pcap_close(dead);
        throw std::runtime_error("cannot write " + path);
    }
    for (const Frame& f : frames) {
        pcap_pkthdr header {};
        header.ts.tv_sec = f.timeUs / 1000000;
        header.ts.tv_usec = f.timeUs % 1000000;
        header.caplen = static_cast<uint32_t>(f.bytes.size());
        header.len = f.wireLength ? f.wireLength : header.caplen;
        pcap_dump(reinterpret_cast<u_char*>(dumper), &header, f.bytes.data());
    }
    pcap_dump_close(dumper);
    pcap_close(dead);
}

std::string tempPath(const std::string& name)
{
    const char* dir = std::getenv("TMPDIR");
    return std::string(dir ? dir : "/tmp") + "/natdoctor-test-" + std::to_string(::getpid()) + "-" + name;
}

} // namespace natdoctor::test
