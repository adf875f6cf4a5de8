#include "diagnosis/ManualCommands.h"

#include "diagnosis/CommandBuilders.h"
#include "probes/ConnectionProbe.h"
#include "probes/KernelProbe.h"
#include "probes/LiveCapture.h"
#include "probes/SudoersLines.h"
#include "remote/Validation.h"

namespace natdoctor::diagnosis {

namespace {

// A script as a here-document, so it pastes into any shell as one command.
std::string heredoc(const std::string& interpreter, const std::string& script)
{
    return interpreter + " <<'NATDOCTOR_EOF'\n" + script + (script.ends_with('\n') ? "" : "\n")
        + "NATDOCTOR_EOF";
}

// A person's command from the guided mode's builder, with `value` (a plain
// placeholder word) replaced by shell text that expands where it runs.
std::string byHand(const std::vector<std::string>& command, const std::string& value = {},
                   const std::string& expansion = {})
{
    std::string line = probes::byHand(command);
    if (!value.empty()) {
        for (size_t at = line.find(value); at != std::string::npos;
             at = line.find(value, at + expansion.size()))
            line.replace(at, value.size(), expansion);
    }
    return line;
}

constexpr const char* Saved = "@ORIG@"; // stands for the value saved in step 2

} // namespace

int manualDeadManSeconds(int attempts)
{
    probes::ConnectionProbeSpec spec;
    spec.attempts = attempts;
    return static_cast<int>(
               std::chrono::ceil<std::chrono::seconds>(probes::connectionProbeTimeout(spec)).count())
        + 120;
}

ManualCommands manualCommands(const DiagnosisInputs& in)
{
    ManualCommands c;
    if (remote::validateHost(in.destinationHost))
        return c;
    // The capture: the guided mode's tcpdump argv and filter (a name is
    // resolved by tcpdump), writing a file instead of stdout.
    c.capture = captureByHand(in);
    if (c.capture.empty())
        return c;
    c.capture += "\n# leave it running, run the trigger in a second terminal, then stop it with Ctrl-C";
    c.trigger = triggerCommand(in).text();
    c.serverCheck = heredoc("sh", probes::kernelProbeScript());
    c.probe = connectionProbeCommand(in, in.attempts).text();

    // The timestamps test as the guided mode runs it: the original value
    // saved, a dead-man restore armed before the change (the same
    // systemd-run command, for the whole test: a person renews no lease),
    // no change without it, a compare-and-set restore to the saved value.
    probes::HostTools tools;
    tools.sysctl = "sysctl";
    tools.systemdRun = "systemd-run";
    tools.systemctl = "systemctl";
    const int seconds = manualDeadManSeconds(in.attempts);
    const std::string setting = "/proc/sys/net/ipv4/tcp_timestamps";
    c.timestampsOff
        = "# WARNING: this changes a kernel setting of this instance: TCP timestamps off for every\n"
          "# connection until step 3 (or the timer below) puts the saved value back.\n"
          "orig=$(cat "
        + setting
        + ") && echo \"tcp_timestamps is $orig: note it\"\n"
          "# the restore natdoctor arms too: systemd puts the value back after "
        + std::to_string(seconds)
        + " s even if this shell dies;\n"
          "# no change without it\n"
        + byHand(probes::deadManArmCommand(tools, Saved, seconds), Saved, "\"${orig:?}\"") + " \\\n    && "
        + byHand(probes::sysctlTimestampsCommand(tools.sysctl, 0))
        + "\n# no systemd (no /run/systemd/system)? arm this instead, then run the sysctl line above "
          "alone:\n# sudo setsid sh -c \"sleep "
        + std::to_string(seconds) + "; "
        + byHand(probes::sysctlTimestampsCommand("sysctl", Saved), Saved, "$orig").substr(5)
        + "\" </dev/null >/dev/null 2>&1 &\n"
          "# now run the connection probe again (the command of step 1), then step 3";
    c.timestampsRestore = "# orig: the value saved in step 2 (in a new shell: orig=THAT_VALUE)\n[ \"$(cat "
        + setting + ")\" = 0 ] && "
        + byHand(probes::sysctlTimestampsCommand(tools.sysctl, Saved), Saved, "\"${orig:?}\"") + "\n"
        + byHand(probes::deadManDisarmCommand(tools)) + "   # the timer is no longer needed\n" + "cat "
        + setting
        + "   # must print the saved value\n"
          "# nothing here is persistent; what sets it at boot (/etc/sysctl.conf is read as\n"
          "# /etc/sysctl.d/99-sysctl.conf and wins over the files named before it):\n"
          "grep -rn tcp_timestamps /etc/sysctl.conf /etc/sysctl.d";
    return c;
}

} // namespace natdoctor::diagnosis
