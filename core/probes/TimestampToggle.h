#pragma once

#include "probes/SudoersLines.h"
#include "remote/CommandRunner.h"
#include "remote/RemoteError.h"

#include <atomic>
#include <chrono>
#include <optional>
#include <string>

namespace natdoctor::probes {

// The "no remote access" test changes net.ipv4.tcp_timestamps on a private
// instance to 0 for parts of a connection test. The setting is always
// restored:
//  1. prepare(): the host's tools and the original value are read; every
//     privileged command the test will run (set 0, restore, and the dead-man's
//     own commands) is preflighted with `sudo -n -l` and the test refuses to
//     start if any is missing; a local journal records (host, original value,
//     token) and a journal that cannot be written stops the test; a dead-man
//     restore is armed on the host where it outlives the SSH session, and
//     verified armed, before anything changes:
//       - systemd as PID 1: `sudo -n systemd-run --on-active=25 ...` (a system
//         timer, fixed unit DeadManUnit);
//       - else systemd-run --user where the user lingers (their manager
//         outlives the session);
//       - else a setsid'd sleeper (own session and process group, stdin and
//         stdout on /dev/null), "natdoctor-deadman:TOKEN".
//     The dead-man is a lease: it restores LeaseSeconds after the last
//     renew(), however long the test runs, and at the latest maxDuration
//     after arming. Its restore is compare-and-set (only while the value is
//     still 0) on the sleeper paths; the system timer runs the exact sysctl
//     line of SudoersLines.
//  2. set(off): 0, or the original value (compare-and-set), read back.
//  3. renew() every LeaseRenewSeconds, from any runner (the step renews from
//     a second session on its own thread).
//  4. finish(): restore (compare-and-set, never cancelled), verify, disarm
//     and verify that nothing of the dead-man is left (no sleep child), clear
//     the journal. After a dropped link it is called on a new session.
// If no dead-man can be armed, the setting is never changed.
struct ToggleOutcome
{
    remote::RemoteError error; // why the test could not run, or restore trouble
    long long originalValue = -1;
    bool changed = false; // the value was set to 0 at some point
    bool restored = false; // read back equal to originalValue at the end
    bool disarmed = false; // nothing of the dead-man left on the host
    std::string armedWith; // "systemd", "systemd-user" or "setsid"
    std::string detail; // a line for the findings: what happened to the setting
    std::string sudoersLines; // set with SudoNeedsPassword: every line the test needs
    std::string sudoCommand; // set with SudoNeedsPassword: the change, to run by hand
};

struct ToggleOptions
{
    std::string token; // [0-9a-f]{8,32}, names the dead-man and its flag file
    // The dead-man restores this long after arming even if renewals go on.
    std::chrono::seconds maxDuration { 3600 };
    std::string journalPath; // local; empty: no journal (tests)
    std::string hostLabel; // "user@host:port", for the journal
    std::string jumpLabel; // the jump host's "user@host:port", for the journal
    std::string user; // remote user, for the sudoers lines
    const std::atomic_bool* cancel = nullptr; // cancels prepare(), never the restore
};

class TimestampToggle
{
public:
    explicit TimestampToggle(ToggleOptions options);

    remote::RemoteError prepare(remote::CommandRunner& runner);
    remote::RemoteError set(remote::CommandRunner& runner, bool off);

    enum class Lease {
        Renewed,
        Lapsed, // the dead-man is gone: it restored (or will); stop the test
        Failed, // could not ask (connection trouble): try again
    };
    // Safe to call from another thread on another runner while set() runs.
    Lease renew(remote::CommandRunner& runner, std::string* why = nullptr) const;

    const ToggleOutcome& finish(remote::CommandRunner& runner);

    bool prepared() const { return m_prepared; }
    bool finished() const { return m_finished; }
    const ToggleOutcome& outcome() const { return m_outcome; }
    // How long after natdoctor's last renewal the host restores by itself.
    static std::chrono::seconds restoreBound() { return std::chrono::seconds(LeaseSeconds + 2); }

private:
    remote::CommandResult runScript(remote::CommandRunner& runner, const char* script,
                                    const std::vector<std::string>& args, bool cancellable) const;
    remote::RemoteError arm(remote::CommandRunner& runner);

    ToggleOptions m_options;
    HostTools m_tools;
    std::string m_flag;
    ToggleOutcome m_outcome;
    bool m_prepared = false;
    bool m_finished = false;
};

// A journal left by a run that did not finish.
struct JournalEntry
{
    std::string host; // "user@host:port"
    std::string jump; // "user@host:port" of the jump host, or empty
    long long originalValue = 1;
    std::string token;
    std::string flag;
    std::string armedWith;
};
std::optional<JournalEntry> readJournal(const std::string& journalPath);
// Restores (compare-and-set) and disarms on the journal's host; removes the
// journal when the value reads back as the original.
ToggleOutcome restoreFromJournal(remote::CommandRunner& runner, const JournalEntry& entry,
                                 const std::string& journalPath);

// ${XDG_STATE_HOME:-~/.local/state}/natdoctor/timestamps-journal (the folder
// is created); the same for the wizard and the command line.
std::string defaultJournalPath();

// For tests and the remote-safety review: the scripts sent to the host.
const char* timestampArmScript();
const char* timestampRestoreScript();

} // namespace natdoctor::probes
