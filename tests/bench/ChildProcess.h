#pragma once

#include <string>
#include <vector>

namespace natdoctor::bench {

struct ChildResult
{
    double seconds = 0; // wall time from fork to reaping
    double cpuSeconds = 0; // user + system time: less disturbed by a busy machine
    long maxRssKiB = 0; // the child's peak resident set (wait4's ru_maxrss)
    int exitStatus = -1; // exit code, or 128 + signal
};

// Runs `argv` with stdout to `stdoutPath` and stderr to `stderrPath`, and
// measures it. Throws std::runtime_error if it cannot be started.
ChildResult runChild(const std::vector<std::string>& argv, const std::string& stdoutPath,
                     const std::string& stderrPath);

// Whether `program` is found on PATH.
bool onPath(const std::string& program);

} // namespace natdoctor::bench
