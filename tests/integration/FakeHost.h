#pragma once

// A connection that plays a Linux host for the timestamps toggle, the live
// capture and the diagnosis runner, without SSH or root: it keeps
// tcp_timestamps, what sudo allows, the dead-man and the link's state, and
// recognises natdoctor's scripts by their text. Faults are switches. Several
// connections (threads) may share one host: every call holds its mutex.
#include "diagnosis/HostConnector.h"
#include "remote/CommandRunner.h"

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace natdoctor::test {

// A mutex that a copy of HostState does not share (each copy its own).
struct HostMutex
{
    HostMutex() = default;
    HostMutex(const HostMutex&) { }
    HostMutex& operator=(const HostMutex&) { return *this; }
    void lock() { m.lock(); }
    void unlock() { m.unlock(); }
    std::mutex m;
};

struct HostState
{
    HostMutex mutex; // held by every call of every connection to this host
    std::string name = "fakehost";
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
    bool restoreIgnored = false; // sudo sysctl =ORIG succeeds, the value stays 0
    int dropLinkAfterCalls = -1; // the link drops after this many more calls
    // Connections: a drop ends every open connection (epoch); new ones may
    // be opened while `reachable`.
    int epoch = 0;
    bool reachable = true;
    bool unreachableAfterDrop = false; // a drop also makes new connections fail
    int dials = 0; // connections opened
    int uncancellableDials = 0; // ... of which without the user's cancel flag
    // The connection probe (curl loop): attempt k (1-based) of a probe fails
    // with a connect timeout when value != 0 and k % failEveryNthWithTimestamps
    // == 0 (0: none fails).
    int failEveryNthWithTimestamps = 0;
    std::vector<std::string> resolvesTo; // what getent answers for any name
    int probes = 0; // connection probes run
    // The link drops in the middle of probe number N (1-based; 0: never):
    // half of its attempts arrive, then every connection is lost.
    int dropDuringProbe = 0;
    // tcpdump keeps streaming until stopped (like the real one) instead of
    // ending after streamStdout.
    bool streamUntilStopped = false;
    // Stream (tcpdump): what the host writes.
    std::string streamStdout;
    std::string streamStderr;
    int streamExit = 0;

    std::vector<std::vector<std::string>> calls; // everything that ran, in order
};

std::string joined(const std::vector<std::string>& argv, size_t from = 0);

// What the fake tcpdump writes first: a pcap file header (little-endian,
// version 2.4, snaplen 256, LINKTYPE_RAW) and no packet.
std::string pcapHeader();

class FakeRunner final : public remote::Connection
{
public:
    explicit FakeRunner(std::shared_ptr<HostState> host)
        : m_host(std::move(host))
        , m_epoch(m_host->epoch)
    {
    }
    remote::CommandResult run(const std::vector<std::string>& argv,
                              const remote::CommandOptions& options) override;
    remote::StreamResult stream(const std::vector<std::string>& argv, const remote::OutputSink& sink,
                                const remote::StreamOptions& options) override;
    bool isConnected() const override;
    const std::string& host() const override { return m_host->name; }

    // The dead-man firing (lease ran out): compare-and-set restore, then gone.
    static void fireDeadMan(HostState& host);

private:
    bool linkDown();
    remote::StreamResult probe(const std::vector<std::string>& argv, const remote::OutputSink& sink,
                               const remote::StreamOptions& options, std::unique_lock<HostMutex>& lock);
    std::shared_ptr<HostState> m_host;
    int m_epoch;
};

// A HostConnector whose hosts are fakes, by host name (the target's host,
// never the jump host's: a tunnel is not modelled). An unknown name or a
// host that is not `reachable` fails with ConnectionFailed. fakeDial is the
// dial alone (the wizard's DiagnosisController takes one).
diagnosis::HostConnector::Dial fakeDial(std::map<std::string, std::shared_ptr<HostState>> hosts);
diagnosis::HostConnector fakeConnector(std::map<std::string, std::shared_ptr<HostState>> hosts,
                                       remote::SshOptions base = {});

} // namespace natdoctor::test
