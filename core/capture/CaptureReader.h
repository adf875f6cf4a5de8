#pragma once

#include "capture/CaptureError.h"

#include <cstdint>
#include <memory>
#include <string>

struct pcap;

namespace natdoctor::capture {

// One record as libpcap hands it over; `data` is valid until the next call.
struct RawPacket
{
    int64_t timeUs = 0;
    uint32_t capturedLength = 0;
    uint32_t wireLength = 0;
    const uint8_t* data = nullptr;
};

// Reads pcap and pcapng records through libpcap, from a file or a stream (a pipe
// fd, for live remote captures). RAII over pcap_t.
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

    int linkType() const { return m_linkType; }
    // Bytes consumed so far and the file size (-1 for streams), for progress.
    int64_t position() const;
    int64_t size() const { return m_size; }
    const CaptureError& error() const { return m_error; }

private:
    struct PcapDeleter
    {
        void operator()(pcap* handle) const;
    };
    explicit CaptureReader(pcap* handle);

    std::unique_ptr<pcap, PcapDeleter> m_handle;
    int m_linkType = 0;
    int64_t m_size = -1;
    CaptureError m_error;
};

} // namespace natdoctor::capture
