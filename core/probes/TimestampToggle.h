#pragma once

#include "remote/RemoteError.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>
#include <string>

namespace natdoctor::remote {
class SshSession;
}

namespace natdoctor::probes {

// The "no remote access" test changes net.ipv4.tcp_timestamps on a private
// instance to 0 for the length of a connection probe. The setting is always
// restored:
//  1. a local journal records (host, original value, deadline) first;
//  2. a dead-man restore is armed on the host *before* anything changes
//     (systemd-run --user timer, or a setsid'd sleeper where there is no
//     systemd); it restores only if the value is still 0 (compare-and-set, so
//     a later admin change is never overwritten) and only while its flag file
//     exists;
//  3. only when armed: set 0 and read it back;
//  4. run the probe;
//  5. restore (not cancellable), verify, disarm, clear the journal.
// If natdoctor or the network dies after 3, the dead-man restores it; the
// journal makes the next start check that host. If no dead-man can be armed,
// the setting is never changed.
struct ToggleOutcome
{
    remote::RemoteError error; // why the test could not run, or restore trouble
    long long originalValue = -1;
    bool changed = false; // the value was set to 0 at some point
    bool restored = false; // read back equal to originalValue at the end
    std::string armedWith; // "systemd" or "setsid"
    std::string detail; // a line for the findings: what happened to the setting
    std::string sudoersLine; // set with SudoNeedsPassword
};

struct ToggleOptions
{
    std::string token; // [0-9a-f]{8,32}, names the dead-man and its flag file
    std::chrono::seconds deadManAfter { 300 }; // restore this long after arming, at the latest
    std::string journalPath; // local; empty: no journal (tests)
    std::string hostLabel; // "user@host:port", for the journal
    std::string jumpLabel; // the jump host's "user@host:port", for the journal
    std::string user; // remote user, for the sudoers line
    const std::atomic_bool* cancel = nullptr; // cancels the probe, never the restore
};

// Runs `probe` with tcp_timestamps=0 on `session`'s host, restoring as above.
ToggleOutcome runWithTimestampsOff(remote::SshSession& session, const ToggleOptions& options,
    const std::function<void()>& probe);

// A journal left by a run that did not finish.
struct JournalEntry
{
    std::string host; // "user@host:port"
    std::string jump; // "user@host:port" of the jump host, or empty
    long long originalValue = 1;
    std::string token;
    std::string flag;
};
std::optional<JournalEntry> readJournal(const std::string& journalPath);
// Restores (compare-and-set) and disarms on the journal's host; removes the
// journal when the value reads back as the original.
ToggleOutcome restoreFromJournal(remote::SshSession& session, const JournalEntry& entry, const std::string& journalPath);

// ${XDG_STATE_HOME:-~/.local/state}/natdoctor/timestamps-journal (the folder
// is created); the same for the wizard and the command line.
std::string defaultJournalPath();

// For tests and the remote-safety review: the scripts sent to the host.
const char* timestampArmScript();
const char* timestampRestoreScript();

} // namespace natdoctor::probes
