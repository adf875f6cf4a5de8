#include "FakeHost.h"

#include "probes/SudoersLines.h"
#include "probes/TimestampToggle.h"

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
    return !m_host->linkUp;
}

CommandResult FakeRunner::run(const std::vector<std::string>& argv, const remote::CommandOptions& options)
{
    HostState& h = *m_host;
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
            return ok("tcpdump=/usr/sbin/tcpdump\nsysctl=" + sysctl + "\nsystemd_run=/usr/bin/systemd-run\n"
                "systemctl=/usr/bin/systemctl\npid1=" + (h.systemdPid1 ? "systemd" : "other") + "\nlinger="
                + (h.lingering ? "yes" : "no") + "\n");
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
                else
                    h.value = assigned(args);
            }
            h.deadManAlive = false;
            return ok(out + "disarmed=yes\nvalue=" + std::to_string(h.value) + "\n");
        }
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

remote::StreamResult FakeRunner::stream(const std::vector<std::string>& argv, const remote::OutputSink& sink,
    const remote::StreamOptions& options)
{
    HostState& h = *m_host;
    h.calls.push_back(argv);
    remote::StreamResult r;
    if (linkDown()) {
        r.error = { RemoteErrorCode::ConnectionLost, "fake: the link is down" };
        return r;
    }
    // tcpdump's order: "listening on" on stderr, the pcap header, packets,
    // then its statistics when it ends.
    const size_t listening = h.streamStderr.find('\n');
    const std::string first = listening == std::string::npos ? h.streamStderr : h.streamStderr.substr(0, listening + 1);
    if (options.errSink && !first.empty())
        options.errSink(first.data(), first.size());
    if (!h.streamStdout.empty()) {
        r.bytes = h.streamStdout.size();
        if (!sink(h.streamStdout.data(), h.streamStdout.size()))
            r.stoppedBy = remote::StreamResult::Stop::Sink;
    }
    r.err = h.streamStderr;
    r.exitStatus = h.streamExit;
    return r;
}

} // namespace natdoctor::test
