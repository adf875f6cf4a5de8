#include "remote/ExecChannel.h"

#include "remote/SshSession.h"

namespace natdoctor::remote {

namespace {
constexpr int kFlushMs = 2000;
}

ExecChannel::ExecChannel(SshSession& session)
    : m_session(session)
{
}

ExecChannel::~ExecChannel()
{
    close();
}

RemoteError ExecChannel::failure(const char* what)
{
    if (!m_session.isConnected()) {
        return { RemoteErrorCode::ConnectionLost, m_session.host() + ": " + m_session.lastError() };
    }
    return { RemoteErrorCode::ChannelFailed, std::string(what) + ": " + m_session.lastError() };
}

RemoteError ExecChannel::start(const std::string& commandLine, const Deadline& deadline)
{
    if (!m_session.isConnected()) {
        return m_error = { RemoteErrorCode::ConnectionLost, m_session.host() + ": not connected" };
    }
    m_channel.reset(ssh_channel_new(m_session.handle()));
    if (!m_channel) {
        return m_error = failure("new channel");
    }
    for (;;) {
        int rc = ssh_channel_open_session(m_channel.get());
        if (rc == SSH_OK) {
            break;
        }
        if (rc == SSH_ERROR) {
            return m_error = failure("open session channel");
        }
        if ((m_error = m_session.waitForIo(deadline))) {
            return m_error;
        }
    }
    for (;;) {
        int rc = ssh_channel_request_exec(m_channel.get(), commandLine.c_str());
        if (rc == SSH_OK) {
            return {};
        }
        if (rc == SSH_ERROR) {
            return m_error = failure("exec request");
        }
        if ((m_error = m_session.waitForIo(deadline))) {
            return m_error;
        }
    }
}

ExecChannel::Read ExecChannel::read(bool fromStderr, char* buffer, std::size_t size, std::size_t& count)
{
    count = 0;
    int n = ssh_channel_read_nonblocking(m_channel.get(), buffer, static_cast<uint32_t>(size),
                                         fromStderr ? 1 : 0);
    if (n > 0) {
        count = static_cast<std::size_t>(n);
        return Read::Data;
    }
    if (n == SSH_EOF || (n == 0 && ssh_channel_is_eof(m_channel.get()))) {
        return Read::End;
    }
    if (n == 0 && m_session.isConnected()) {
        return Read::Nothing;
    }
    m_error = failure("read");
    return Read::Failed;
}

void ExecChannel::sendEof()
{
    if (m_channel && ssh_channel_is_open(m_channel.get())) {
        ssh_channel_send_eof(m_channel.get());
        ssh_blocking_flush(m_session.handle(), kFlushMs);
    }
}

void ExecChannel::heartbeat()
{
    if (m_channel && ssh_channel_is_open(m_channel.get()) && m_session.isConnected()
        && ssh_channel_window_size(m_channel.get()) >= 2) {
        ssh_channel_write(m_channel.get(), "b\n", 2);
    }
}

void ExecChannel::sendSignal(const char* name)
{
    if (!m_channel || !ssh_channel_is_open(m_channel.get()) || !m_session.isConnected()) {
        return;
    }
    ssh_channel_request_send_signal(m_channel.get(), name);
    ssh_blocking_flush(m_session.handle(), kFlushMs);
}

void ExecChannel::requestStop()
{
    sendSignal("TERM");
    sendEof();
}

int ExecChannel::waitExitStatus(const Deadline& deadline)
{
    for (;;) {
        // Non-blocking session: this only looks at what has arrived so far.
        int status = ssh_channel_get_exit_status(m_channel.get());
        if (status != -1 || ssh_channel_is_closed(m_channel.get()) || !m_session.isConnected()) {
            return status;
        }
        if (m_session.waitForIo(deadline)) {
            return -1;
        }
    }
}

void ExecChannel::close()
{
    if (m_channel) {
        if (ssh_channel_is_open(m_channel.get()) && m_session.isConnected()) {
            ssh_channel_close(m_channel.get());
            ssh_blocking_flush(m_session.handle(), kFlushMs);
        }
        m_channel.reset();
    }
}

} // namespace natdoctor::remote
