// libFuzzer entry point for the capture engine. The same bytes are used twice:
//  1. as a whole capture file (pcap or pcapng, plain or gzip/zstd compressed)
//     read through CaptureReader::openStream
//     and analysed like `natdoctor analyze`, both output formats included;
//  2. as one link-layer frame fed to decodePacket and a CaptureAnalyzer, the first
//     byte choosing the link type and the second stretching the wire length, so
//     every decoder is reached without needing a valid file header first.

#include "analysis/CaptureAnalyzer.h"
#include "analysis/SummaryFormat.h"
#include "capture/CaptureReader.h"
#include "capture/PacketDecoder.h"
#include "findings/CaptureFindings.h"
#include "findings/FindingFormat.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <pcap/pcap.h>
#include <sys/mman.h>
#include <unistd.h>

namespace {

using namespace natdoctor;

constexpr int LinkTypes[] = { DLT_EN10MB, DLT_LINUX_SLL, DLT_LINUX_SLL2, DLT_RAW,  DLT_IPV4,
                              DLT_IPV6,   DLT_NULL,      DLT_LOOP,       DLT_NFLOG };

// One memfd for the whole run: rewriting it costs two syscalls, and openStream
// gets a dup whose offset (shared with the memfd) we rewind first.
int captureFd(const uint8_t* data, size_t size)
{
    static const int memfd = memfd_create("natdoctor-fuzz", MFD_CLOEXEC);
    if (memfd < 0 || ftruncate(memfd, 0) != 0)
        std::abort();
    size_t done = 0;
    while (done < size) {
        const ssize_t n = pwrite(memfd, data + done, size - done, static_cast<off_t>(done));
        if (n <= 0)
            std::abort();
        done += static_cast<size_t>(n);
    }
    if (lseek(memfd, 0, SEEK_SET) != 0)
        std::abort();
    const int fd = dup(memfd);
    if (fd < 0)
        std::abort();
    return fd;
}

void fuzzCaptureFile(const uint8_t* data, size_t size)
{
    capture::CaptureError error;
    const auto reader = capture::CaptureReader::openStream(captureFd(data, size), error);
    if (!reader) {
        (void)capture::describe(error);
        return;
    }
    const analysis::CaptureSummary summary = analysis::analyzeCapture(*reader);
    (void)analysis::summaryToJson(summary, true);
    (void)analysis::summaryToText(summary);
    (void)findings::findingsToText(findings::captureFindings(summary)); // as `natdoctor analyze` derives them
}

void fuzzFrame(const uint8_t* data, size_t size)
{
    if (size < 2)
        return;
    const int linkType = LinkTypes[data[0] % std::size(LinkTypes)];
    capture::RawPacket raw;
    raw.data = data + 2; // the frame ends exactly where the input does: ASan sees any overread
    raw.capturedLength = static_cast<uint32_t>(size - 2);
    // Real files have wire lengths above (snaplen cut) and, when damaged, below
    // the captured length; 0x80 and up picks a shorter one.
    const uint32_t stretch = data[1];
    raw.wireLength = stretch < 0x80 ? raw.capturedLength + stretch * 97 : (stretch - 0x80) * 13;
    raw.timeUs = 1'000'000;

    capture::DecodedPacket decoded;
    (void)capture::decodePacket(linkType, raw, decoded);

    // Twice through one analyzer, far apart in time: the second pass hits the
    // "seen before" paths (retransmission, datagram merge) after an expiry sweep.
    analysis::CaptureAnalyzer analyzer(linkType);
    analyzer.add(raw);
    raw.timeUs += 3'600'000'000;
    analyzer.add(raw);
    raw.timeUs += 1;
    analyzer.add(raw);
    const analysis::CaptureSummary summary = analyzer.finish();
    (void)analysis::summaryToJson(summary);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzzCaptureFile(data, size);
    fuzzFrame(data, size);
    return 0;
}
