#pragma once

#include <string>
#include <vector>

namespace natdoctor::probes {

// The one place that builds every privileged command natdoctor runs on a
// host, the sudoers line that allows exactly that command, and the
// `sudo -n -l` preflight that asks whether it may run. The argv natdoctor
// runs, the line it suggests and the check it makes come from the same
// vector, so they cannot drift apart.
//
// Rules (sudoers(5), GTFOBins):
//  - the program is the absolute path resolved on the host (`command -v`,
//    then the sbin directories sudo's secure_path adds);
//  - the arguments are written out exactly: no `*` or other wildcard, so no
//    argument can become a second assignment (`=1 kernel.core_pattern=...`)
//    or an option (`-z ./x.sh -Z root`); one line per allowed value;
//  - tcpdump only with a named interface, `-w -` and natdoctor's filter,
//    never `-z`, `-r`, `-w FILE`, `-F` or `-V`.

// The programs on the host. Empty: not found.
struct HostTools
{
    std::string tcpdump;
    std::string sysctl;
    std::string systemdRun;
    std::string systemctl;
    bool systemdIsPid1 = false; // /run/systemd/system exists
    bool lingering = false; // loginctl show-user -p Linger says yes
};

// Prints key=value lines (tcpdump= sysctl= systemd_run= systemctl= pid1=
// linger=) for parseHostTools(). No arguments.
const char* hostToolsScript();
HostTools parseHostTools(const std::string& out);

// The dead-man's fixed system unit (systemd as PID 1): one per host, so the
// sudoers lines can name it exactly.
constexpr const char* DeadManUnit = "natdoctor-restore-tcp-timestamps";
// How long the dead-man waits after natdoctor's last renewal. natdoctor
// renews every LeaseRenewSeconds, so a silent natdoctor is noticed within
// LeaseSeconds, whatever the test's length.
constexpr int LeaseSeconds = 25;
constexpr int LeaseRenewSeconds = 8;

// Commands run as root (the argv after "sudo -n").
std::vector<std::string> tcpdumpCommand(const std::string& tcpdump, const std::string& interface, int snaplen,
                                        const std::string& filter);
std::vector<std::string> sysctlTimestampsCommand(const std::string& sysctl, long long value);
// The same with the value as written (the manual mode's "$orig" placeholder).
std::vector<std::string> sysctlTimestampsCommand(const std::string& sysctl, const std::string& value);
// systemd-run --on-active=LeaseSeconds of the restore to `original`.
std::vector<std::string> deadManArmCommand(const HostTools& tools, long long original);
// The same restore after `seconds`, the value as written (manual mode: a
// person cannot renew a lease, the timer covers the whole test).
std::vector<std::string> deadManArmCommand(const HostTools& tools, const std::string& value, int seconds);
// The capture command writing `file` instead of stdout: what a person runs by
// hand (pcap never goes to the terminal).
std::vector<std::string> tcpdumpToFile(std::vector<std::string> command, const std::string& file);
std::vector<std::string> deadManDisarmCommand(const HostTools& tools);

// env LC_ALL=C sudo -n COMMAND...
std::vector<std::string> sudo(const std::vector<std::string>& command);
// env LC_ALL=C sudo -n -l COMMAND...: exit 0 iff exactly COMMAND may run.
std::vector<std::string> sudoCheck(const std::vector<std::string>& command);

// "USER ALL=(root) NOPASSWD: COMMAND" with sudoers' special characters
// escaped; empty when the command cannot be written exactly (a relative
// program path, a quote, backslash or control character in an argument).
std::string sudoersLine(const std::string& user, const std::vector<std::string>& command);
// All lines for a set of commands, one per line, without duplicates.
std::string sudoersLines(const std::string& user, const std::vector<std::vector<std::string>>& commands);

// The commands the timestamps test runs as root, for the preflight and the
// suggested lines: set 0, restore `original`, and (systemd as PID 1) the
// dead-man's arm and disarm.
std::vector<std::vector<std::string>> timestampCommands(const HostTools& tools, long long original);

// What a person types instead: `sudo` and the shell-quoted command.
std::string byHand(const std::vector<std::string>& command);

} // namespace natdoctor::probes
