#pragma once

#include <array>
#include <bit>
#include <compare>
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

    // Family, then the bytes in order (what the defaulted operators did),
    // as two 64-bit words: the analyzers order and compare addresses on
    // every packet, and memcmp calls were a few percent of the analysis.
    friend bool operator==(const IpAddress& a, const IpAddress& b)
    {
        return a.family == b.family && a.word(0) == b.word(0) && a.word(8) == b.word(8);
    }
    friend std::strong_ordering operator<=>(const IpAddress& a, const IpAddress& b)
    {
        if (a.family != b.family)
            return a.family <=> b.family;
        const uint64_t a0 = a.bigEndianWord(0);
        const uint64_t b0 = b.bigEndianWord(0);
        if (a0 != b0)
            return a0 <=> b0;
        return a.bigEndianWord(8) <=> b.bigEndianWord(8);
    }

private:
    uint64_t word(size_t at) const
    {
        uint64_t w;
        std::memcpy(&w, bytes.data() + at, 8);
        return w;
    }
    // Compares like the 8 bytes in order.
    uint64_t bigEndianWord(size_t at) const
    {
        if constexpr (std::endian::native == std::endian::little)
            return __builtin_bswap64(word(at));
        else
            return word(at);
    }
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
