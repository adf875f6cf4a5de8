#pragma once

#include "capture/CaptureError.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace natdoctor::capture {

class ByteSource;

// One capture record; `data` is valid until the next call.
struct RawPacket
{
    int64_t timeUs = 0;
    uint32_t capturedLength = 0;
    uint32_t wireLength = 0;
    const uint8_t* data = nullptr;
    // The record's own link type (libpcap DLT_ value): pcapng interfaces
    // differ. -1: the capture's (CaptureReader::linkType()).
    int linkType = -1;
};

// Reads pcap (both byte orders, micro/nanosecond, Kuznetzov's modified pcap)
// and pcapng (any number of sections and interfaces, mixed link types and
// snapshot lengths, per-interface timestamp resolution and offset), plain or
// gzip/zstd compressed (detected by content), from a file or a stream (a pipe
// fd, for live remote captures: records are handed over as they arrive).
// Records are parsed in place in one read buffer; memory does not grow with
// the capture. See docs/decisions/capture-reader.md.
class CaptureReader
{
public:
    enum class Next {
        Packet, // `out` holds a record
        End, // clean end of the capture
        Truncated, // the file ended inside a record
        Error, // damaged data; error() says what
    };

    static std::unique_ptr<CaptureReader> openFile(const std::string& path, CaptureError& error);
    // Takes ownership of `fd` (closed with the reader). Blocks in next() until
    // data arrives or the writer closes its end.
    static std::unique_ptr<CaptureReader> openStream(int fd, CaptureError& error);

    CaptureReader(const CaptureReader&) = delete;
    CaptureReader& operator=(const CaptureReader&) = delete;
    ~CaptureReader();

    Next next(RawPacket& out);

    // The capture's link type: the pcap header's, or the first supported
    // pcapng interface's. Each record carries its own in RawPacket::linkType.
    int linkType() const { return m_linkType; }
    // "pcap", "pcapng", with " (gzip)" / " (zstd)" when compressed.
    std::string format() const;
    // Bytes consumed so far and the file size (-1 for streams), for progress
    // (compressed bytes for a compressed file).
    int64_t position() const;
    int64_t size() const { return m_size; }
    const CaptureError& error() const { return m_error; }

private:
    struct Interface
    {
        int linkType = 0; // DLT_ value
        uint32_t snapLength = 0;
        // Timestamp units: 10^-exponent or 2^-exponent seconds.
        bool binary = false;
        uint8_t exponent = 6;
        int64_t offsetSeconds = 0;
        uint64_t multiplier = 1; // to microseconds, for 10^-0 .. 10^-6 s units
        uint64_t divisor = 1; // from 10^-7 s units and finer; 0 when beyond 64 bits
    };
    enum class Format {
        Pcap,
        Pcapng,
    };

    CaptureReader() = default;
    static std::unique_ptr<CaptureReader> open(int fd, bool stream, CaptureError& error);
    bool startPcap(CaptureError& error);
    bool startPcapng(CaptureError& error);

    // Makes `n` bytes available at m_pos; false at the end of the data (or an
    // error: m_sourceFailed). Grows the buffer up to MaxBlock.
    bool fill(size_t n);
    Next fail(const std::string& message);
    Next truncated(const std::string& message);
    Next nextPcap(RawPacket& out);
    Next nextPcapng(RawPacket& out);
    Next readBlock(RawPacket& out);
    // End when read; Error/Truncated (m_error says why) otherwise.
    Next readSectionHeader();
    bool readInterface(const uint8_t* body, size_t length);
    int64_t toMicroseconds(const Interface& itf, uint64_t ticks) const;

    uint16_t u16(const uint8_t* p) const;
    uint32_t u32(const uint8_t* p) const;

    std::unique_ptr<ByteSource> m_source;
    std::vector<uint8_t> m_buffer;
    size_t m_pos = 0; // next unread byte
    size_t m_end = 0; // end of valid data
    bool m_eof = false;
    bool m_sourceFailed = false;

    Format m_format = Format::Pcap;
    const char* m_compression = nullptr;
    bool m_swapped = false; // pcap file / current pcapng section in the other byte order
    bool m_nanoseconds = false; // pcap
    bool m_modifiedPcap = false; // Kuznetzov's: 8 more bytes per record header
    uint32_t m_snapLength = 0; // pcap
    std::vector<Interface> m_interfaces; // pcapng, current section
    int64_t m_lastTimeUs = 0; // for pcapng simple packet blocks, which have none

    int m_linkType = 0;
    int64_t m_size = -1;
    CaptureError m_error;
};

} // namespace natdoctor::capture
