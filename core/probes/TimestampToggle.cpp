#include "probes/TimestampToggle.h"

#include "probes/ProbeText.h"
#include "remote/RemoteCommand.h"
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

// The dead-man's $0 is "natdoctor-deadman:TOKEN" so that pgrep/pkill -f find
// it and nothing else: no other command line (these scripts' own included)
// holds that string, because the flag file is named differently.
// $1 token, $2 original value, $3 seconds, $4 flag file. The restore text is
// the same for both ways of arming: $1 flag file, $2 original value.
constexpr const char* ArmScript = R"(LC_ALL=C; export LC_ALL
flag=$4
( umask 077 && : > "$flag" ) || { echo 'cannot create the flag file'; exit 3; }
restore='[ -e "$1" ] || exit 0; v=$(cat /proc/sys/net/ipv4/tcp_timestamps); if [ "$v" = 0 ]; then sudo -n sysctl -q -w net.ipv4.tcp_timestamps="$2"; fi; rm -f "$1"'
if command -v systemd-run >/dev/null 2>&1 &&
   systemd-run --user --quiet --collect --on-active="$3" --unit="natdoctor-restore-$1" \
       /bin/sh -c "$restore" sh "$flag" "$2" >/dev/null 2>&1; then
    echo armed=systemd
    exit 0
fi
setsid -f /bin/sh -c "sleep \"\$3\"; $restore" "natdoctor-deadman:$1" "$flag" "$2" "$3" </dev/null >/dev/null 2>&1
sleep 0.3
if pgrep -f "natdoctor-deadman:$1" >/dev/null 2>&1; then
    echo armed=setsid
    exit 0
fi
rm -f "$flag"
echo 'no dead-man could be armed'
exit 4
)";

// $1 value. Prints the value read back.
constexpr const char* SetScript = R"(LC_ALL=C; export LC_ALL
sudo -n sysctl -q -w net.ipv4.tcp_timestamps="$1" || exit $?
cat /proc/sys/net/ipv4/tcp_timestamps)";

// $1 original value, $2 flag file, $3 token. Compare-and-set, then disarm.
constexpr const char* RestoreScript = R"(LC_ALL=C; export LC_ALL
v=$(cat /proc/sys/net/ipv4/tcp_timestamps)
if [ "$v" = 0 ]; then sudo -n sysctl -q -w net.ipv4.tcp_timestamps="$1"; fi
rm -f "$2"
systemctl --user stop "natdoctor-restore-$3.timer" >/dev/null 2>&1
pkill -f "natdoctor-deadman:$3" >/dev/null 2>&1
cat /proc/sys/net/ipv4/tcp_timestamps)";

remote::CommandResult runScript(remote::SshSession& session, const char* script, const std::vector<std::string>& args,
    const std::atomic_bool* cancel)
{
    remote::CommandOptions options;
    options.timeout = std::chrono::seconds(20);
    options.cancel = cancel;
    return remote::RemoteCommand::runScript(session, script, args, options);
}

std::optional<long long> readValue(const std::string& out)
{
    const auto lines = splitLines(out);
    if (lines.empty())
        return std::nullopt;
    const auto v = parseUnsigned(trim(lines.back()));
    return v ? std::optional<long long>(static_cast<long long>(*v)) : std::nullopt;
}

void writeJournal(const ToggleOptions& o, long long original, const std::string& flag)
{
    if (o.journalPath.empty())
        return;
    std::ostringstream text;
    text << "host=" << o.hostLabel << "\njump=" << o.jumpLabel << "\noriginal=" << original << "\ntoken=" << o.token << "\nflag=" << flag
         << "\ndeadline=" << std::time(nullptr) + o.deadManAfter.count() << "\n";
    std::string why;
    writeFileAtomically(o.journalPath, text.str(), why);
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

} // namespace

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
    }
    if (e.host.empty() || !validToken(e.token) || e.flag != "/tmp/natdoctor-restore-flag-" + e.token)
        return std::nullopt;
    return e;
}

ToggleOutcome restoreFromJournal(remote::SshSession& session, const JournalEntry& e, const std::string& journalPath)
{
    ToggleOutcome out;
    out.originalValue = e.originalValue;
    const auto r = runScript(session, RestoreScript, { std::to_string(e.originalValue), e.flag, e.token }, nullptr);
    const auto after = readValue(r.out);
    out.restored = !r.error && after && *after == e.originalValue;
    out.error = r.error;
    out.detail = out.restored ? "tcp_timestamps on " + e.host + " is " + std::to_string(e.originalValue) + " again"
                              : "tcp_timestamps on " + e.host + " reads " + r.out + " (expected "
            + std::to_string(e.originalValue) + ")";
    if (out.restored)
        std::remove(journalPath.c_str());
    return out;
}

ToggleOutcome runWithTimestampsOff(remote::SshSession& session, const ToggleOptions& o, const std::function<void()>& probe)
{
    ToggleOutcome out;
    if (!validToken(o.token)) {
        out.error = { RemoteErrorCode::InvalidInput, "bad dead-man token" };
        return out;
    }
    // 0. The original value, and whether sudo lets us change it.
    auto r = runScript(session, "cat /proc/sys/net/ipv4/tcp_timestamps", {}, o.cancel);
    const auto original = readValue(r.out);
    if (r.error || !original) {
        out.error = r.error ? r.error : RemoteError { RemoteErrorCode::ChannelFailed, std::string("cannot read ") + Setting };
        return out;
    }
    out.originalValue = *original;
    if (*original == 0) {
        out.error = { RemoteErrorCode::InvalidInput, "tcp_timestamps is already 0 on this host: nothing to compare" };
        out.restored = true;
        return out;
    }
    r = runScript(session, "LC_ALL=C sudo -n -l sysctl -q -w net.ipv4.tcp_timestamps=0", {}, o.cancel);
    if (r.error || r.exitStatus != 0) {
        out.error = r.error ? r.error : RemoteError { RemoteErrorCode::SudoNeedsPassword, "sudo -n sysctl: " + r.err };
        if (!r.error)
            out.sudoersLine = (o.user.empty() ? std::string("USER") : o.user)
                + " ALL=(root) NOPASSWD: /usr/sbin/sysctl -q -w net.ipv4.tcp_timestamps=*";
        out.restored = true; // nothing was changed
        out.detail = "tcp_timestamps was not changed";
        return out;
    }

    // 1-2. Journal, then the dead-man. No dead-man, no change.
    const std::string flag = "/tmp/natdoctor-restore-flag-" + o.token;
    writeJournal(o, *original, flag);
    r = runScript(session, ArmScript,
        { o.token, std::to_string(*original), std::to_string(o.deadManAfter.count()), flag }, o.cancel);
    if (r.error || r.exitStatus != 0 || r.out.find("armed=") == std::string::npos) {
        out.error = r.error ? r.error
                            : RemoteError { RemoteErrorCode::ChannelFailed, "no dead-man restore could be armed: " + r.out + r.err };
        out.restored = true;
        out.detail = "tcp_timestamps was not changed, because no dead-man restore could be armed";
        if (!o.journalPath.empty())
            std::remove(o.journalPath.c_str());
        return out;
    }
    out.armedWith = r.out.find("armed=systemd") != std::string::npos ? "systemd" : "setsid";

    // 3. Change and read back.
    r = runScript(session, SetScript, { "0" }, nullptr);
    out.changed = true;
    const auto now = readValue(r.out);
    if (!r.error && now && *now == 0) {
        probe(); // 4.
    } else if (!r.error) {
        out.error = { RemoteErrorCode::ChannelFailed, "setting tcp_timestamps=0 did not take: " + r.out + r.err };
    } else {
        out.error = r.error;
    }

    // 5. Restore whatever happened above; never cancelled.
    r = runScript(session, RestoreScript, { std::to_string(*original), flag, o.token }, nullptr);
    const auto after = readValue(r.out);
    out.restored = !r.error && after && *after == *original;
    if (out.restored) {
        out.detail = "tcp_timestamps restored to " + std::to_string(*original) + " and verified";
        if (!o.journalPath.empty())
            std::remove(o.journalPath.c_str());
    } else {
        out.detail = "could not verify the restore (" + (r.error ? remote::describe(r.error) : "read back " + r.out)
            + "); the dead-man armed with " + out.armedWith + " restores it within "
            + std::to_string(o.deadManAfter.count()) + " s";
        if (!out.error)
            out.error = r.error ? r.error : RemoteError { RemoteErrorCode::ChannelFailed, out.detail };
    }
    return out;
}

} // namespace natdoctor::probes
