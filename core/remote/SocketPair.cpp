#include "remote/SocketPair.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace natdoctor::remote {

SocketPair::~SocketPair()
{
    closeFirst();
    if (m_second >= 0) {
        ::close(m_second);
    }
}

bool SocketPair::create(std::string& error)
{
    int fds[2] = { -1, -1 };
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) != 0) {
        error = std::string("socketpair: ") + std::strerror(errno);
        return false;
    }
    m_first = fds[0];
    m_second = fds[1];
    for (int fd : fds) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC); // never inherited by programs we start
#ifdef SO_NOSIGPIPE // no MSG_NOSIGNAL on macOS
        int on = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof on);
#endif
    }
    return true;
}

int SocketPair::releaseSecond()
{
    int fd = m_second;
    m_second = -1;
    return fd;
}

long SocketPair::sendFirst(const char* data, std::size_t size)
{
#ifdef MSG_NOSIGNAL
    constexpr int flags = MSG_DONTWAIT | MSG_NOSIGNAL;
#else
    constexpr int flags = MSG_DONTWAIT;
#endif
    ssize_t written = ::send(m_first, data, size, flags);
    if (written >= 0) {
        return static_cast<long>(written);
    }
    return (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) ? 0 : -1;
}

void SocketPair::closeFirst()
{
    if (m_first >= 0) {
        ::shutdown(m_first, SHUT_RDWR);
        ::close(m_first);
        m_first = -1;
    }
}

} // namespace natdoctor::remote
