#pragma once

#include <cstddef>
#include <string>

namespace natdoctor::remote {

// A connected pair of local stream sockets: the one platform call the jump
// host needs (socketpair(AF_UNIX) on POSIX; Windows would need a loopback
// TCP pair here and nowhere else). Owns both ends until released.
class SocketPair
{
public:
    SocketPair() = default;
    SocketPair(const SocketPair&) = delete;
    SocketPair& operator=(const SocketPair&) = delete;
    ~SocketPair();

    bool create(std::string& error);

    int first() const { return m_first; }
    int second() const { return m_second; }
    // Hands the second end to someone else (libssh closes it with its session).
    int releaseSecond();
    // Writes to the first end without blocking or raising SIGPIPE: bytes
    // written, 0 if it would block, -1 if the other side is gone.
    long sendFirst(const char* data, std::size_t size);
    // Shuts down and closes the first end: the other side reads EOF at once,
    // even if a copy of the descriptor is still open somewhere.
    void closeFirst();

private:
    int m_first = -1;
    int m_second = -1;
};

} // namespace natdoctor::remote
