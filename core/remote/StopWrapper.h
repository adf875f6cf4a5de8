#pragma once

#include <string>
#include <vector>

namespace natdoctor::remote {

// Wraps argv so the remote command ends when our side goes away. Closing an
// SSH channel (or losing the connection) does not stop a sudo'd tcpdump: it
// only closes the command's stdin. The wrapper, a constant /bin/sh script with
// argv passed as positional parameters (so user values are quoted once, by
// commandLine(), and never pasted into script text):
//  - runs argv in its own session (setsid, when present) with stdin from
//    /dev/null, so sudo forwards our TERM (sudo ignores signals sent from its
//    own process group) and the whole process group can be signalled;
//  - watches the real stdin in a subshell with the `read` builtin (no child
//    process to leave behind) and TERMs the command at EOF;
//  - TERMs the command when the shell itself gets TERM/HUP/INT (the SSH
//    "signal" request);
//  - exits with the command's status once it is gone, and removes the watcher.
// With `silenceSeconds` > 0 (streams: natdoctor writes a heartbeat line every
// HeartbeatSeconds) the watcher also TERMs the command when no line came for
// that long (a silently cut link never closes stdin) and, with `maxSeconds`
// > 0, once it ran that long, whatever natdoctor says. The watchdog needs
// `timeout` and `head` on the host; without them only EOF stops it.
constexpr int HeartbeatSeconds = 5;
std::vector<std::string> wrapStopWhenStdinCloses(const std::vector<std::string>& argv, int silenceSeconds = 0,
                                                 int maxSeconds = 0);

} // namespace natdoctor::remote
