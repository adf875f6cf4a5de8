#include "remote/StopWrapper.h"

namespace natdoctor::remote {

namespace {

// Constant text: no user value is ever inserted. "$@" is the wrapped argv.
// stop() signals the process group (the command and its children, e.g.
// tcpdump under sudo) and the pid itself: right after the fork, setsid may
// not have run yet, so the group does not exist yet but the pid does.
constexpr const char* kScript = R"sh(exec 3<&0 </dev/null
s=; command -v setsid >/dev/null 2>&1 && s=setsid
$s "$@" 3<&- &
c=$!
stop() { [ -n "$s" ] && kill -TERM "-$c"; kill -TERM "$c"; } 2>/dev/null
trap stop TERM HUP INT
( while read -r _; do :; done; stop ) <&3 >/dev/null 2>&1 &
w=$!
exec 3<&-
wait "$c"; r=$?
while kill -0 "$c" 2>/dev/null; do wait "$c"; r=$?; done
kill "$w" 2>/dev/null
exit "$r")sh";

} // namespace

std::vector<std::string> wrapStopWhenStdinCloses(const std::vector<std::string>& argv)
{
    std::vector<std::string> wrapped { "/bin/sh", "-c", kScript, "natdoctor-stop-wrapper" };
    wrapped.insert(wrapped.end(), argv.begin(), argv.end());
    return wrapped;
}

} // namespace natdoctor::remote
