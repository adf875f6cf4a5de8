#include "probes/SudoersLines.h"

#include "probes/ProbeText.h"
#include "remote/ShellQuote.h"

#include <algorithm>

namespace natdoctor::probes {

namespace {

// $PATH first, then where the sbin programs are when the user's PATH lacks
// them (Debian users' PATH has no /usr/sbin; sudo's secure_path does).
constexpr const char* ToolsScript = R"sh(LC_ALL=C; export LC_ALL
find_tool() {
    p=$(command -v "$1" 2>/dev/null)
    case $p in /*) echo "$p"; return ;; esac
    for d in /usr/sbin /sbin /usr/bin /bin /usr/local/sbin; do
        if [ -x "$d/$1" ]; then echo "$d/$1"; return; fi
    done
}
echo "tcpdump=$(find_tool tcpdump)"
echo "sysctl=$(find_tool sysctl)"
echo "systemd_run=$(find_tool systemd-run)"
echo "systemctl=$(find_tool systemctl)"
if [ -d /run/systemd/system ]; then echo pid1=systemd; else echo pid1=other; fi
l=$(loginctl show-user -p Linger "$(id -un)" 2>/dev/null)
echo "linger=${l#Linger=}")sh";

// One argument as sudoers reads it: the parser strips a backslash before
// , : = \ # and blanks; fnmatch() then reads \* \? \[ \] as literals.
bool escapeArgument(const std::string& arg, std::string& out)
{
    for (unsigned char c : arg) {
        if (c < 0x20 || c == 0x7f || c == '"' || c == '\'' || c == '\\')
            return false;
        if (c == ',' || c == ':' || c == '=' || c == '#' || c == '*' || c == '?' || c == '[' || c == ']'
            || c == '!')
            out += '\\';
        out += static_cast<char>(c);
    }
    return true;
}

} // namespace

const char* hostToolsScript()
{
    return ToolsScript;
}

HostTools parseHostTools(const std::string& out)
{
    HostTools t;
    for (const std::string_view line : splitLines(out)) {
        const size_t eq = line.find('=');
        if (eq == std::string::npos)
            continue;
        const std::string key(line.substr(0, eq));
        const std::string value(trim(line.substr(eq + 1)));
        const bool path = value.starts_with('/') && value.find_first_of(" \t'\"\\") == std::string::npos;
        if (key == "tcpdump" && path)
            t.tcpdump = value;
        else if (key == "sysctl" && path)
            t.sysctl = value;
        else if (key == "systemd_run" && path)
            t.systemdRun = value;
        else if (key == "systemctl" && path)
            t.systemctl = value;
        else if (key == "pid1")
            t.systemdIsPid1 = value == "systemd";
        else if (key == "linger")
            t.lingering = value == "yes";
    }
    return t;
}

std::vector<std::string> tcpdumpCommand(const std::string& tcpdump, const std::string& interface, int snaplen,
                                        const std::string& filter)
{
    // -U and --immediate-mode hand over every packet at once, so none is
    // left in the kernel ring when the capture stops.
    return { tcpdump,   "-U",  "--immediate-mode",      "-n", "-i",
             interface, "-s",  std::to_string(snaplen), "-w", "-",
             "--",      filter };
}

std::vector<std::string> sysctlTimestampsCommand(const std::string& sysctl, long long value)
{
    return sysctlTimestampsCommand(sysctl, std::to_string(value));
}

std::vector<std::string> sysctlTimestampsCommand(const std::string& sysctl, const std::string& value)
{
    return { sysctl, "-q", "-w", "net.ipv4.tcp_timestamps=" + value };
}

std::vector<std::string> deadManArmCommand(const HostTools& tools, long long original)
{
    return deadManArmCommand(tools, std::to_string(original), LeaseSeconds);
}

std::vector<std::string> deadManArmCommand(const HostTools& tools, const std::string& value, int seconds)
{
    std::vector<std::string> command { tools.systemdRun, "--quiet", "--collect",
                                       "--unit=" + std::string(DeadManUnit),
                                       "--on-active=" + std::to_string(seconds) };
    const auto restore = sysctlTimestampsCommand(tools.sysctl, value);
    command.insert(command.end(), restore.begin(), restore.end());
    return command;
}

std::vector<std::string> tcpdumpToFile(std::vector<std::string> command, const std::string& file)
{
    for (size_t i = 0; i + 1 < command.size(); ++i) {
        if (command[i] == "-w") {
            command[i + 1] = file;
            break;
        }
    }
    return command;
}

std::vector<std::string> deadManDisarmCommand(const HostTools& tools)
{
    return { tools.systemctl, "stop", std::string(DeadManUnit) + ".timer" };
}

std::vector<std::string> sudo(const std::vector<std::string>& command)
{
    std::vector<std::string> argv { "env", "LC_ALL=C", "sudo", "-n" };
    argv.insert(argv.end(), command.begin(), command.end());
    return argv;
}

std::vector<std::string> sudoCheck(const std::vector<std::string>& command)
{
    std::vector<std::string> argv { "env", "LC_ALL=C", "sudo", "-n", "-l" };
    argv.insert(argv.end(), command.begin(), command.end());
    return argv;
}

std::string sudoersLine(const std::string& user, const std::vector<std::string>& command)
{
    if (command.empty() || !command.front().starts_with('/'))
        return {};
    std::string line = (user.empty() ? std::string("USER") : user) + " ALL=(root) NOPASSWD: ";
    for (size_t i = 0; i < command.size(); ++i) {
        if (i > 0)
            line += ' ';
        std::string arg;
        if (command[i].empty() || !escapeArgument(command[i], arg))
            return {};
        line += arg;
    }
    return line;
}

std::string sudoersLines(const std::string& user, const std::vector<std::vector<std::string>>& commands)
{
    std::vector<std::string> lines;
    for (const auto& command : commands) {
        std::string line = sudoersLine(user, command);
        if (!line.empty() && std::find(lines.begin(), lines.end(), line) == lines.end())
            lines.push_back(std::move(line));
    }
    std::string text;
    for (const std::string& line : lines)
        text += (text.empty() ? "" : "\n") + line;
    return text;
}

std::vector<std::vector<std::string>> timestampCommands(const HostTools& tools, long long original)
{
    std::vector<std::vector<std::string>> commands { sysctlTimestampsCommand(tools.sysctl, 0),
                                                     sysctlTimestampsCommand(tools.sysctl, original) };
    if (tools.systemdIsPid1 && !tools.systemdRun.empty() && !tools.systemctl.empty()) {
        commands.push_back(deadManArmCommand(tools, original));
        commands.push_back(deadManDisarmCommand(tools));
    }
    return commands;
}

std::string byHand(const std::vector<std::string>& command)
{
    // Quoted only where a shell would need it, so a person can read it.
    std::string line = "sudo";
    for (const std::string& word : command) {
        const bool plain = !word.empty()
            && word.find_first_not_of(
                   "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_./=:@%+,-")
                == std::string::npos;
        line += ' ' + (plain ? word : remote::shellQuote(word).value_or(std::string("''")));
    }
    return line;
}

} // namespace natdoctor::probes
