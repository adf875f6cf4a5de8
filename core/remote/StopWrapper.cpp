#include "remote/StopWrapper.h"

namespace natdoctor::remote {

namespace {

// Constant text: no user value is ever inserted. "$@" is the wrapped argv.
// stop() signals the process group (the command and its children, e.g.
// tcpdump under sudo) and the pid itself: right after the fork, setsid may
// not have run yet, so the group does not exist yet but the pid does.
// $1 silence seconds, $2 max seconds (0: none), then the command.
constexpr const char* kScript = R"sh(exec 3<&0 </dev/null
q=$1 m=$2; shift 2
s=; command -v setsid >/dev/null 2>&1 && s=setsid
command -v timeout >/dev/null 2>&1 && command -v head >/dev/null 2>&1 || q=0
$s "$@" 3<&- &
c=$!
stop() { [ -n "$s" ] && kill -TERM "-$c"; kill -TERM "$c"; } 2>/dev/null
trap stop TERM HUP INT
( if [ "$q" -gt 0 ]; then
    e=0; [ "$m" -gt 0 ] && e=$(( $(date +%s) + m ))
    while l=$(timeout "$q" head -n 1) && [ -n "$l" ]; do
        [ "$e" -gt 0 ] && [ "$(date +%s)" -ge "$e" ] && break
    done
  else
    while read -r _; do :; done
  fi; stop ) <&3 >/dev/null 2>&1 &
w=$!
exec 3<&-
wait "$c"; r=$?
while kill -0 "$c" 2>/dev/null; do wait "$c"; r=$?; done
kill "$w" 2>/dev/null
exit "$r")sh";

} // namespace

std::vector<std::string> wrapStopWhenStdinCloses(const std::vector<std::string>& argv, int silenceSeconds,
                                                 int maxSeconds)
{
    std::vector<std::string> wrapped { "/bin/sh",
                                       "-c",
                                       kScript,
                                       "natdoctor-stop-wrapper",
                                       std::to_string(silenceSeconds > 0 ? silenceSeconds : 0),
                                       std::to_string(maxSeconds > 0 ? maxSeconds : 0) };
    wrapped.insert(wrapped.end(), argv.begin(), argv.end());
    return wrapped;
}

} // namespace natdoctor::remote
