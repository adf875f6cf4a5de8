#include "capture/CaptureReader.h"

#include "capture/LinkType.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <pcap/pcap.h>
#include <sys/stat.h>
#include <unistd.h>

namespace natdoctor::capture {

namespace {

bool supportedOrFail(pcap_t* handle, CaptureError& error)
{
    const int dlt = pcap_datalink(handle);
    if (isSupportedLinkType(dlt))
        return true;
    error = { CaptureErrorCode::UnsupportedLinkType, linkTypeName(dlt) };
    return false;
}

} // namespace

void CaptureReader::PcapDeleter::operator()(pcap* handle) const
{
    pcap_close(handle);
}

CaptureReader::CaptureReader(pcap* handle)
    : m_handle(handle)
    , m_linkType(pcap_datalink(handle))
{
}

CaptureReader::~CaptureReader() = default;

std::unique_ptr<CaptureReader> CaptureReader::openFile(const std::string& path, CaptureError& error)
{
    struct stat st {};
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
    FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) {
        error = { CaptureErrorCode::NotReadable, path + ": " + std::strerror(errno) };
        return nullptr;
    }
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    // pcap_fopen_offline takes the FILE* and closes it with pcap_close.
    pcap_t* handle = pcap_fopen_offline_with_tstamp_precision(file, PCAP_TSTAMP_PRECISION_MICRO, errbuf);
    if (!handle) {
        std::fclose(file);
        error = { CaptureErrorCode::NotACapture, path + " (" + errbuf + ")" };
        return nullptr;
    }
    if (!supportedOrFail(handle, error)) {
        pcap_close(handle);
        return nullptr;
    }
    std::unique_ptr<CaptureReader> reader(new CaptureReader(handle));
    reader->m_size = S_ISREG(st.st_mode) ? static_cast<int64_t>(st.st_size) : -1;
    return reader;
}

std::unique_ptr<CaptureReader> CaptureReader::openStream(int fd, CaptureError& error)
{
    FILE* file = ::fdopen(fd, "rb");
    if (!file) {
        error = { CaptureErrorCode::NotReadable, std::string("stream: ") + std::strerror(errno) };
        ::close(fd);
        return nullptr;
    }
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    pcap_t* handle = pcap_fopen_offline_with_tstamp_precision(file, PCAP_TSTAMP_PRECISION_MICRO, errbuf);
    if (!handle) {
        std::fclose(file);
        const bool empty = std::strstr(errbuf, "truncated") != nullptr;
        error = { empty ? CaptureErrorCode::Empty : CaptureErrorCode::NotACapture,
            std::string("stream (") + errbuf + ")" };
        return nullptr;
    }
    if (!supportedOrFail(handle, error)) {
        pcap_close(handle);
        return nullptr;
    }
    return std::unique_ptr<CaptureReader>(new CaptureReader(handle));
}

int64_t CaptureReader::position() const
{
    FILE* file = pcap_file(m_handle.get());
    return file ? static_cast<int64_t>(ftello(file)) : -1;
}

CaptureReader::Next CaptureReader::next(RawPacket& out)
{
    pcap_pkthdr* header = nullptr;
    const u_char* data = nullptr;
    const int rc = pcap_next_ex(m_handle.get(), &header, &data);
    if (rc == 1) {
        // Clamped to 32-bit seconds: a damaged pcapng block can carry any
        // timestamp, and every later time difference must stay in range.
        const int64_t seconds = std::clamp<int64_t>(header->ts.tv_sec, 0, 0xffffffffLL);
        out.timeUs = seconds * 1000000 + std::clamp<int64_t>(header->ts.tv_usec, 0, 999999);
        out.capturedLength = header->caplen;
        out.wireLength = header->len;
        out.data = data;
        return Next::Packet;
    }
    if (rc == PCAP_ERROR_BREAK)
        return Next::End;
    const std::string message = pcap_geterr(m_handle.get());
    if (message.find("truncated") != std::string::npos) {
        m_error = { CaptureErrorCode::ReadError, message };
        return Next::Truncated;
    }
    m_error = { CaptureErrorCode::ReadError, message };
    return Next::Error;
}

} // namespace natdoctor::capture
