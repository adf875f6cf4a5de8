#include "diagnosis/HostConnector.h"

#include "remote/JumpTunnel.h"
#include "remote/SshSession.h"

namespace natdoctor::diagnosis {

remote::SshOptions HostConnector::optionsFor(const SshTarget& target) const
{
    remote::SshOptions options = m_base;
    options.host = target.host;
    options.port = target.port;
    options.user = target.user;
    return options;
}

std::unique_ptr<remote::Connection> HostConnector::connect(const SshTarget& target,
                                                           remote::RemoteError& error) const
{
    if (m_dial)
        return m_dial(nullptr, target, optionsFor(target), error);
    auto session = remote::SshSession::connect(optionsFor(target), error);
    if (!session)
        return nullptr;
    return std::make_unique<remote::SshConnection>(std::move(session));
}

std::unique_ptr<remote::Connection> HostConnector::connectVia(const SshTarget& jump, const SshTarget& target,
                                                              remote::RemoteError& error) const
{
    if (m_dial)
        return m_dial(&jump, target, optionsFor(target), error);
    auto bastion = remote::SshSession::connect(optionsFor(jump), error);
    if (!bastion)
        return nullptr;
    auto tunnel = remote::JumpTunnel::open(std::move(bastion), target.host, target.port, m_base.timeout,
                                           m_base.cancel, error);
    if (!tunnel)
        return nullptr;
    auto session = remote::SshSession::connect(std::move(tunnel), optionsFor(target), error);
    if (!session)
        return nullptr;
    return std::make_unique<remote::SshConnection>(std::move(session));
}

} // namespace natdoctor::diagnosis
