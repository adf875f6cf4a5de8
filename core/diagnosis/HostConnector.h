#pragma once

#include "diagnosis/DiagnosisInputs.h"
#include "remote/SshOptions.h"
#include "remote/SshSession.h"

#include <memory>

namespace natdoctor::diagnosis {

// Opens SSH sessions to the hosts of a diagnosis with one set of options
// (known_hosts, keys, prompts, timeout, cancel). The private instance is
// reached through the public host, as in a real VPC.
class HostConnector
{
public:
    explicit HostConnector(remote::SshOptions base)
        : m_base(std::move(base))
    {
    }

    std::unique_ptr<remote::SshSession> connect(const SshTarget& target, remote::RemoteError& error) const;
    // Through `jump` (a direct-tcpip channel on it); both host keys are checked.
    std::unique_ptr<remote::SshSession> connectVia(const SshTarget& jump, const SshTarget& target,
        remote::RemoteError& error) const;

    const remote::SshOptions& baseOptions() const { return m_base; }

private:
    remote::SshOptions optionsFor(const SshTarget& target) const;

    remote::SshOptions m_base;
};

} // namespace natdoctor::diagnosis
