#include "capture/CaptureReader.h"

#include "analysis/CaptureAnalyzer.h"
#include "support/PacketBuilder.h"

#include <atomic>
#include <cstdio>
#include <fcntl.h>
#include <fstream>
#include <gtest/gtest.h>
#include <pcap/pcap.h>
#include <thread>
#include <unistd.h>

using namespace natdoctor;
using namespace natdoctor::test;
using capture::CaptureErrorCode;
using capture::CaptureReader;

namespace {

std::vector<Frame> threeSyns()
{
    std::vector<Frame> frames;
    for (int i = 0; i < 3; ++i) {
        TcpSpec t;
        t.srcPort = static_cast<uint16_t>(5000 + i);
        frames.push_back({ i * 1000, ethernet(ipv4({}, tcp(t))) });
    }
    return frames;
}

// pcapng bytes, little- or big-endian: section header, interfaces, packets.
class Pcapng
{
public:
    explicit Pcapng(bool bigEndian = false)
        : m_big(bigEndian)
    {
        Bytes body;
        put32(body, 0x1a2b3c4d);
        put16(body, 1);
        put16(body, 0);
        put32(body, 0xffffffff);
        put32(body, 0xffffffff);
        block(0x0a0d0d0a, body);
    }
    Pcapng& interface(int linkType, uint32_t snapLength = 262144, int tsresol = -1)
    {
        Bytes body;
        put16(body, static_cast<uint16_t>(linkType));
        put16(body, 0);
        put32(body, snapLength);
        if (tsresol >= 0) {
            put16(body, 9);
            put16(body, 1);
            body.insert(body.end(), { static_cast<uint8_t>(tsresol), 0, 0, 0 });
            put32(body, 0);
        }
        block(1, body);
        return *this;
    }
    Pcapng& packet(uint32_t interface, uint64_t ticks, const Bytes& frame)
    {
        Bytes body;
        put32(body, interface);
        put32(body, static_cast<uint32_t>(ticks >> 32));
        put32(body, static_cast<uint32_t>(ticks));
        put32(body, static_cast<uint32_t>(frame.size()));
        put32(body, static_cast<uint32_t>(frame.size()));
        body.insert(body.end(), frame.begin(), frame.end());
        block(6, body);
        return *this;
    }
    Pcapng& statistics()
    {
        block(5, Bytes(12, 0));
        return *this;
    }
    const Bytes& bytes() const { return m_bytes; }
    void write(const std::string& path) const
    {
        std::ofstream(path, std::ios::binary | std::ios::trunc)
            .write(reinterpret_cast<const char*>(m_bytes.data()),
                   static_cast<std::streamsize>(m_bytes.size()));
    }

private:
    void put16(Bytes& b, uint16_t v) const
    {
        if (m_big)
            b.insert(b.end(), { static_cast<uint8_t>(v >> 8), static_cast<uint8_t>(v) });
        else
            b.insert(b.end(), { static_cast<uint8_t>(v), static_cast<uint8_t>(v >> 8) });
    }
    void put32(Bytes& b, uint32_t v) const
    {
        if (m_big) {
            put16(b, static_cast<uint16_t>(v >> 16));
            put16(b, static_cast<uint16_t>(v));
        } else {
            put16(b, static_cast<uint16_t>(v));
            put16(b, static_cast<uint16_t>(v >> 16));
        }
    }
    void block(uint32_t type, Bytes body)
    {
        while (body.size() % 4 != 0)
            body.push_back(0);
        const auto length = static_cast<uint32_t>(12 + body.size());
        put32(m_bytes, type);
        put32(m_bytes, length);
        m_bytes.insert(m_bytes.end(), body.begin(), body.end());
        put32(m_bytes, length);
    }

    bool m_big;
    Bytes m_bytes;
};

Bytes syn(uint16_t port)
{
    TcpSpec t;
    t.srcPort = port;
    return ipv4({}, tcp(t));
}

void writeBytes(const std::string& path, const Bytes& bytes)
{
    std::ofstream(path, std::ios::binary | std::ios::trunc)
        .write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

struct ReadResult
{
    std::vector<capture::RawPacket> packets; // data pointers not kept
    std::vector<int64_t> times;
    std::vector<int> linkTypes;
    CaptureReader::Next end = CaptureReader::Next::End;
    std::string error;
};

ReadResult readAll(CaptureReader& reader)
{
    ReadResult r;
    capture::RawPacket raw;
    while ((r.end = reader.next(raw)) == CaptureReader::Next::Packet) {
        r.times.push_back(raw.timeUs);
        r.linkTypes.push_back(raw.linkType);
        raw.data = nullptr;
        r.packets.push_back(raw);
    }
    r.error = reader.error().detail;
    return r;
}

CaptureErrorCode openError(const std::string& path)
{
    capture::CaptureError error;
    EXPECT_EQ(CaptureReader::openFile(path, error), nullptr);
    return error.code;
}

} // namespace

TEST(CaptureReader, ReadsAPcapFileToItsEnd)
{
    const std::string path = tempPath("three.pcap");
    writePcap(path, DLT_EN10MB, threeSyns());
    capture::CaptureError error;
    auto reader = CaptureReader::openFile(path, error);
    ASSERT_NE(reader, nullptr) << capture::describe(error);
    EXPECT_EQ(reader->linkType(), DLT_EN10MB);
    const auto summary = analysis::analyzeCapture(*reader);
    EXPECT_EQ(summary.packets, 3u);
    EXPECT_EQ(summary.tcp.connections, 3u);
    EXPECT_FALSE(summary.truncated);
    std::remove(path.c_str());
}

TEST(CaptureReader, ATruncatedFileIsAnalysedUpToTheBreak)
{
    const std::string path = tempPath("cut.pcap");
    writePcap(path, DLT_EN10MB, threeSyns());
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), {});
    bytes.resize(bytes.size() - 10);
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
    capture::CaptureError error;
    auto reader = CaptureReader::openFile(path, error);
    ASSERT_NE(reader, nullptr);
    const auto summary = analysis::analyzeCapture(*reader);
    EXPECT_EQ(summary.packets, 2u);
    EXPECT_TRUE(summary.truncated);
    EXPECT_NE(summary.readError.find("truncated"), std::string::npos);
    std::remove(path.c_str());
}

TEST(CaptureReader, BadInputGivesAClearErrorCode)
{
    EXPECT_EQ(openError("/nonexistent/capture.pcap"), CaptureErrorCode::NotFound);
    EXPECT_EQ(openError("/tmp"), CaptureErrorCode::IsDirectory);
    const std::string empty = tempPath("empty.pcap");
    std::ofstream(empty).close();
    EXPECT_EQ(openError(empty), CaptureErrorCode::Empty);
    const std::string garbage = tempPath("garbage.pcap");
    std::ofstream(garbage) << "this is not a capture file at all, just text\n";
    EXPECT_EQ(openError(garbage), CaptureErrorCode::NotACapture);
    std::remove(empty.c_str());
    std::remove(garbage.c_str());
}

TEST(CaptureReader, UnsupportedLinkTypeIsRefusedByName)
{
    const std::string path = tempPath("usb.pcap");
    writePcap(path, DLT_USB_LINUX, {});
    capture::CaptureError error;
    EXPECT_EQ(CaptureReader::openFile(path, error), nullptr);
    EXPECT_EQ(error.code, CaptureErrorCode::UnsupportedLinkType);
    EXPECT_NE(capture::describe(error).find("USB"), std::string::npos);
    std::remove(path.c_str());
}

TEST(CaptureReader, ReadsAStreamFromAPipeAsItArrives)
{
    const std::string path = tempPath("stream.pcap");
    writePcap(path, DLT_EN10MB, threeSyns());
    std::ifstream in(path, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), {});
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    // The writer trickles the capture in two parts, like a live tcpdump -w -.
    std::thread writer([&] {
        const size_t half = bytes.size() / 2;
        EXPECT_EQ(write(fds[1], bytes.data(), half), static_cast<ssize_t>(half));
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        EXPECT_EQ(write(fds[1], bytes.data() + half, bytes.size() - half),
                  static_cast<ssize_t>(bytes.size() - half));
        close(fds[1]);
    });
    capture::CaptureError error;
    auto reader = CaptureReader::openStream(fds[0], error);
    ASSERT_NE(reader, nullptr) << capture::describe(error);
    const auto summary = analysis::analyzeCapture(*reader);
    writer.join();
    EXPECT_EQ(summary.packets, 3u);
    EXPECT_FALSE(summary.truncated);
    std::remove(path.c_str());
}

TEST(CaptureReader, ReadsPcapngWithInterfacesOfDifferentLinkTypesAndSnapLengths)
{
    // What libpcap 1.10 stops at: a second interface with another link type.
    for (const bool big : { false, true }) {
        const std::string path = tempPath(big ? "two-links-be.pcapng" : "two-links.pcapng");
        Pcapng file(big);
        file.interface(DLT_EN10MB, 256)
            .interface(DLT_LINUX_SLL2, 65535, 9) // nanoseconds
            .packet(0, 1'000'000, ethernet(syn(5000)))
            .statistics()
            .packet(1, 2'000'000'000, linuxSll2(syn(5001)))
            .packet(0, 3'000'000, ethernet(syn(5002)));
        file.write(path);
        capture::CaptureError error;
        auto reader = CaptureReader::openFile(path, error);
        ASSERT_NE(reader, nullptr) << capture::describe(error);
        EXPECT_EQ(reader->format(), "pcapng");
        EXPECT_EQ(reader->linkType(), DLT_EN10MB);
        const ReadResult r = readAll(*reader);
        EXPECT_EQ(r.end, CaptureReader::Next::End) << r.error;
        EXPECT_EQ(r.times, (std::vector<int64_t> { 1'000'000, 2'000'000, 3'000'000 }));
        EXPECT_EQ(r.linkTypes, (std::vector<int> { DLT_EN10MB, DLT_LINUX_SLL2, DLT_EN10MB }));

        auto again = CaptureReader::openFile(path, error);
        const auto summary = analysis::analyzeCapture(*again);
        EXPECT_EQ(summary.packets, 3u);
        EXPECT_EQ(summary.tcp.connections, 3u);
        EXPECT_FALSE(summary.truncated);
        EXPECT_EQ(summary.linkType, "EN10MB+LINUX_SLL2");
        std::remove(path.c_str());
    }
}

TEST(CaptureReader, ANewSectionStartsNewInterfacesAndByteOrder)
{
    const std::string path = tempPath("sections.pcapng");
    Bytes bytes = Pcapng(false).interface(DLT_RAW).packet(0, 5, syn(1)).bytes();
    const Bytes second = Pcapng(true).interface(DLT_EN10MB).packet(0, 6, ethernet(syn(2))).bytes();
    bytes.insert(bytes.end(), second.begin(), second.end());
    writeBytes(path, bytes);
    capture::CaptureError error;
    auto reader = CaptureReader::openFile(path, error);
    ASSERT_NE(reader, nullptr) << capture::describe(error);
    const ReadResult r = readAll(*reader);
    EXPECT_EQ(r.end, CaptureReader::Next::End) << r.error;
    EXPECT_EQ(r.linkTypes, (std::vector<int> { DLT_RAW, DLT_EN10MB }));
    EXPECT_EQ(r.times, (std::vector<int64_t> { 5, 6 }));
    std::remove(path.c_str());
}

TEST(CaptureReader, TruncatedOnlyWhenABlockReallyEndsEarly)
{
    const std::string path = tempPath("cut.pcapng");
    const Bytes whole = Pcapng()
                            .interface(DLT_EN10MB)
                            .packet(0, 1, ethernet(syn(1)))
                            .packet(0, 2, ethernet(syn(2)))
                            .bytes();
    // Whole: not truncated. Cut inside the last block: truncated, one packet.
    for (const size_t cut : { size_t(0), size_t(9) }) {
        writeBytes(path, Bytes(whole.begin(), whole.end() - static_cast<long>(cut)));
        capture::CaptureError error;
        auto reader = CaptureReader::openFile(path, error);
        ASSERT_NE(reader, nullptr);
        const auto summary = analysis::analyzeCapture(*reader);
        EXPECT_EQ(summary.packets, cut ? 1u : 2u);
        EXPECT_EQ(summary.truncated, cut != 0);
    }
    // A block whose length field is damaged is an error, not a truncation.
    Bytes damaged = whole;
    damaged[damaged.size() - 4] ^= 0x40; // the trailing length of the last block
    writeBytes(path, damaged);
    capture::CaptureError error;
    auto reader = CaptureReader::openFile(path, error);
    ASSERT_NE(reader, nullptr);
    const ReadResult r = readAll(*reader);
    EXPECT_EQ(r.end, CaptureReader::Next::Error);
    EXPECT_EQ(r.packets.size(), 1u);
    EXPECT_NE(r.error.find("damaged"), std::string::npos) << r.error;
    std::remove(path.c_str());
}

TEST(CaptureReader, NamesUnsupportedLinkTypesAndReadsTheSupportedInterfaces)
{
    const std::string path = tempPath("links.pcapng");
    Pcapng().interface(DLT_C_HDLC).interface(DLT_NETLINK).packet(0, 1, Bytes(20, 0)).write(path);
    capture::CaptureError error;
    EXPECT_EQ(CaptureReader::openFile(path, error), nullptr);
    EXPECT_EQ(error.code, CaptureErrorCode::UnsupportedLinkType);
    const std::string message = capture::describe(error);
    EXPECT_NE(message.find("C_HDLC"), std::string::npos) << message;
    EXPECT_NE(message.find("NETLINK"), std::string::npos) << message;

    // One unsupported interface beside a supported one: its records are read, not decoded.
    Pcapng()
        .interface(DLT_C_HDLC)
        .interface(DLT_EN10MB)
        .packet(0, 1, Bytes(20, 0))
        .packet(1, 2, ethernet(syn(7)))
        .write(path);
    auto reader = CaptureReader::openFile(path, error);
    ASSERT_NE(reader, nullptr) << capture::describe(error);
    EXPECT_EQ(reader->linkType(), DLT_EN10MB);
    const auto summary = analysis::analyzeCapture(*reader);
    EXPECT_EQ(summary.packets, 2u);
    EXPECT_EQ(summary.ipPackets, 1u);
    EXPECT_EQ(summary.tcp.connections, 1u);
    std::remove(path.c_str());

    const std::string hdlc = tempPath("hdlc.pcap");
    writePcap(hdlc, DLT_C_HDLC, {});
    EXPECT_EQ(CaptureReader::openFile(hdlc, error), nullptr);
    EXPECT_NE(capture::describe(error).find("C_HDLC"), std::string::npos);
    std::remove(hdlc.c_str());
}

TEST(CaptureReader, NamesFormatsItDoesNotRead)
{
    const std::string path = tempPath("other.cap");
    const std::pair<std::string, const char*> others[] = {
        { std::string("snoop\0\0\0\0\0\0\x02\0\0\0\x04", 16), "snoop" },
        { "BZh91AY&SY", "bzip2" },
        { std::string("\xfd"
                      "7zXZ\0\0\x04",
                      8),
          "xz" },
        { "GMBU\x02\x00\x00\x00", "Network Monitor" },
    };
    for (const auto& [bytes, name] : others) {
        std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
        capture::CaptureError error;
        EXPECT_EQ(CaptureReader::openFile(path, error), nullptr);
        EXPECT_EQ(error.code, CaptureErrorCode::NotACapture);
        EXPECT_NE(capture::describe(error).find(name), std::string::npos) << capture::describe(error);
    }
    std::remove(path.c_str());
}

namespace {

std::string compress(const std::string& tool, const std::string& path)
{
    const std::string out = path + (tool == "gzip" ? ".gz" : ".zst");
    const std::string command = tool == "gzip" ? "gzip -n -c '" + path + "' > '" + out + "'"
                                               : "zstd -q -f '" + path + "' -o '" + out + "'";
    // The tools are test dependencies (packaging/dev.sh): missing is a failure, not a skip.
    EXPECT_EQ(std::system(command.c_str()), 0) << command << " (is " << tool << " installed?)";
    return out;
}

} // namespace

TEST(CaptureReader, ReadsGzipAndZstdCompressedCapturesByContent)
{
    const std::string path = tempPath("plain.pcapng");
    Pcapng()
        .interface(DLT_EN10MB)
        .interface(DLT_RAW)
        .packet(0, 1, ethernet(syn(1)))
        .packet(1, 2, syn(2))
        .write(path);
    for (const std::string tool : { "gzip", "zstd" }) {
        const std::string packed = compress(tool, path);
        // A misleading name: content decides.
        const std::string renamed = tempPath("misnamed-" + tool + ".pcap");
        std::rename(packed.c_str(), renamed.c_str());
        capture::CaptureError error;
        auto reader = CaptureReader::openFile(renamed, error);
        ASSERT_NE(reader, nullptr) << capture::describe(error);
        EXPECT_EQ(reader->format(), "pcapng (" + tool + ")");
        const auto summary = analysis::analyzeCapture(*reader);
        EXPECT_EQ(summary.packets, 2u) << tool;
        EXPECT_EQ(summary.tcp.connections, 2u) << tool;
        EXPECT_FALSE(summary.truncated) << tool;

        // Cut inside the compressed data: what decompressed is kept, the cut record is "truncated".
        std::ifstream in(renamed, std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), {});
        bytes.resize(bytes.size() - 12);
        std::ofstream(renamed, std::ios::binary | std::ios::trunc) << bytes;
        auto cut = CaptureReader::openFile(renamed, error);
        if (cut) {
            const auto partial = analysis::analyzeCapture(*cut);
            EXPECT_LT(partial.packets, 2u) << tool;
            EXPECT_TRUE(partial.truncated) << tool;
        }
        std::remove(renamed.c_str());
    }
    // A compressed file that holds no capture.
    const std::string text = tempPath("text");
    std::ofstream(text) << "hello, not a capture\n";
    const std::string packed = compress("gzip", text);
    capture::CaptureError error;
    EXPECT_EQ(CaptureReader::openFile(packed, error), nullptr);
    EXPECT_EQ(error.code, CaptureErrorCode::NotACapture);
    EXPECT_NE(capture::describe(error).find("gzip"), std::string::npos) << capture::describe(error);
    std::remove(text.c_str());
    std::remove(packed.c_str());
    std::remove(path.c_str());
}

TEST(CaptureReader, ReadsAPcapngStreamAsItArrives)
{
    const Bytes bytes = Pcapng()
                            .interface(DLT_LINUX_SLL2)
                            .packet(0, 1, linuxSll2(syn(1)))
                            .packet(0, 2, linuxSll2(syn(2)))
                            .bytes();
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    std::atomic_bool gotFirst { false };
    bool firstBeforeRest = false;
    std::thread writer([&] {
        // Everything but the end of the last block; the reader must hand over
        // the first packet before the rest arrives, as a live capture needs.
        const size_t firstPart = bytes.size() - 40;
        EXPECT_EQ(write(fds[1], bytes.data(), firstPart), static_cast<ssize_t>(firstPart));
        for (int i = 0; i < 1000 && !gotFirst; ++i) // up to 10 s, so a reader that waits cannot hang the test
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        firstBeforeRest = gotFirst;
        EXPECT_EQ(write(fds[1], bytes.data() + firstPart, bytes.size() - firstPart),
                  static_cast<ssize_t>(bytes.size() - firstPart));
        close(fds[1]);
    });
    capture::CaptureError error;
    auto reader = CaptureReader::openStream(fds[0], error);
    ASSERT_NE(reader, nullptr) << capture::describe(error);
    capture::RawPacket raw;
    EXPECT_EQ(reader->next(raw), CaptureReader::Next::Packet);
    gotFirst = true;
    EXPECT_EQ(reader->next(raw), CaptureReader::Next::Packet);
    EXPECT_EQ(reader->next(raw), CaptureReader::Next::End);
    writer.join();
    EXPECT_TRUE(firstBeforeRest);
}
