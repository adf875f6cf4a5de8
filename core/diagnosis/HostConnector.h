#pragma once

#include "diagnosis/DiagnosisInputs.h"
#include "remote/CommandRunner.h"
#include "remote/SshOptions.h"

#include <functional>
#include <memory>

namespace natdoctor::diagnosis {

// Opens connections to the hosts of a diagnosis with one set of options
// (known_hosts, keys, prompts, timeout, cancel). The private instance is
// reached through the public host, as in a real VPC. Over SSH by default;
// tests give a Dial that plays the hosts (no network, no root).
class HostConnector
{
public:
    // Opens one connection to `target` (through `jump` when not null) with
    // `options` (the base options, host, port and user of the target set).
    using Dial = std::function<std::unique_ptr<remote::Connection>(
        const SshTarget* jump, const SshTarget& target, const remote::SshOptions& options,
        remote::RemoteError& error)>;

    explicit HostConnector(remote::SshOptions base)
        : m_base(std::move(base))
    {
    }
    HostConnector(remote::SshOptions base, Dial dial)
        : m_base(std::move(base))
        , m_dial(std::move(dial))
    {
    }

    std::unique_ptr<remote::Connection> connect(const SshTarget& target, remote::RemoteError& error) const;
    // Through `jump` (a direct-tcpip channel on it); both host keys are checked.
    std::unique_ptr<remote::Connection> connectVia(const SshTarget& jump, const SshTarget& target,
                                                   remote::RemoteError& error) const;

    const remote::SshOptions& baseOptions() const { return m_base; }
    // The same connector (SSH or the test's) with other base options.
    HostConnector withOptions(remote::SshOptions base) const
    {
        return HostConnector(std::move(base), m_dial);
    }

private:
    remote::SshOptions optionsFor(const SshTarget& target) const;

    remote::SshOptions m_base;
    Dial m_dial; // empty: SSH
};

} // namespace natdoctor::diagnosis
