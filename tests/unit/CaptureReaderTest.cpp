#include "analysis/CaptureAnalyzer.h"
#include "capture/CaptureReader.h"
#include "support/PacketBuilder.h"

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
        EXPECT_EQ(write(fds[1], bytes.data() + half, bytes.size() - half), static_cast<ssize_t>(bytes.size() - half));
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
