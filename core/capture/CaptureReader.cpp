#include "capture/CaptureReader.h"

#include "capture/ByteSource.h"
#include "capture/LinkType.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace natdoctor::capture {

namespace {

// Small enough that the records just read are still in the L2 cache when parsed.
constexpr size_t InitialBuffer = 256 << 10;
// No record or block of a real capture comes near this (snapshot lengths stop
// at 256 KiB); a length beyond it is damage, not a reason to allocate.
constexpr size_t MaxBlock = 16 << 20;

constexpr uint32_t PcapMicro = 0xa1b2c3d4;
constexpr uint32_t PcapNano = 0xa1b23c4d;
constexpr uint32_t PcapModified = 0xa1b2cd34; // Kuznetzov's patched libpcap
constexpr uint32_t PcapngSection = 0x0a0d0d0a;
constexpr uint32_t PcapngByteOrder = 0x1a2b3c4d;

constexpr uint32_t BlockInterface = 1;
constexpr uint32_t BlockObsoletePacket = 2;
constexpr uint32_t BlockSimplePacket = 3;
constexpr uint32_t BlockEnhancedPacket = 6;

inline uint32_t bswap32(uint32_t v)
{
    return __builtin_bswap32(v);
}
inline uint16_t bswap16(uint16_t v)
{
    return __builtin_bswap16(v);
}

inline uint32_t load32(const uint8_t* p)
{
    uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
}

bool startsWith(const std::string& s, const char* magic, size_t n)
{
    return s.size() >= n && std::memcmp(s.data(), magic, n) == 0;
}

// Formats natdoctor does not read: named, with what to do about them (other
// capture formats Wireshark reads: convert; other compressions: unpack).
const char* otherFormat(const std::string& head)
{
    if (startsWith(head, "snoop\0\0\0", 8))
        return "a snoop capture: convert it with `editcap -F pcap IN OUT`";
    if (startsWith(head, "GMBU", 4))
        return "a Microsoft Network Monitor capture: convert it with `editcap -F pcap IN OUT`";
    if (startsWith(head, "XCP\0", 4))
        return "a NetXRay/Sniffer capture: convert it with `editcap -F pcap IN OUT`";
    if (startsWith(head, "btsnoop\0", 8))
        return "a btsnoop capture (Bluetooth: no IP to analyse)";
    if (startsWith(head, "BZh", 3))
        return "bzip2-compressed: unpack it with `bunzip2` (or recompress with gzip or zstd)";
    if (startsWith(head,
                   "\xfd"
                   "7zXZ\0",
                   6))
        return "xz-compressed: unpack it with `unxz` (or recompress with gzip or zstd)";
    if (startsWith(head, "\x04\x22\x4d\x18", 4))
        return "lz4-compressed: unpack it with `lz4 -d` (or recompress with gzip or zstd)";
    if (startsWith(head, "\x1f\x9d", 2))
        return "compress(1)-compressed: unpack it with `uncompress` (or recompress with gzip or zstd)";
    if (startsWith(head, "PK\x03\x04", 4))
        return "a zip archive: unzip it first";
    return nullptr;
}

Compression compressionOf(const std::string& head)
{
    if (startsWith(head, "\x1f\x8b", 2))
        return Compression::Gzip;
    if (startsWith(head, "\x28\xb5\x2f\xfd", 4))
        return Compression::Zstd;
    return Compression::None;
}

// The first bytes of `fd`, as many as `want` unless the data ends first.
bool sniff(int fd, size_t want, std::string& head, std::string& why)
{
    head.resize(want);
    size_t have = 0;
    while (have < want) {
        const ssize_t n = ::read(fd, head.data() + have, want - have);
        if (n == 0)
            break;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            why = std::strerror(errno);
            return false;
        }
        have += static_cast<size_t>(n);
    }
    head.resize(have);
    return true;
}

} // namespace

CaptureReader::~CaptureReader() = default;

uint16_t CaptureReader::u16(const uint8_t* p) const
{
    uint16_t v;
    std::memcpy(&v, p, 2);
    return m_swapped ? bswap16(v) : v;
}

uint32_t CaptureReader::u32(const uint8_t* p) const
{
    const uint32_t v = load32(p);
    return m_swapped ? bswap32(v) : v;
}

std::unique_ptr<CaptureReader> CaptureReader::openFile(const std::string& path, CaptureError& error)
{
    struct stat st
    {
    };
    if (::stat(path.c_str(), &st) != 0) {
        const bool missing = errno == ENOENT || errno == ENOTDIR;
        error = { missing ? CaptureErrorCode::NotFound : CaptureErrorCode::NotReadable,
                  missing ? path : path + ": " + std::strerror(errno) };
        return nullptr;
    }
    if (S_ISDIR(st.st_mode)) {
        error = { CaptureErrorCode::IsDirectory, path };
        return nullptr;
    }
    if (S_ISREG(st.st_mode) && st.st_size == 0) {
        error = { CaptureErrorCode::Empty, path };
        return nullptr;
    }
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = { CaptureErrorCode::NotReadable, path + ": " + std::strerror(errno) };
        return nullptr;
    }
    if (S_ISREG(st.st_mode))
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    auto reader = open(fd, false, error);
    if (!reader) {
        error.detail = error.code == CaptureErrorCode::UnsupportedLinkType ? error.detail
            : error.detail.empty()                                         ? path
                                                                           : path + " (" + error.detail + ")";
        return nullptr;
    }
    reader->m_size = S_ISREG(st.st_mode) ? static_cast<int64_t>(st.st_size) : -1;
    return reader;
}

std::unique_ptr<CaptureReader> CaptureReader::openStream(int fd, CaptureError& error)
{
    auto reader = open(fd, true, error);
    if (!reader && error.code != CaptureErrorCode::UnsupportedLinkType)
        error.detail = "stream" + (error.detail.empty() ? std::string() : " (" + error.detail + ")");
    return reader;
}

std::unique_ptr<CaptureReader> CaptureReader::open(int fd, bool stream, CaptureError& error)
{
    std::string head;
    std::string why;
    if (!sniff(fd, 8, head, why)) {
        ::close(fd);
        error = { CaptureErrorCode::NotReadable, why };
        return nullptr;
    }
    if (head.empty()) {
        ::close(fd);
        error = { CaptureErrorCode::Empty, {} };
        return nullptr;
    }
    const Compression compression = compressionOf(head);
    std::unique_ptr<CaptureReader> reader(new CaptureReader());
    reader->m_source = makeDecompressor(compression, makeFdSource(fd, std::move(head)));
    reader->m_compression = compression == Compression::Gzip ? "gzip"
        : compression == Compression::Zstd                   ? "zstd"
                                                             : nullptr;
    reader->m_buffer.resize(InitialBuffer);
    (void)stream;

    const std::string packed
        = reader->m_compression ? std::string(reader->m_compression) + "-compressed " : "";
    if (!reader->fill(4)) {
        const std::string cause = reader->m_sourceFailed ? reader->m_source->error()
            : reader->m_end == 0                         ? packed + "file that holds no data"
                                                         : packed + "file too short for a capture";
        error = { reader->m_end == 0 && !reader->m_sourceFailed && !reader->m_compression
                      ? CaptureErrorCode::Empty
                      : CaptureErrorCode::NotACapture,
                  cause };
        return nullptr;
    }
    const uint32_t magic = load32(reader->m_buffer.data());
    bool ok = false;
    if (magic == PcapngSection) {
        reader->m_format = Format::Pcapng;
        ok = reader->startPcapng(error);
    } else if (magic == PcapMicro || magic == PcapNano || magic == PcapModified || bswap32(magic) == PcapMicro
               || bswap32(magic) == PcapNano || bswap32(magic) == PcapModified) {
        reader->m_format = Format::Pcap;
        ok = reader->startPcap(error);
    } else {
        std::string first(reinterpret_cast<const char*>(reader->m_buffer.data()),
                          std::min<size_t>(reader->m_end, 8));
        const char* other = otherFormat(first);
        // Unknown content: Wireshark reads dozens of formats; editcap converts them.
        error = { CaptureErrorCode::NotACapture,
                  other ? std::string(other)
                        : packed
                          + "content that is not pcap or pcapng; if Wireshark opens it, convert it with "
                            "`editcap -F pcap IN OUT` or `tshark -r IN -F pcap -w OUT`" };
    }
    if (!ok)
        return nullptr;
    return reader;
}

std::string CaptureReader::format() const
{
    std::string f = m_format == Format::Pcapng ? "pcapng" : "pcap";
    if (m_compression)
        f += std::string(" (") + m_compression + ")";
    return f;
}

int64_t CaptureReader::position() const
{
    const int64_t consumed = m_source->consumed();
    return m_compression ? consumed : consumed - static_cast<int64_t>(m_end - m_pos);
}

bool CaptureReader::fill(size_t n)
{
    if (m_end - m_pos >= n)
        return true;
    if (n > MaxBlock)
        return false;
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_pos, m_end - m_pos);
        m_end -= m_pos;
        m_pos = 0;
    }
    while (m_end < n) {
        if (m_eof || m_sourceFailed)
            return false;
        if (m_end == m_buffer.size())
            m_buffer.resize(std::min(MaxBlock, std::max(m_buffer.size() * 2, n)));
        const long got = m_source->read(m_buffer.data() + m_end, m_buffer.size() - m_end);
        if (got < 0) {
            m_sourceFailed = true;
            return false;
        }
        if (got == 0) {
            m_eof = true;
            return false;
        }
        m_end += static_cast<size_t>(got);
    }
    return true;
}

CaptureReader::Next CaptureReader::fail(const std::string& message)
{
    m_error = { CaptureErrorCode::ReadError, message };
    return Next::Error;
}

CaptureReader::Next CaptureReader::truncated(const std::string& message)
{
    if (m_sourceFailed)
        return fail(m_source->error());
    m_error = { CaptureErrorCode::ReadError, "truncated: " + message };
    return Next::Truncated;
}

// ---- pcap ------------------------------------------------------------------

bool CaptureReader::startPcap(CaptureError& error)
{
    if (!fill(24)) {
        error = { CaptureErrorCode::NotACapture,
                  m_sourceFailed ? m_source->error() : "pcap file header cut short" };
        return false;
    }
    const uint8_t* p = m_buffer.data();
    uint32_t magic = load32(p);
    m_swapped = magic != PcapMicro && magic != PcapNano && magic != PcapModified;
    if (m_swapped)
        magic = bswap32(magic);
    m_nanoseconds = magic == PcapNano;
    m_modifiedPcap = magic == PcapModified;
    m_snapLength = u32(p + 16);
    const uint32_t linkType = u32(p + 20) & 0xffff; // upper bits: FCS length
    m_linkType = dltFromLinkType(linkType);
    m_pos = 24;
    if (!isSupportedLinkType(m_linkType)) {
        error = { CaptureErrorCode::UnsupportedLinkType, linkTypeName(m_linkType) };
        return false;
    }
    return true;
}

CaptureReader::Next CaptureReader::nextPcap(RawPacket& out)
{
    const size_t headerLength = m_modifiedPcap ? 24 : 16;
    if (!fill(headerLength)) {
        if (m_end == m_pos && !m_sourceFailed)
            return Next::End;
        return truncated("the file ends inside a record header");
    }
    const uint8_t* p = m_buffer.data() + m_pos;
    const uint32_t captured = u32(p + 8);
    if (captured > MaxBlock - headerLength)
        return fail("damaged record: captured length " + std::to_string(captured));
    if (!fill(headerLength + captured))
        return truncated("the file ends inside a record");
    p = m_buffer.data() + m_pos;
    const int64_t seconds = u32(p);
    const uint32_t fraction = u32(p + 4);
    const int64_t micros = m_nanoseconds ? fraction / 1000 : fraction;
    out.timeUs = seconds * 1'000'000 + std::min<int64_t>(micros, 999'999);
    out.capturedLength = captured;
    out.wireLength = u32(p + 12);
    out.data = p + headerLength;
    out.linkType = m_linkType;
    m_pos += headerLength + captured;
    return Next::Packet;
}

// ---- pcapng ----------------------------------------------------------------

CaptureReader::Next CaptureReader::readSectionHeader()
{
    const uint8_t* p = m_buffer.data() + m_pos;
    const uint32_t order = load32(p + 8);
    if (order == PcapngByteOrder)
        m_swapped = false;
    else if (bswap32(order) == PcapngByteOrder)
        m_swapped = true;
    else
        return fail("damaged pcapng section header (byte-order magic)");
    const uint32_t length = u32(p + 4);
    if (length < 28 || length % 4 != 0 || length > MaxBlock)
        return fail("damaged pcapng section header (length " + std::to_string(length) + ")");
    if (!fill(length))
        return truncated("the file ends inside a section header");
    p = m_buffer.data() + m_pos;
    if (u32(p + length - 4) != length)
        return fail("damaged pcapng section header (trailing length)");
    const uint16_t major = u16(p + 12);
    if (major != 1)
        return fail("pcapng version " + std::to_string(major) + " is not supported");
    m_interfaces.clear();
    m_pos += length;
    return Next::End;
}

bool CaptureReader::readInterface(const uint8_t* body, size_t length)
{
    if (length < 8) {
        fail("damaged pcapng interface block");
        return false;
    }
    Interface itf;
    itf.linkType = dltFromLinkType(u16(body));
    itf.snapLength = u32(body + 4);
    size_t at = 8;
    while (at + 4 <= length) {
        const uint16_t code = u16(body + at);
        const uint16_t size = u16(body + at + 2);
        at += 4;
        if (code == 0 || at + size > length)
            break;
        if (code == 9 && size >= 1) { // if_tsresol
            itf.binary = (body[at] & 0x80) != 0;
            itf.exponent = body[at] & 0x7f;
        } else if (code == 14 && size == 8) { // if_tsoffset, seconds
            uint64_t v;
            std::memcpy(&v, body + at, 8);
            itf.offsetSeconds = static_cast<int64_t>(m_swapped ? __builtin_bswap64(v) : v);
        }
        at += (size + 3u) & ~3u;
    }
    // Offsets beyond any real capture are damage: keep the arithmetic in range.
    itf.offsetSeconds = std::clamp<int64_t>(itf.offsetSeconds, -(int64_t(1) << 40), int64_t(1) << 40);
    if (!itf.binary) {
        for (int e = itf.exponent; e < 6; ++e)
            itf.multiplier *= 10;
        for (int e = 6; e < itf.exponent; ++e)
            itf.divisor = itf.divisor > UINT64_MAX / 10 ? 0 : itf.divisor * 10;
    }
    m_interfaces.push_back(itf);
    return true;
}

int64_t CaptureReader::toMicroseconds(const Interface& itf, uint64_t ticks) const
{
    // Scale factors precomputed per interface (readInterface): one 64-bit
    // division or multiplication per record, no 128-bit division.
    using i128 = __int128;
    i128 us;
    if (itf.binary)
        us = itf.exponent >= 100
            ? 0
            : static_cast<i128>((static_cast<unsigned __int128>(ticks) * 1'000'000) >> itf.exponent);
    else if (itf.divisor > 1)
        us = ticks / itf.divisor;
    else if (itf.divisor == 0) // beyond 10^-25 s units: nothing that fits a microsecond
        us = 0;
    else
        us = static_cast<i128>(ticks) * itf.multiplier;
    us += static_cast<i128>(itf.offsetSeconds) * 1'000'000;
    // Clamped to 32-bit seconds like pcap's: every later difference stays in range.
    const i128 maxUs = static_cast<i128>(0xffffffffLL) * 1'000'000 + 999'999;
    return static_cast<int64_t>(std::clamp<i128>(us, 0, maxUs));
}

bool CaptureReader::startPcapng(CaptureError& error)
{
    if (!fill(12) || readSectionHeader() != Next::End) {
        error = { CaptureErrorCode::NotACapture,
                  m_error              ? m_error.detail
                      : m_sourceFailed ? m_source->error()
                                       : "pcapng section header cut short" };
        return false;
    }
    // Read the blocks before the first packet: the interfaces say which link
    // types the file holds. (A live stream writes them before any packet.)
    for (;;) {
        if (!fill(12))
            break; // no packets at all, or cut short: next() will say
        const uint32_t type = u32(m_buffer.data() + m_pos);
        if (type == BlockEnhancedPacket || type == BlockSimplePacket || type == BlockObsoletePacket)
            break;
        RawPacket ignored;
        const Next n = readBlock(ignored);
        if (n == Next::Error) {
            error = { CaptureErrorCode::NotACapture, m_error.detail };
            return false;
        }
        if (n == Next::Truncated)
            break;
    }
    m_error = {};
    for (const Interface& itf : m_interfaces) {
        if (isSupportedLinkType(itf.linkType)) {
            m_linkType = itf.linkType;
            return true;
        }
    }
    if (m_interfaces.empty()) {
        m_linkType = 1; // no interface (yet): no packet to decode either
        return true;
    }
    std::string names;
    for (const Interface& itf : m_interfaces)
        names.append(names.empty() ? "" : ", ").append(linkTypeName(itf.linkType));
    error = { CaptureErrorCode::UnsupportedLinkType, names };
    return false;
}

CaptureReader::Next CaptureReader::nextPcapng(RawPacket& out)
{
    for (;;) {
        const Next n = readBlock(out);
        if (n != Next::Packet || out.data)
            return n;
    }
}

// One block: Packet with `out.data` set for a packet, Packet with it null for
// any other block (consumed), or how reading ended.
CaptureReader::Next CaptureReader::readBlock(RawPacket& out)
{
    out.data = nullptr;
    if (!fill(12)) {
        if (m_end == m_pos && !m_sourceFailed)
            return Next::End;
        return truncated("the file ends inside a block header");
    }
    const uint8_t* p = m_buffer.data() + m_pos;
    const uint32_t type = u32(p);
    if (type == PcapngSection) {
        const Next n = readSectionHeader();
        return n == Next::End ? Next::Packet : n;
    }
    const uint32_t length = u32(p + 4);
    if (length < 12 || length % 4 != 0 || length > MaxBlock)
        return fail("damaged pcapng block (type " + std::to_string(type) + ", length "
                    + std::to_string(length) + ")");
    if (!fill(length))
        return truncated("the file ends inside a block");
    p = m_buffer.data() + m_pos;
    if (u32(p + length - 4) != length)
        return fail("damaged pcapng block (trailing length)");
    const uint8_t* body = p + 8;
    const size_t bodyLength = length - 12;

    uint32_t interface = 0;
    uint64_t ticks = 0;
    bool hasTime = true;
    uint32_t captured = 0;
    uint32_t wire = 0;
    size_t dataOffset = 20;
    switch (type) {
    case BlockEnhancedPacket:
        if (bodyLength < 20)
            return fail("damaged pcapng packet block");
        interface = u32(body);
        ticks = static_cast<uint64_t>(u32(body + 4)) << 32 | u32(body + 8);
        captured = u32(body + 12);
        wire = u32(body + 16);
        break;
    case BlockObsoletePacket:
        if (bodyLength < 20)
            return fail("damaged pcapng packet block");
        interface = u16(body);
        ticks = static_cast<uint64_t>(u32(body + 4)) << 32 | u32(body + 8);
        captured = u32(body + 12);
        wire = u32(body + 16);
        break;
    case BlockSimplePacket:
        if (bodyLength < 4)
            return fail("damaged pcapng simple packet block");
        hasTime = false;
        dataOffset = 4;
        wire = u32(body);
        captured = static_cast<uint32_t>(std::min<size_t>(wire, bodyLength - 4));
        if (!m_interfaces.empty() && m_interfaces[0].snapLength != 0)
            captured = std::min(captured, m_interfaces[0].snapLength);
        break;
    case BlockInterface:
        if (!readInterface(body, bodyLength))
            return Next::Error;
        m_pos += length;
        return Next::Packet;
    default: // statistics, name resolution, secrets, custom: not needed
        m_pos += length;
        return Next::Packet;
    }
    if (captured > bodyLength - dataOffset)
        return fail("damaged pcapng packet block (captured length " + std::to_string(captured) + ")");
    if (interface >= m_interfaces.size())
        return fail("packet on interface " + std::to_string(interface) + ", which the file does not declare");
    const Interface& itf = m_interfaces[interface];
    // A simple packet block has no time: it shares the previous record's.
    out.timeUs = hasTime ? toMicroseconds(itf, ticks) : m_lastTimeUs;
    m_lastTimeUs = out.timeUs;
    out.capturedLength = captured;
    out.wireLength = wire;
    out.data = body + dataOffset;
    out.linkType = itf.linkType;
    m_pos += length;
    return Next::Packet;
}

CaptureReader::Next CaptureReader::next(RawPacket& out)
{
    return m_format == Format::Pcap ? nextPcap(out) : nextPcapng(out);
}

} // namespace natdoctor::capture
