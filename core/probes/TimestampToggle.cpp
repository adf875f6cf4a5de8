#include "probes/TimestampToggle.h"

#include "probes/ProbeText.h"
#include "util/AtomicFile.h"

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace natdoctor::probes {

using remote::RemoteError;
using remote::RemoteErrorCode;

namespace {

constexpr const char* Setting = "/proc/sys/net/ipv4/tcp_timestamps";

// The sleeper's $0 is "natdoctor-deadman:TOKEN" so that pgrep -f finds it and
// nothing else (these scripts hold "natdoctor-deadman:$token", unexpanded).
// It restores when the lease in its flag file runs out (the file holds the
// host clock's expiry second; natdoctor renews it) or after `max` seconds,
// only while the value is 0, with exactly the restore command of
// SudoersLines; it ends when the flag file goes (disarm) or after restoring.
// A flag it cannot read (mid-rename) is skipped, never taken as expired.
// $1 token, $2 flag, $3 lease seconds, $4 max seconds, $5 "setsid" or "user",
// then the restore command (sysctl path and arguments).
constexpr const char* ArmScript = R"sh(LC_ALL=C; export LC_ALL
token=$1 flag=$2 lease=$3 max=$4 mode=$5; shift 5
( set -C; umask 077; echo $(( $(date +%s) + lease )) > "$flag" ) 2>/dev/null || { echo 'cannot create the flag file'; exit 3; }
loop='flag=$1 max=$2; shift 2; n=0
while [ -e "$flag" ]; do
    e=$(cat "$flag" 2>/dev/null)
    case $e in ""|*[!0-9]*) e= ;; esac
    if { [ -n "$e" ] && [ "$(date +%s)" -ge "$e" ]; } || [ "$n" -ge "$max" ]; then
        if [ "$(cat /proc/sys/net/ipv4/tcp_timestamps)" = 0 ]; then sudo -n "$@" >/dev/null 2>&1; fi
        if [ "$(cat /proc/sys/net/ipv4/tcp_timestamps)" != 0 ] || [ "$n" -ge $((max + 60)) ]; then rm -f "$flag"; exit 0; fi
    fi
    sleep 1
    n=$((n + 1))
done'
if [ "$mode" = user ]; then
    systemd-run --user --quiet --collect --unit="natdoctor-deadman-$token" \
        /bin/sh -c "$loop" "natdoctor-deadman:$token" "$flag" "$max" "$@" >/dev/null 2>&1 ||
        { rm -f "$flag"; echo 'no dead-man could be armed: systemd-run --user failed'; exit 4; }
else
    command -v setsid >/dev/null 2>&1 || { rm -f "$flag"; echo 'no dead-man could be armed: no setsid on this host'; exit 4; }
    setsid /bin/sh -c "$loop" "natdoctor-deadman:$token" "$flag" "$max" "$@" </dev/null >/dev/null 2>&1 &
fi
i=0
while [ "$i" -lt 30 ]; do
    p=$(pgrep -f "natdoctor-deadman:$token" 2>/dev/null | head -n 1)
    if [ -n "$p" ]; then echo "armed=$mode pid=$p"; exit 0; fi
    sleep 0.1
    i=$((i + 1))
done
rm -f "$flag"
echo 'no dead-man could be armed: it did not start'
exit 4
)sh";

// $1 flag, $2 lease seconds, $3 token. The new expiry replaces the file in
// one rename, so the sleeper never reads a half-written one.
constexpr const char* RenewScript = R"sh(LC_ALL=C; export LC_ALL
if ! pgrep -f "natdoctor-deadman:$3" >/dev/null 2>&1 || [ ! -e "$1" ]; then echo lease=lapsed; exit 0; fi
( umask 077; echo $(( $(date +%s) + $2 )) > "$1.new" ) && mv -f "$1.new" "$1" && echo lease=renewed)sh";

// The command (sudo's argv) as "$@". Prints the value read back.
constexpr const char* SetScript = R"sh(LC_ALL=C; export LC_ALL
sudo -n "$@" || exit $?
cat /proc/sys/net/ipv4/tcp_timestamps)sh";
constexpr const char* SetBackScript = R"sh(LC_ALL=C; export LC_ALL
if [ "$(cat /proc/sys/net/ipv4/tcp_timestamps)" = 0 ]; then sudo -n "$@" || exit $?; fi
cat /proc/sys/net/ipv4/tcp_timestamps)sh";

// $1 flag, $2 token, then the restore command. Compare-and-set, then
// disarm: the flag goes (the sleeper ends within a second, after its sleep),
// its user unit stops, and whatever is left of its process group is ended.
// A restore that did not take leaves the dead-man armed: it is the one
// restore left.
constexpr const char* RestoreScript = R"sh(LC_ALL=C; export LC_ALL
flag=$1 token=$2; shift 2
if [ "$(cat /proc/sys/net/ipv4/tcp_timestamps)" = 0 ]; then sudo -n "$@" >/dev/null 2>&1 || echo restore=refused; fi
if [ "$(cat /proc/sys/net/ipv4/tcp_timestamps)" = 0 ]; then echo disarmed=no; echo value=0; exit 0; fi
rm -f "$flag" "$flag.new"
systemctl --user stop "natdoctor-deadman-$token.service" >/dev/null 2>&1
i=0
while pgrep -f "natdoctor-deadman:$token" >/dev/null 2>&1 && [ "$i" -lt 30 ]; do sleep 0.1; i=$((i + 1)); done
for p in $(pgrep -f "natdoctor-deadman:$token" 2>/dev/null); do kill -TERM "-$p" "$p" 2>/dev/null; done
sleep 0.2
if pgrep -f "natdoctor-deadman:$token" >/dev/null 2>&1; then echo disarmed=no; else echo disarmed=yes; fi
echo "value=$(cat /proc/sys/net/ipv4/tcp_timestamps)")sh";

std::vector<std::string> scriptArgv(const char* script, const std::vector<std::string>& args)
{
    std::vector<std::string> argv { "/bin/sh", "-c", script, "natdoctor" };
    argv.insert(argv.end(), args.begin(), args.end());
    return argv;
}

std::vector<std::string> concat(std::vector<std::string> a, const std::vector<std::string>& b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

std::optional<long long> lastNumber(const std::string& out)
{
    const auto lines = splitLines(out);
    if (lines.empty())
        return std::nullopt;
    const auto v = parseUnsigned(trim(lines.back()));
    return v ? std::optional<long long>(static_cast<long long>(*v)) : std::nullopt;
}

std::string keyValue(const std::string& out, const std::string& key)
{
    for (const std::string_view line : splitLines(out)) {
        if (line.starts_with(key + "="))
            return std::string(trim(line.substr(key.size() + 1)));
    }
    return {};
}

bool validToken(const std::string& token)
{
    if (token.size() < 8 || token.size() > 32)
        return false;
    for (char c : token) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

bool connectionTrouble(const RemoteError& e)
{
    return e.code == RemoteErrorCode::ConnectionLost || e.code == RemoteErrorCode::ConnectionFailed
        || e.code == RemoteErrorCode::Timeout || e.code == RemoteErrorCode::ChannelFailed;
}

std::string flagFor(const std::string& token)
{
    return "/tmp/natdoctor-restore-flag-" + token;
}

remote::CommandOptions commandOptions(const std::atomic_bool* cancel)
{
    remote::CommandOptions options;
    options.timeout = std::chrono::seconds(20);
    options.cancel = cancel;
    return options;
}

// Restore, verify and disarm on `runner`'s host; fills restored/disarmed.
void restoreAndDisarm(remote::CommandRunner& runner, const HostTools& tools, const std::string& flag,
                      const std::string& token, long long original, const std::string& armedWith,
                      ToggleOutcome& out)
{
    const auto r = runner.run(
        scriptArgv(RestoreScript, concat({ flag, token }, sysctlTimestampsCommand(tools.sysctl, original))),
        commandOptions(nullptr));
    const auto value = parseUnsigned(keyValue(r.out, "value"));
    out.restored = !r.error && value && static_cast<long long>(*value) == original;
    out.disarmed = !r.error && keyValue(r.out, "disarmed") == "yes";
    if (armedWith == "systemd" && !tools.systemctl.empty()
        && out.restored) { // else the timer is the restore left
        runner.run(sudo(deadManDisarmCommand(tools)), commandOptions(nullptr));
        const auto active
            = runner.run({ tools.systemctl, "is-active", "--quiet", std::string(DeadManUnit) + ".timer" },
                         commandOptions(nullptr));
        out.disarmed = out.disarmed && !active.error && active.exitStatus != 0;
    }
    if (r.error) {
        out.error = r.error;
        out.detail = "could not restore tcp_timestamps (" + remote::describe(r.error) + ")";
    } else if (!out.restored) {
        out.detail = "tcp_timestamps reads " + keyValue(r.out, "value") + " after the restore, not "
            + std::to_string(original)
            + (r.out.find("restore=refused") != std::string::npos ? " (sudo refused)" : "");
        out.error = { RemoteErrorCode::ChannelFailed, out.detail };
    } else {
        out.detail = "tcp_timestamps restored to " + std::to_string(original) + " and verified";
        if (!out.disarmed)
            out.detail += "; the dead-man could not be verified gone";
    }
}

} // namespace

TimestampToggle::TimestampToggle(ToggleOptions options)
    : m_options(std::move(options))
    , m_flag(flagFor(m_options.token))
{
}

remote::CommandResult TimestampToggle::runScript(remote::CommandRunner& runner, const char* script,
                                                 const std::vector<std::string>& args, bool cancellable) const
{
    return runner.run(scriptArgv(script, args), commandOptions(cancellable ? m_options.cancel : nullptr));
}

RemoteError TimestampToggle::prepare(remote::CommandRunner& runner)
{
    ToggleOutcome& out = m_outcome;
    out.restored = true; // nothing changed until set()
    if (!validToken(m_options.token))
        return out.error = { RemoteErrorCode::InvalidInput, "bad dead-man token" };

    // 0. The tools and the original value.
    auto r = runScript(runner, hostToolsScript(), {}, true);
    if (r.error)
        return out.error = r.error;
    m_tools = parseHostTools(r.out);
    if (m_tools.sysctl.empty())
        return out.error = { RemoteErrorCode::CommandMissing, "sysctl is not installed on this host" };
    r = runner.run({ "cat", Setting }, commandOptions(m_options.cancel));
    const auto original = lastNumber(r.out);
    if (r.error || r.exitStatus != 0 || !original)
        return out.error = r.error
            ? r.error
            : RemoteError { RemoteErrorCode::ChannelFailed, std::string("cannot read ") + Setting };
    out.originalValue = *original;
    if (*original == 0)
        return out.error = { RemoteErrorCode::InvalidInput,
                             "tcp_timestamps is already 0 on this host: nothing to compare" };

    // 1. May every privileged command of the test run? Asked before anything
    //    changes, the restore and the dead-man's commands included.
    const auto commands = timestampCommands(m_tools, *original);
    std::string missing;
    for (const auto& command : commands) {
        r = runner.run(sudoCheck(command), commandOptions(m_options.cancel));
        if (r.error && r.error.code != RemoteErrorCode::SudoNeedsPassword)
            return out.error = r.error;
        if (r.error || r.exitStatus != 0)
            missing += (missing.empty() ? "" : "; ") + byHand(command).substr(5);
    }
    if (!missing.empty()) {
        out.sudoersLines = sudoersLines(m_options.user, commands);
        out.sudoCommand = byHand(sysctlTimestampsCommand(m_tools.sysctl, 0));
        out.detail = "tcp_timestamps was not changed";
        return out.error = { RemoteErrorCode::SudoNeedsPassword, "sudo -n refuses: " + missing };
    }

    // 2. The journal, or no test.
    if (!m_options.journalPath.empty()) {
        std::ostringstream text;
        text << "host=" << m_options.hostLabel << "\njump=" << m_options.jumpLabel
             << "\noriginal=" << *original << "\ntoken=" << m_options.token << "\nflag=" << m_flag
             << "\narmed=" << (m_tools.systemdIsPid1 ? "systemd" : "sleeper")
             << "\nstarted=" << std::time(nullptr) << "\n";
        std::string why;
        if (!writeFileAtomically(m_options.journalPath, text.str(), why)) {
            out.detail = "tcp_timestamps was not changed";
            return out.error
                = { RemoteErrorCode::InvalidInput,
                    "cannot write the restore journal (" + why + "): tcp_timestamps was not changed" };
        }
    }

    // 3. The dead-man, verified armed. No dead-man, no change.
    if (auto e = arm(runner)) {
        if (!m_options.journalPath.empty())
            std::remove(m_options.journalPath.c_str());
        out.detail = "tcp_timestamps was not changed, because no dead-man restore could be armed";
        return out.error = e;
    }
    m_prepared = true;
    return {};
}

RemoteError TimestampToggle::arm(remote::CommandRunner& runner)
{
    if (m_tools.systemdIsPid1 && !m_tools.systemdRun.empty() && !m_tools.systemctl.empty()) {
        // A system timer (root, outlives every session), its exact command
        // preflighted above.
        const auto r = runner.run(sudo(deadManArmCommand(m_tools, m_outcome.originalValue)),
                                  commandOptions(m_options.cancel));
        if (r.error || r.exitStatus != 0)
            return r.error
                ? r.error
                : RemoteError { RemoteErrorCode::ChannelFailed,
                                "no dead-man could be armed: systemd-run failed: " + r.err.substr(0, 200) };
        const auto active
            = runner.run({ m_tools.systemctl, "is-active", "--quiet", std::string(DeadManUnit) + ".timer" },
                         commandOptions(m_options.cancel));
        if (active.error || active.exitStatus != 0)
            return { RemoteErrorCode::ChannelFailed,
                     "no dead-man could be armed: the restore timer is not active" };
        m_outcome.armedWith = "systemd";
        return {};
    }
    const std::string mode = !m_tools.systemdRun.empty() && m_tools.lingering ? "user" : "setsid";
    const auto r = runScript(runner, ArmScript,
                             concat({ m_options.token, m_flag, std::to_string(LeaseSeconds),
                                      std::to_string(m_options.maxDuration.count()), mode },
                                    sysctlTimestampsCommand(m_tools.sysctl, m_outcome.originalValue)),
                             true);
    const std::string armed = keyValue(r.out, "armed");
    if (r.error || r.exitStatus != 0 || armed.empty()) {
        std::string why = std::string(trim(r.out + r.err));
        if (why.find("no dead-man") == std::string::npos)
            why = "no dead-man could be armed: " + why;
        return r.error && connectionTrouble(r.error) ? r.error
                                                     : RemoteError { RemoteErrorCode::ChannelFailed, why };
    }
    m_outcome.armedWith = mode == "user" ? "systemd-user" : "setsid";
    return {};
}

RemoteError TimestampToggle::set(remote::CommandRunner& runner, bool off)
{
    if (!m_prepared || m_finished)
        return { RemoteErrorCode::InvalidInput, "the timestamps toggle is not prepared" };
    const long long want = off ? 0 : m_outcome.originalValue;
    if (off) { // from here on, a restore is due whatever happens
        m_outcome.changed = true;
        m_outcome.restored = false;
    }
    const auto r = runner.run(
        scriptArgv(off ? SetScript : SetBackScript, sysctlTimestampsCommand(m_tools.sysctl, want)),
        commandOptions(nullptr));
    if (r.error)
        return r.error;
    const auto now = lastNumber(r.out);
    if (r.exitStatus != 0 || !now || *now != want)
        return { RemoteErrorCode::ChannelFailed,
                 "setting tcp_timestamps=" + std::to_string(want)
                     + " did not take: " + std::string(trim(r.out + r.err)).substr(0, 200) };
    return {};
}

TimestampToggle::Lease TimestampToggle::renew(remote::CommandRunner& runner, std::string* why) const
{
    if (!m_prepared)
        return Lease::Lapsed;
    if (m_outcome.armedWith == "systemd") {
        const auto active
            = runner.run({ m_tools.systemctl, "is-active", "--quiet", std::string(DeadManUnit) + ".timer" },
                         commandOptions(nullptr));
        if (active.error) {
            if (why)
                *why = remote::describe(active.error);
            return Lease::Failed;
        }
        if (active.exitStatus != 0)
            return Lease::Lapsed;
        // Stop and start again: the countdown restarts. The gap is while
        // natdoctor is demonstrably alive.
        runner.run(sudo(deadManDisarmCommand(m_tools)), commandOptions(nullptr));
        const auto r
            = runner.run(sudo(deadManArmCommand(m_tools, m_outcome.originalValue)), commandOptions(nullptr));
        if (r.error || r.exitStatus != 0) {
            if (why)
                *why = r.error ? remote::describe(r.error) : "systemd-run: " + r.err.substr(0, 200);
            return r.error ? Lease::Failed : Lease::Lapsed;
        }
        return Lease::Renewed;
    }
    const auto r
        = runScript(runner, RenewScript, { m_flag, std::to_string(LeaseSeconds), m_options.token }, false);
    if (r.error) {
        if (why)
            *why = remote::describe(r.error);
        return Lease::Failed;
    }
    const std::string lease = keyValue(r.out, "lease");
    if (lease == "renewed")
        return Lease::Renewed;
    if (why)
        *why = lease == "lapsed" ? "the dead-man is gone" : "renewal failed: " + r.out + r.err;
    return lease == "lapsed" ? Lease::Lapsed : Lease::Failed;
}

const ToggleOutcome& TimestampToggle::finish(remote::CommandRunner& runner)
{
    if (!m_prepared || m_finished)
        return m_outcome;
    ToggleOutcome& out = m_outcome;
    out.error = {}; // only the restore's own trouble (an earlier attempt's is history)
    restoreAndDisarm(runner, m_tools, m_flag, m_options.token, out.originalValue, out.armedWith, out);
    if (out.restored) {
        m_finished = true;
        if (!m_options.journalPath.empty())
            std::remove(m_options.journalPath.c_str());
    } else {
        out.detail += "; the dead-man armed with " + out.armedWith + " restores it within "
            + std::to_string(restoreBound().count()) + " s of natdoctor's last renewal";
    }
    return out;
}

std::string defaultJournalPath()
{
    const char* state = std::getenv("XDG_STATE_HOME");
    const char* home = std::getenv("HOME");
    std::string dir = state && *state ? state : std::string(home ? home : "/tmp") + "/.local/state";
    dir += "/natdoctor";
    std::error_code ignored;
    std::filesystem::create_directories(dir, ignored);
    return dir + "/timestamps-journal";
}

const char* timestampArmScript()
{
    return ArmScript;
}

const char* timestampRestoreScript()
{
    return RestoreScript;
}

std::optional<JournalEntry> readJournal(const std::string& journalPath)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(journalPath, ec))
        return std::nullopt;
    std::ifstream in(journalPath);
    if (!in)
        return std::nullopt;
    JournalEntry e;
    std::string line;
    while (std::getline(in, line)) {
        const size_t eq = line.find('=');
        if (eq == std::string::npos)
            continue;
        const std::string key = line.substr(0, eq);
        const std::string value = line.substr(eq + 1);
        if (key == "host")
            e.host = value;
        else if (key == "jump")
            e.jump = value;
        else if (key == "original")
            e.originalValue = static_cast<long long>(parseUnsigned(value).value_or(1));
        else if (key == "token")
            e.token = value;
        else if (key == "flag")
            e.flag = value;
        else if (key == "armed")
            e.armedWith = value;
    }
    if (e.host.empty() || !validToken(e.token) || e.flag != flagFor(e.token) || e.originalValue == 0
        || e.originalValue > 2)
        return std::nullopt;
    return e;
}

ToggleOutcome restoreFromJournal(remote::CommandRunner& runner, const JournalEntry& e,
                                 const std::string& journalPath)
{
    ToggleOutcome out;
    out.originalValue = e.originalValue;
    out.armedWith = e.armedWith;
    remote::CommandOptions options = commandOptions(nullptr);
    const auto r = runner.run(scriptArgv(hostToolsScript(), {}), options);
    const HostTools tools = parseHostTools(r.out);
    if (r.error || tools.sysctl.empty()) {
        out.error
            = r.error ? r.error : RemoteError { RemoteErrorCode::CommandMissing, "sysctl is not installed" };
        out.detail = "cannot check tcp_timestamps on " + e.host + ": " + remote::describe(out.error);
        return out;
    }
    restoreAndDisarm(runner, tools, e.flag, e.token, e.originalValue, tools.systemdIsPid1 ? "systemd" : "",
                     out);
    out.changed = true;
    if (out.restored) {
        out.detail = "tcp_timestamps on " + e.host + " is " + std::to_string(e.originalValue) + " again";
        std::remove(journalPath.c_str());
    }
    return out;
}

} // namespace natdoctor::probes
