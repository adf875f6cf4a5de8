#include "FakeHost.h"

#include "probes/SudoersLines.h"
#include "probes/TimestampToggle.h"

#include <chrono>
#include <thread>

namespace natdoctor::test {

using remote::CommandResult;
using remote::RemoteErrorCode;

std::string joined(const std::vector<std::string>& argv, size_t from)
{
    std::string text;
    for (size_t i = from; i < argv.size(); ++i)
        text += (i > from ? " " : "") + argv[i];
    return text;
}

namespace {

bool startsWith(const std::vector<std::string>& argv, const std::vector<std::string>& prefix)
{
    if (argv.size() < prefix.size())
        return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
        if (argv[i] != prefix[i])
            return false;
    }
    return true;
}

// The value of a "net.ipv4.tcp_timestamps=V" argument at the end of argv.
long long assigned(const std::vector<std::string>& argv)
{
    const std::string& last = argv.back();
    const size_t eq = last.rfind('=');
    return std::stoll(last.substr(eq + 1));
}

CommandResult ok(std::string out)
{
    CommandResult r;
    r.exitStatus = 0;
    r.out = std::move(out);
    return r;
}

CommandResult status(int exit, std::string err = {})
{
    CommandResult r;
    r.exitStatus = exit;
    r.err = std::move(err);
    return r;
}

} // namespace

void FakeRunner::fireDeadMan(HostState& host)
{
    if (host.deadManAlive && host.value == 0)
        host.value = host.deadManRestoresTo;
    host.deadManAlive = false;
}

bool FakeRunner::linkDown()
{
    if (m_host->dropLinkAfterCalls == 0)
        m_host->linkUp = false;
    if (m_host->dropLinkAfterCalls > 0)
        --m_host->dropLinkAfterCalls;
    return !m_host->linkUp || m_epoch != m_host->epoch;
}

bool FakeRunner::isConnected() const
{
    std::lock_guard lock(m_host->mutex);
    return m_host->linkUp && m_epoch == m_host->epoch;
}

CommandResult FakeRunner::run(const std::vector<std::string>& argv, const remote::CommandOptions& options)
{
    HostState& h = *m_host;
    std::lock_guard lock(h.mutex);
    h.calls.push_back(argv);
    if (linkDown()) {
        CommandResult r;
        r.error = { RemoteErrorCode::ConnectionLost, "fake: the link is down" };
        return r;
    }
    if (options.cancel && options.cancel->load()) {
        CommandResult r;
        r.error = { RemoteErrorCode::Cancelled, {} };
        return r;
    }
    const std::string sysctl = "/usr/sbin/sysctl";
    if (startsWith(argv, { "/bin/sh", "-c" }) && argv.size() >= 3) {
        const std::string& script = argv[2];
        const std::vector<std::string> args(argv.begin() + std::min<size_t>(4, argv.size()), argv.end());
        if (script == probes::hostToolsScript())
            return ok("tcpdump=/usr/sbin/tcpdump\nsysctl=" + sysctl
                      + "\nsystemd_run=/usr/bin/systemd-run\n"
                        "systemctl=/usr/bin/systemctl\npid1="
                      + (h.systemdPid1 ? "systemd" : "other") + "\nlinger=" + (h.lingering ? "yes" : "no")
                      + "\n");
        if (script == probes::timestampArmScript()) {
            if (h.armFails)
                return status(4, "no dead-man could be armed: no setsid on this host");
            h.deadManAlive = true;
            h.deadManRestoresTo = assigned(args);
            return ok("armed=" + args.at(4) + " pid=4242\n");
        }
        if (script == probes::timestampRestoreScript()) {
            std::string out;
            if (h.value == 0) {
                if (h.restoreFails)
                    out += "restore=refused\n";
                else if (!h.restoreIgnored)
                    h.value = assigned(args);
            }
            if (h.value == 0) // still 0: the dead-man stays, it is the restore left
                return ok(out + "disarmed=no\nvalue=0\n");
            h.deadManAlive = false;
            return ok(out + "disarmed=yes\nvalue=" + std::to_string(h.value) + "\n");
        }
        if (script.find("getent") != std::string::npos) {
            std::string out;
            for (const std::string& a : h.resolvesTo)
                out += a + "\n";
            return ok(out);
        }
        if (script.find("own=%s") != std::string::npos) // the public host's addresses
            return ok("own=127.0.0.1 " + h.name + " \n");
        if (script.find("lease=renewed") != std::string::npos)
            return ok(h.deadManAlive ? "lease=renewed\n" : "lease=lapsed\n");
        if (script.find("sudo -n \"$@\"") != std::string::npos) { // set, or set back (compare-and-set)
            const long long want = assigned(args);
            const bool back = script.find("if [") != std::string::npos;
            if (back && h.value != 0)
                return ok(std::to_string(h.value) + "\n");
            if ((want == 0 && h.setFails) || (want != 0 && h.restoreFails))
                return status(1, "sudo: a password is required");
            if (!h.setIgnored)
                h.value = want;
            return ok(std::to_string(h.value) + "\n");
        }
        return status(2, "fake: unknown script");
    }
    if (argv == std::vector<std::string> { "cat", "/proc/sys/net/ipv4/tcp_timestamps" })
        return ok(std::to_string(h.value) + "\n");
    if (startsWith(argv, { "env", "LC_ALL=C", "sudo", "-n", "-l" })) {
        const std::string command = joined(argv, 5);
        return h.sudoAllowsAll || h.sudoAllows.count(command) ? ok(argv[5] + "\n") : status(1);
    }
    if (startsWith(argv, { "env", "LC_ALL=C", "sudo", "-n", "/usr/bin/systemd-run" })) {
        if (h.armFails || h.deadManAlive)
            return status(1, "Unit natdoctor-restore-tcp-timestamps.timer already exists.");
        h.deadManAlive = true;
        h.deadManRestoresTo = assigned(argv);
        return ok("");
    }
    if (startsWith(argv, { "env", "LC_ALL=C", "sudo", "-n", "/usr/bin/systemctl", "stop" })) {
        h.deadManAlive = false;
        return ok("");
    }
    if (startsWith(argv, { "/usr/bin/systemctl", "is-active", "--quiet" }))
        return status(h.deadManAlive ? 0 : 3);
    return status(127, "fake: command not found: " + argv.front());
}

remote::StreamResult FakeRunner::probe(const std::vector<std::string>& argv, const remote::OutputSink& sink,
                                       const remote::StreamOptions& options,
                                       std::unique_lock<HostMutex>& lock)
{
    HostState& h = *m_host;
    const std::string& script = argv[2];
    const size_t lt = script.find("-lt ");
    const int attempts = lt == std::string::npos ? 0 : std::stoi(script.substr(lt + 4));
    const int number = ++h.probes;
    const bool drops = number == h.dropDuringProbe;
    const int sent = drops ? attempts / 2 : attempts;
    remote::StreamResult r;
    for (int k = 1; k <= sent; ++k) {
        if (options.cancel && options.cancel->load()) {
            r.stoppedBy = remote::StreamResult::Stop::Cancelled;
            r.error = { RemoteErrorCode::Cancelled, {} };
            return r;
        }
        const bool fails
            = h.value != 0 && h.failEveryNthWithTimestamps > 0 && k % h.failEveryNthWithTimestamps == 0;
        const std::string line = "attempt=" + std::to_string(k)
            + (fails ? " exit=28 http_code=000 bytes=0 connect_s=0.000000 total_s=3.001000\n"
                     : " exit=0 http_code=200 bytes=70000 connect_s=0.001000 total_s=0.010000\n");
        r.bytes += line.size();
        lock.unlock(); // the sink reports the attempt: it may cancel, other threads may call
        const bool more = sink(line.data(), line.size());
        lock.lock();
        if (!more) {
            r.stoppedBy = remote::StreamResult::Stop::Sink;
            r.exitStatus = 143;
            return r;
        }
    }
    if (drops) {
        ++h.epoch; // every connection to this host is gone
        if (h.unreachableAfterDrop)
            h.reachable = false;
        r.error = { RemoteErrorCode::ConnectionLost, "fake: the link dropped mid-probe" };
        return r;
    }
    r.exitStatus = 0;
    return r;
}

remote::StreamResult FakeRunner::stream(const std::vector<std::string>& argv, const remote::OutputSink& sink,
                                        const remote::StreamOptions& options)
{
    HostState& h = *m_host;
    std::unique_lock lock(h.mutex);
    h.calls.push_back(argv);
    remote::StreamResult r;
    if (linkDown()) {
        r.error = { RemoteErrorCode::ConnectionLost, "fake: the link is down" };
        return r;
    }
    if (argv.size() > 3 && argv[0] == "/bin/sh" && argv[2].find("attempt=%d") != std::string::npos)
        return probe(argv, sink, options, lock);
    // tcpdump's order: "listening on" on stderr, the pcap header, packets,
    // then its statistics when it ends.
    const size_t listening = h.streamStderr.find('\n');
    const std::string first
        = listening == std::string::npos ? h.streamStderr : h.streamStderr.substr(0, listening + 1);
    if (options.errSink && !first.empty())
        options.errSink(first.data(), first.size());
    if (!h.streamStdout.empty()) {
        r.bytes = h.streamStdout.size();
        if (!sink(h.streamStdout.data(), h.streamStdout.size()))
            r.stoppedBy = remote::StreamResult::Stop::Sink;
    }
    if (h.streamUntilStopped && r.stoppedBy == remote::StreamResult::Stop::Exited) {
        // Until natdoctor stops it (no timed end: the stop flag decides).
        lock.unlock();
        while (!(options.cancel && options.cancel->load()))
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        lock.lock();
        r.stoppedBy = remote::StreamResult::Stop::Cancelled;
        r.error = { RemoteErrorCode::Cancelled, {} };
    }
    r.err = h.streamStderr;
    r.exitStatus = h.streamExit;
    return r;
}

std::string pcapHeader()
{
    const unsigned char h[24]
        = { 0xd4, 0xc3, 0xb2, 0xa1, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 101, 0, 0, 0 };
    return std::string(reinterpret_cast<const char*>(h), sizeof h);
}

diagnosis::HostConnector::Dial fakeDial(std::map<std::string, std::shared_ptr<HostState>> hosts)
{
    return [hosts = std::move(hosts)](const diagnosis::SshTarget*, const diagnosis::SshTarget& target,
                                      const remote::SshOptions& options,
                                      remote::RemoteError& error) -> std::unique_ptr<remote::Connection> {
        const auto it = hosts.find(target.host);
        if (it == hosts.end()) {
            error = { RemoteErrorCode::ConnectionFailed, "fake: no such host " + target.host };
            return nullptr;
        }
        if (options.cancel && options.cancel->load()) {
            error = { RemoteErrorCode::Cancelled, {} };
            return nullptr;
        }
        std::lock_guard lock(it->second->mutex);
        if (!it->second->reachable) {
            error = { RemoteErrorCode::ConnectionFailed, "fake: " + target.host + " does not answer" };
            return nullptr;
        }
        ++it->second->dials;
        if (!options.cancel)
            ++it->second->uncancellableDials;
        return std::make_unique<FakeRunner>(it->second);
    };
}

diagnosis::HostConnector fakeConnector(std::map<std::string, std::shared_ptr<HostState>> hosts,
                                       remote::SshOptions base)
{
    return diagnosis::HostConnector(std::move(base), fakeDial(std::move(hosts)));
}

} // namespace natdoctor::test
