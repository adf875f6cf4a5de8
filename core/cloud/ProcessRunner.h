#pragma once

#include <atomic>
#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace natdoctor::cloud {

// A local program run directly (no shell): argv[0] is looked up on PATH.
struct ProcessResult
{
    bool started = false; // false: the program could not be run (startError says why)
    std::string startError;
    bool timedOut = false;
    bool cancelled = false;
    int exitStatus = -1; // the exit code, or 128 + signal
    std::string out;
    std::string err;
    double seconds = 0;
};

struct ProcessOptions
{
    std::chrono::milliseconds timeout { 60000 };
    const std::atomic_bool* cancel = nullptr;
    // Set in the child's environment (on top of this process's).
    std::map<std::string, std::string> environment;
    size_t maxOutput = 16 * 1024 * 1024; // bytes kept per stream
};

// Runs argv, collecting stdout and stderr. On timeout or cancel the child
// gets SIGTERM, then SIGKILL after a second; it is always reaped.
ProcessResult runProcess(const std::vector<std::string>& argv, const ProcessOptions& options = {});

// The first executable `name` on PATH (or `name` itself if it has a slash and
// is executable); empty if there is none.
std::string findOnPath(const std::string& name);

} // namespace natdoctor::cloud
