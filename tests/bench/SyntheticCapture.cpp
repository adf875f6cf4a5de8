#include "SyntheticCapture.h"

#include <array>
#include <cstdio>
#include <cstring>
#include <memory>
#include <pcap/pcap.h>
#include <queue>
#include <stdexcept>
#include <vector>

namespace natdoctor::bench {

namespace {

struct PcapCloser
{
    void operator()(pcap_t* p) const { pcap_close(p); }
};
struct DumperCloser
{
    void operator()(pcap_dumper_t* d) const { pcap_dump_close(d); }
};

// Deterministic per-flow randomness without storing anything per flow.
uint64_t splitmix(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

enum class Kind : uint8_t {
    Established,
    Refused,
    Unanswered,
};

struct Flow
{
    Kind kind = Kind::Established;
    bool fragmented = false; // the response crosses a link with MTU 1000
    uint32_t client = 0; // IPv4, host order
    uint32_t server = 0;
    uint16_t clientPort = 0;
    uint16_t serverPort = 0;
    uint32_t clientIsn = 0;
    uint32_t serverIsn = 0;
    uint32_t clientTsBase = 0;
    uint32_t serverTsBase = 0;
    uint16_t ipIdBase = 0;
    int64_t startUs = 0;
    int64_t rttUs = 0;
};

Flow makeFlow(uint64_t index, const SyntheticConfig& c)
{
    const uint64_t h = splitmix(index);
    Flow f;
    const uint32_t pick = h % 100;
    f.kind = pick < 5 ? Kind::Refused : pick < 10 ? Kind::Unanswered : Kind::Established;
    f.fragmented = f.kind == Kind::Established && (h >> 8) % 10 == 0;
    // A 4-tuple comes back only after clients * 60000 flows: attempts never collide.
    const uint32_t clientIndex = static_cast<uint32_t>(index % c.clients);
    f.client = 0xac100000u + clientIndex; // 172.16.0.0
    f.server = 0x0a000001u + static_cast<uint32_t>(index % c.servers); // 10.0.0.1
    f.clientPort = static_cast<uint16_t>(1024 + (index / c.clients) % 60000);
    f.serverPort = (index % c.servers) % 2 == 0 ? 443 : 80;
    f.clientIsn = static_cast<uint32_t>(h >> 32);
    f.serverIsn = static_cast<uint32_t>(splitmix(h));
    // One TSval clock per client host, so no source looks like several hosts behind a NAT.
    f.clientTsBase = static_cast<uint32_t>(splitmix(clientIndex + 0x5151));
    f.serverTsBase = static_cast<uint32_t>(splitmix(f.server));
    f.ipIdBase = static_cast<uint16_t>(index * 3);
    f.startUs = static_cast<int64_t>(index * 1'000'000 / c.flowsPerSecond) + static_cast<int64_t>(h % 997);
    f.rttUs = 10'000 + static_cast<int64_t>((h >> 16) % 30'000);
    return f;
}

// One packet of a flow: when, and which step of the exchange (see render()).
struct Pending
{
    int64_t timeUs;
    uint64_t flow;
    uint8_t step;
    bool operator>(const Pending& o) const { return timeUs > o.timeUs; }
};

// Established-flow steps. Data steps 5, 6 and 8 become two fragments each
// (part 0 = first fragment with the TCP header, part 1 = the trailing one).
enum Step : uint8_t {
    Syn,
    SynAck,
    Ack,
    Request,
    ServerAck,
    Data1,
    Data2,
    ClientAck1,
    Data3,
    ClientAck2,
    ClientFin,
    ServerFin,
    Rst, // refused: the server's RST
    SynRetry1, // unanswered: retransmitted SYNs
    SynRetry2,
    FragmentTail = 0x80, // or-ed onto a data step
};

constexpr uint32_t SegmentPayload = 1448; // 1500-byte IP packets with the timestamps option
constexpr uint32_t RequestPayload = 180;
constexpr uint32_t FirstFragmentPayload = 976; // MTU 1000 minus the IP header, a multiple of 8

class Writer
{
public:
    explicit Writer(const std::string& path)
        : m_dead(pcap_open_dead(DLT_EN10MB, 65535))
    {
        if (!m_dead)
            throw std::runtime_error("pcap_open_dead failed");
        m_dumper.reset(pcap_dump_open(m_dead.get(), path.c_str()));
        if (!m_dumper)
            throw std::runtime_error(pcap_geterr(m_dead.get()));
        // Fewer, larger writes: the capture is hundreds of megabytes.
        std::setvbuf(pcap_dump_file(m_dumper.get()), nullptr, _IOFBF, 1 << 20);
    }

    void render(const Flow& f, uint8_t step, int64_t timeUs, SyntheticCounts& counts);
    uint64_t finish()
    {
        pcap_dump_flush(m_dumper.get());
        const long size = pcap_dump_ftell(m_dumper.get());
        m_dumper.reset();
        if (size < 0)
            throw std::runtime_error("writing the capture failed");
        return static_cast<uint64_t>(size);
    }

private:
    std::unique_ptr<pcap_t, PcapCloser> m_dead;
    std::unique_ptr<pcap_dumper_t, DumperCloser> m_dumper;
    std::array<uint8_t, 1514> m_frame {};
};

void put16(uint8_t* p, uint32_t v)
{
    p[0] = static_cast<uint8_t>(v >> 8);
    p[1] = static_cast<uint8_t>(v);
}
void put32(uint8_t* p, uint32_t v)
{
    put16(p, v >> 16);
    put16(p + 2, v & 0xffff);
}

void ipChecksum(uint8_t* ip)
{
    uint32_t sum = 0;
    for (int i = 0; i < 20; i += 2)
        sum += static_cast<uint32_t>(ip[i] << 8 | ip[i + 1]);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    put16(ip + 10, ~sum & 0xffff);
}

void Writer::render(const Flow& f, uint8_t stepAndPart, int64_t timeUs, SyntheticCounts& counts)
{
    const bool tail = (stepAndPart & FragmentTail) != 0;
    const auto step = static_cast<Step>(stepAndPart & ~FragmentTail);
    const bool fromServer = step == SynAck || step == ServerAck || step == Data1 || step == Data2
        || step == Data3 || step == ServerFin || step == Rst;
    const bool data = step == Data1 || step == Data2 || step == Data3;
    const uint32_t elapsedMs = static_cast<uint32_t>((timeUs - f.startUs) / 1000);

    uint8_t* eth = m_frame.data();
    std::memset(eth, 0, 14 + 20 + 40);
    eth[5] = fromServer ? 1 : 2; // destination MAC
    eth[11] = fromServer ? 2 : 1;
    put16(eth + 12, 0x0800);
    uint8_t* ip = eth + 14;
    uint8_t* tcp = ip + 20;

    // TCP header and options.
    uint32_t tcpHeader = 32; // with NOP NOP TS
    uint32_t payload = 0;
    uint8_t flags = 0x10; // ACK
    uint32_t seq = 0;
    uint32_t ack = 0;
    const uint32_t clientSeq = f.clientIsn + 1;
    const uint32_t serverSeq = f.serverIsn + 1;
    switch (step) {
    case Syn:
    case SynRetry1:
    case SynRetry2:
        flags = 0x02;
        seq = f.clientIsn;
        tcpHeader = 40;
        break;
    case SynAck:
        flags = 0x12;
        seq = f.serverIsn;
        ack = clientSeq;
        tcpHeader = 40;
        break;
    case Ack:
        seq = clientSeq;
        ack = serverSeq;
        break;
    case Request:
        flags = 0x18;
        seq = clientSeq;
        ack = serverSeq;
        payload = RequestPayload;
        break;
    case ServerAck:
        seq = serverSeq;
        ack = clientSeq + RequestPayload;
        break;
    case Data1:
    case Data2:
    case Data3:
        flags = step == Data3 ? 0x18 : 0x10;
        seq = serverSeq + (step == Data1 ? 0 : step == Data2 ? 1 : 2) * SegmentPayload;
        ack = clientSeq + RequestPayload;
        payload = SegmentPayload;
        break;
    case ClientAck1:
        seq = clientSeq + RequestPayload;
        ack = serverSeq + 2 * SegmentPayload;
        break;
    case ClientAck2:
        seq = clientSeq + RequestPayload;
        ack = serverSeq + 3 * SegmentPayload;
        break;
    case ClientFin:
        flags = 0x11;
        seq = clientSeq + RequestPayload;
        ack = serverSeq + 3 * SegmentPayload;
        break;
    case ServerFin:
        flags = 0x11;
        seq = serverSeq + 3 * SegmentPayload;
        ack = clientSeq + RequestPayload + 1;
        break;
    case Rst:
        flags = 0x14;
        seq = 0;
        ack = clientSeq;
        tcpHeader = 20;
        break;
    case FragmentTail:
        break;
    }
    put16(tcp, fromServer ? f.serverPort : f.clientPort);
    put16(tcp + 2, fromServer ? f.clientPort : f.serverPort);
    put32(tcp + 4, seq);
    put32(tcp + 8, ack);
    tcp[12] = static_cast<uint8_t>(tcpHeader / 4 << 4);
    tcp[13] = flags;
    put16(tcp + 14, 64240);
    const uint32_t tsVal = (fromServer ? f.serverTsBase : f.clientTsBase) + elapsedMs
        + static_cast<uint32_t>(f.startUs / 1000);
    if (tcpHeader == 40) { // SYN options: MSS, SACK permitted, timestamps, NOP, window scale
        const uint8_t options[20] = { 2, 4, 0x05, 0xb4, 4, 2, 8, 10, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 3, 7 };
        std::memcpy(tcp + 20, options, sizeof options);
        put32(tcp + 28, tsVal);
        if (step == SynAck)
            put32(tcp + 32, f.clientTsBase + static_cast<uint32_t>(f.startUs / 1000));
    } else if (tcpHeader == 32) {
        tcp[20] = 1;
        tcp[21] = 1;
        tcp[22] = 8;
        tcp[23] = 10;
        put32(tcp + 24, tsVal);
    }

    // IP header; a fragmented response's segments carry no DF and share an ID per datagram.
    const uint32_t datagramLength = 20 + tcpHeader + payload;
    uint32_t ipLength = datagramLength;
    uint32_t flagsOffset = 0x4000; // DF
    const bool fragment = data && f.fragmented;
    if (fragment) {
        flagsOffset = tail ? FirstFragmentPayload / 8 : 0x2000; // offset / MF
        ipLength = tail ? datagramLength - FirstFragmentPayload : 20 + FirstFragmentPayload;
    }
    ip[0] = 0x45;
    put16(ip + 2, ipLength);
    // IDs 3i..3i+2: a (server, client) pair comes back every `clients` flows with
    // other IDs, and with the same ones only long after the fragment timeout.
    const uint32_t datagram = step == Data1 ? 0 : step == Data2 ? 1 : 2;
    put16(ip + 4, static_cast<uint16_t>(f.ipIdBase + datagram));
    put16(ip + 6, flagsOffset);
    ip[8] = 64;
    ip[9] = 6;
    put32(ip + 12, fromServer ? f.server : f.client);
    put32(ip + 16, fromServer ? f.client : f.server);
    ipChecksum(ip);
    if (tail) // the trailing fragment has no TCP header: its bytes are the segment's continuation
        std::memset(ip + 20, 0, 40);

    pcap_pkthdr header {};
    header.ts.tv_sec = timeUs / 1'000'000;
    header.ts.tv_usec = timeUs % 1'000'000;
    header.caplen = header.len = 14 + ipLength;
    pcap_dump(reinterpret_cast<u_char*>(m_dumper.get()), &header, m_frame.data());
    ++counts.packets;
    if (fragment)
        ++counts.fragmentPackets;
}

// Schedules every packet of one flow, counting what natdoctor should report.
void schedule(uint64_t index, const Flow& f,
              std::priority_queue<Pending, std::vector<Pending>, std::greater<>>& queue,
              SyntheticCounts& counts)
{
    const auto at = [&](int64_t offsetUs, uint8_t step) {
        queue.push({ f.startUs + offsetUs, index, step });
    };
    const int64_t r = f.rttUs;
    ++counts.connections;
    at(0, Syn);
    switch (f.kind) {
    case Kind::Refused:
        ++counts.refused;
        at(r, Rst);
        return;
    case Kind::Unanswered:
        ++counts.unanswered;
        counts.synRetransmissions += 2;
        at(1'000'000, SynRetry1);
        at(3'000'000, SynRetry2);
        return;
    case Kind::Established:
        break;
    }
    ++counts.established;
    at(r, SynAck);
    at(r + 50, Ack);
    at(r + 100, Request);
    at(2 * r, ServerAck);
    const int64_t dataAt[] = { 2 * r + 200, 2 * r + 300, 3 * r + 400 };
    const Step dataSteps[] = { Data1, Data2, Data3 };
    for (int i = 0; i < 3; ++i) {
        at(dataAt[i], dataSteps[i]);
        if (f.fragmented)
            at(dataAt[i] + 5, static_cast<uint8_t>(dataSteps[i] | FragmentTail));
    }
    if (f.fragmented) {
        ++counts.fragmentedConnections;
        counts.fragmentDatagrams += 3;
    }
    at(3 * r + 200, ClientAck1);
    at(4 * r + 400, ClientAck2);
    at(4 * r + 500, ClientFin);
    at(5 * r + 500, ServerFin);
}

} // namespace

SyntheticCounts writeSyntheticCapture(const std::string& path, const SyntheticConfig& config)
{
    if (config.clients == 0 || config.servers == 0 || config.flowsPerSecond == 0)
        throw std::invalid_argument("clients, servers and flowsPerSecond must be positive");
    SyntheticCounts counts;
    Writer writer(path);
    // Packets are written in time order; only flows still in progress sit in
    // the queue, so the generator's memory stays small too.
    std::priority_queue<Pending, std::vector<Pending>, std::greater<>> queue;
    for (uint64_t i = 0; i < config.flows; ++i) {
        const Flow f = makeFlow(i, config);
        while (!queue.empty() && queue.top().timeUs < f.startUs) {
            const Pending p = queue.top();
            queue.pop();
            writer.render(makeFlow(p.flow, config), p.step, p.timeUs, counts);
        }
        schedule(i, f, queue, counts);
    }
    while (!queue.empty()) {
        const Pending p = queue.top();
        queue.pop();
        writer.render(makeFlow(p.flow, config), p.step, p.timeUs, counts);
    }
    counts.bytes = writer.finish();
    return counts;
}

} // namespace natdoctor::bench
