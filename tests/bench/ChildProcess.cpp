#include "ChildProcess.h"

#include <chrono>
#include <cstdlib>
#include <fcntl.h>
#include <sstream>
#include <stdexcept>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace natdoctor::bench {

namespace {

[[noreturn]] void execInChild(const std::vector<std::string>& argv, const std::string& out,
                              const std::string& err)
{
    const int outFd = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    const int errFd = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (outFd < 0 || errFd < 0 || ::dup2(outFd, 1) < 0 || ::dup2(errFd, 2) < 0)
        ::_exit(126);
    std::vector<char*> args;
    for (const std::string& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    ::execvp(args[0], args.data());
    ::_exit(127);
}

} // namespace

ChildResult runChild(const std::vector<std::string>& argv, const std::string& stdoutPath,
                     const std::string& stderrPath)
{
    using Clock = std::chrono::steady_clock;
    const Clock::time_point start = Clock::now();
    const pid_t pid = ::fork();
    if (pid < 0)
        throw std::runtime_error("fork failed");
    if (pid == 0)
        execInChild(argv, stdoutPath, stderrPath);
    int status = 0;
    rusage usage {};
    // wait4 rather than getrusage(RUSAGE_CHILDREN): that one keeps the maximum
    // over every child so far, this gives the peak of this child alone.
    if (::wait4(pid, &status, 0, &usage) != pid)
        throw std::runtime_error("wait4 failed");
    ChildResult result;
    result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    result.maxRssKiB = usage.ru_maxrss;
    const auto seconds = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    result.cpuSeconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    result.exitStatus = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    if (result.exitStatus == 127 || result.exitStatus == 126) {
        std::ostringstream message;
        message << "could not run " << argv[0] << " (exit status " << result.exitStatus << ")";
        throw std::runtime_error(message.str());
    }
    return result;
}

bool onPath(const std::string& program)
{
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path ? path : "");
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
        if (!dir.empty() && ::access((dir + "/" + program).c_str(), X_OK) == 0)
            return true;
    }
    return false;
}

} // namespace natdoctor::bench
