#pragma once

// A CommandRunner that plays a Linux host for the timestamps toggle and the
// live capture, without SSH or root: it keeps tcp_timestamps, what sudo
// allows, the dead-man and the link's state, and recognises natdoctor's
// scripts by their text. Faults are switches.
#include "remote/CommandRunner.h"

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace natdoctor::test {

struct HostState
{
    long long value = 1; // /proc/sys/net/ipv4/tcp_timestamps
    std::set<std::string> sudoAllows; // joined argv (after sudo -n) that sudo -l accepts
    bool sudoAllowsAll = false;
    bool systemdPid1 = false;
    bool lingering = false;
    bool deadManAlive = false; // the sleeper / the system timer
    long long deadManRestoresTo = -1;
    bool linkUp = true;
    // Faults.
    bool armFails = false;
    bool setFails = false; // sudo sysctl =0 fails
    bool setIgnored = false; // sudo succeeds, the value does not change
    bool restoreFails = false; // sudo sysctl =ORIG fails
    int dropLinkAfterCalls = -1; // the link drops after this many more calls
    // Stream (tcpdump): what the host writes.
    std::string streamStdout;
    std::string streamStderr;
    int streamExit = 0;

    std::vector<std::vector<std::string>> calls; // everything that ran, in order
};

std::string joined(const std::vector<std::string>& argv, size_t from = 0);

class FakeRunner final : public remote::CommandRunner
{
public:
    explicit FakeRunner(std::shared_ptr<HostState> host)
        : m_host(std::move(host))
    {
    }
    remote::CommandResult run(const std::vector<std::string>& argv, const remote::CommandOptions& options) override;
    remote::StreamResult stream(const std::vector<std::string>& argv, const remote::OutputSink& sink,
        const remote::StreamOptions& options) override;

    // The dead-man firing (lease ran out): compare-and-set restore, then gone.
    static void fireDeadMan(HostState& host);

private:
    bool linkDown();
    std::shared_ptr<HostState> m_host;
};

} // namespace natdoctor::test
