#include "diagnosis/HostConnector.h"

#include "remote/JumpTunnel.h"

namespace natdoctor::diagnosis {

remote::SshOptions HostConnector::optionsFor(const SshTarget& target) const
{
    remote::SshOptions options = m_base;
    options.host = target.host;
    options.port = target.port;
    options.user = target.user;
    return options;
}

std::unique_ptr<remote::SshSession> HostConnector::connect(const SshTarget& target, remote::RemoteError& error) const
{
    return remote::SshSession::connect(optionsFor(target), error);
}

std::unique_ptr<remote::SshSession> HostConnector::connectVia(const SshTarget& jump, const SshTarget& target,
    remote::RemoteError& error) const
{
    auto bastion = connect(jump, error);
    if (!bastion)
        return nullptr;
    auto tunnel = remote::JumpTunnel::open(std::move(bastion), target.host, target.port, m_base.timeout, m_base.cancel,
        error);
    if (!tunnel)
        return nullptr;
    return remote::SshSession::connect(std::move(tunnel), optionsFor(target), error);
}

} // namespace natdoctor::diagnosis
