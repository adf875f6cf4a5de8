#pragma once

#include "capture/IpAddress.h"

#include <cstdint>

namespace natdoctor::analysis {

using capture::IpAddress;

// A TCP 4-tuple with its two endpoints in a canonical order, so both
// directions of a connection find the same entry with one lookup.
struct FlowKey
{
    IpAddress loAddress;
    IpAddress hiAddress;
    uint16_t loPort = 0;
    uint16_t hiPort = 0;

    // Builds the key; `srcIsLo` tells which endpoint the packet's source became.
    static FlowKey make(const IpAddress& src, uint16_t srcPort, const IpAddress& dst, uint16_t dstPort,
                        bool& srcIsLo)
    {
        FlowKey k;
        srcIsLo = src < dst || (src == dst && srcPort <= dstPort);
        if (srcIsLo) {
            k.loAddress = src;
            k.loPort = srcPort;
            k.hiAddress = dst;
            k.hiPort = dstPort;
        } else {
            k.loAddress = dst;
            k.loPort = dstPort;
            k.hiAddress = src;
            k.hiPort = srcPort;
        }
        return k;
    }

    friend bool operator==(const FlowKey&, const FlowKey&) = default;
};

struct FlowKeyHash
{
    size_t operator()(const FlowKey& k) const
    {
        const uint64_t ports = static_cast<uint64_t>(k.loPort) << 16 | k.hiPort;
        return capture::hashAddress(k.hiAddress, capture::hashAddress(k.loAddress, ports));
    }
};

} // namespace natdoctor::analysis
