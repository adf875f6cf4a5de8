#include "capture/ByteSource.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <vector>
#include <zlib.h>
#include <zstd.h>

namespace natdoctor::capture {

namespace {

class FdSource final : public ByteSource
{
public:
    FdSource(int fd, std::string prefix)
        : m_fd(fd)
        , m_prefix(std::move(prefix))
    {
    }
    ~FdSource() override { ::close(m_fd); }

    long read(uint8_t* out, size_t size) override
    {
        if (m_prefixUsed < m_prefix.size()) {
            const size_t n = std::min(size, m_prefix.size() - m_prefixUsed);
            std::memcpy(out, m_prefix.data() + m_prefixUsed, n);
            m_prefixUsed += n;
            return static_cast<long>(n);
        }
        for (;;) {
            const ssize_t n = ::read(m_fd, out, size);
            if (n >= 0) {
                m_consumed += n;
                return static_cast<long>(n);
            }
            if (errno == EINTR)
                continue;
            m_error = std::strerror(errno);
            return -1;
        }
    }
    int64_t consumed() const override { return m_consumed + static_cast<int64_t>(m_prefix.size()); }

private:
    int m_fd;
    std::string m_prefix;
    size_t m_prefixUsed = 0;
    int64_t m_consumed = 0;
};

constexpr size_t CompressedChunk = 256 * 1024;

class GzipSource final : public ByteSource
{
public:
    explicit GzipSource(std::unique_ptr<ByteSource> inner)
        : m_inner(std::move(inner))
        , m_in(CompressedChunk)
    {
        // 15 + 32: a zlib or gzip header, detected.
        m_ok = inflateInit2(&m_z, 15 + 32) == Z_OK;
        if (!m_ok)
            m_error = "gzip: cannot initialise zlib";
    }
    ~GzipSource() override { inflateEnd(&m_z); }

    long read(uint8_t* out, size_t size) override
    {
        if (!m_ok)
            return -1;
        if (m_done)
            return 0;
        const auto want = static_cast<uInt>(std::min<size_t>(size, 1u << 30));
        m_z.next_out = out;
        m_z.avail_out = want;
        while (m_z.avail_out == want) {
            if (m_z.avail_in == 0) {
                const long n = m_inner->read(m_in.data(), m_in.size());
                if (n < 0) {
                    m_error = "gzip: " + m_inner->error();
                    return -1;
                }
                if (n == 0) {
                    // The end of the file (inside a member: the file was cut;
                    // the records decompressed so far are kept, the reader
                    // says truncated if one was cut).
                    m_done = true;
                    return static_cast<long>(want - m_z.avail_out);
                }
                m_z.next_in = m_in.data();
                m_z.avail_in = static_cast<uInt>(n);
            }
            const int rc = inflate(&m_z, Z_NO_FLUSH);
            if (rc == Z_STREAM_END) {
                // Another member may follow (cat a.gz b.gz is one gzip file).
                inflateReset(&m_z);
            } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
                m_error = std::string("gzip: ") + (m_z.msg ? m_z.msg : "damaged data");
                return -1;
            }
        }
        return static_cast<long>(want - m_z.avail_out);
    }
    int64_t consumed() const override { return m_inner->consumed(); }

private:
    std::unique_ptr<ByteSource> m_inner;
    std::vector<uint8_t> m_in;
    z_stream m_z {};
    bool m_ok = false;
    bool m_done = false;
};

class ZstdSource final : public ByteSource
{
public:
    explicit ZstdSource(std::unique_ptr<ByteSource> inner)
        : m_inner(std::move(inner))
        , m_in(ZSTD_DStreamInSize())
        , m_stream(ZSTD_createDStream())
    {
        if (m_stream) {
            // A window beyond 128 MiB would be a memory bomb, not a capture.
            ZSTD_DCtx_setParameter(m_stream, ZSTD_d_windowLogMax, 27);
        } else {
            m_error = "zstd: cannot create a decompression stream";
        }
    }
    ~ZstdSource() override { ZSTD_freeDStream(m_stream); }

    long read(uint8_t* out, size_t size) override
    {
        if (!m_stream)
            return -1;
        ZSTD_outBuffer output { out, size, 0 };
        while (output.pos == 0) {
            if (m_input.pos == m_input.size) {
                const long n = m_inner->read(m_in.data(), m_in.size());
                if (n < 0) {
                    m_error = "zstd: " + m_inner->error();
                    return -1;
                }
                if (n == 0)
                    return 0; // inside a frame too: as for gzip, the reader tells a cut record

                m_input = { m_in.data(), static_cast<size_t>(n), 0 };
            }
            const size_t rc = ZSTD_decompressStream(m_stream, &output, &m_input);
            if (ZSTD_isError(rc)) {
                m_error = std::string("zstd: ") + ZSTD_getErrorName(rc);
                return -1;
            }
        }
        return static_cast<long>(output.pos);
    }
    int64_t consumed() const override { return m_inner->consumed(); }

private:
    std::unique_ptr<ByteSource> m_inner;
    std::vector<uint8_t> m_in;
    ZSTD_DStream* m_stream;
    ZSTD_inBuffer m_input { nullptr, 0, 0 };
};

} // namespace

std::unique_ptr<ByteSource> makeFdSource(int fd, std::string prefix)
{
    return std::make_unique<FdSource>(fd, std::move(prefix));
}

std::unique_ptr<ByteSource> makeDecompressor(Compression kind, std::unique_ptr<ByteSource> inner)
{
    switch (kind) {
    case Compression::Gzip:
        return std::make_unique<GzipSource>(std::move(inner));
    case Compression::Zstd:
        return std::make_unique<ZstdSource>(std::move(inner));
    case Compression::None:
        break;
    }
    return inner;
}

} // namespace natdoctor::capture
