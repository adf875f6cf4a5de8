#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace natdoctor::capture {

// A forward-only stream of capture bytes: a file or pipe as it is, or its
// gzip/zstd-decompressed content. read() blocks until at least one byte is
// there (a pipe hands over what has arrived, so a live capture is not held
// back waiting to fill a buffer).
class ByteSource
{
public:
    virtual ~ByteSource() = default;
    // Up to `size` bytes into `out`: > 0 bytes read, 0 the end, < 0 an error
    // (error() says what).
    virtual long read(uint8_t* out, size_t size) = 0;
    // Bytes consumed from the underlying file (compressed bytes for a
    // compressed one), for progress.
    virtual int64_t consumed() const = 0;
    const std::string& error() const { return m_error; }

protected:
    std::string m_error;
};

enum class Compression {
    None,
    Gzip,
    Zstd,
};

// Reads `fd` (owned: closed with the source). `prefix` holds bytes already
// read from it (the magic-byte sniff) that come first.
std::unique_ptr<ByteSource> makeFdSource(int fd, std::string prefix);
// Decompresses what `inner` delivers; concatenated members/frames are one stream.
std::unique_ptr<ByteSource> makeDecompressor(Compression kind, std::unique_ptr<ByteSource> inner);

} // namespace natdoctor::capture
