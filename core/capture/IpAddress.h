#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

namespace natdoctor::capture {

// An IPv4 or IPv6 address as it appears on the wire (network byte order).
struct IpAddress
{
    uint8_t family = 0; // 0 = none, 4 = IPv4, 6 = IPv6
    std::array<uint8_t, 16> bytes {};

    static IpAddress v4(const uint8_t* wire)
    {
        IpAddress a;
        a.family = 4;
        std::memcpy(a.bytes.data(), wire, 4);
        return a;
    }
    static IpAddress v6(const uint8_t* wire)
    {
        IpAddress a;
        a.family = 6;
        std::memcpy(a.bytes.data(), wire, 16);
        return a;
    }
    // Parses dotted IPv4 or textual IPv6; returns a family-0 address on failure.
    static IpAddress parse(const std::string& text);

    bool isValid() const { return family != 0; }
    std::string toString() const;

    friend bool operator==(const IpAddress&, const IpAddress&) = default;
    friend auto operator<=>(const IpAddress&, const IpAddress&) = default;
};

// Fast mixing hash over the 16 address bytes and the family.
inline uint64_t hashMix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return x;
}

inline uint64_t hashAddress(const IpAddress& a, uint64_t seed = 0)
{
    uint64_t lo;
    uint64_t hi;
    std::memcpy(&lo, a.bytes.data(), 8);
    std::memcpy(&hi, a.bytes.data() + 8, 8);
    return hashMix(seed ^ lo ^ hashMix(hi + a.family));
}

struct IpAddressHash
{
    size_t operator()(const IpAddress& a) const { return hashAddress(a); }
};

} // namespace natdoctor::capture
