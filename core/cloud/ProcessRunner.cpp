#include "cloud/ProcessRunner.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace natdoctor::cloud {

namespace {

using Clock = std::chrono::steady_clock;

struct Pipe
{
    int fd[2] { -1, -1 };
    ~Pipe()
    {
        for (int f : fd) {
            if (f >= 0)
                ::close(f);
        }
    }
    void closeEnd(int i)
    {
        if (fd[i] >= 0)
            ::close(fd[i]);
        fd[i] = -1;
    }
};

bool isExecutable(const std::string& path)
{
    struct stat st
    {
    };
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(path.c_str(), X_OK) == 0;
}

std::vector<std::string> childEnvironment(const std::map<std::string, std::string>& extra)
{
    std::vector<std::string> env;
    for (char** e = environ; e && *e; ++e) {
        const std::string entry(*e);
        const std::string name = entry.substr(0, entry.find('='));
        if (!extra.contains(name))
            env.push_back(entry);
    }
    for (const auto& [name, value] : extra)
        env.push_back(name + "=" + value);
    return env;
}

} // namespace

std::string findOnPath(const std::string& name)
{
    if (name.empty())
        return {};
    if (name.find('/') != std::string::npos)
        return isExecutable(name) ? name : std::string {};
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
    size_t start = 0;
    while (start <= dirs.size()) {
        const size_t end = dirs.find(':', start);
        std::string dir = dirs.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (dir.empty())
            dir = ".";
        const std::string candidate = dir + "/" + name;
        if (isExecutable(candidate))
            return candidate;
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return {};
}

ProcessResult runProcess(const std::vector<std::string>& argv, const ProcessOptions& options)
{
    ProcessResult result;
    const auto started = Clock::now();
    if (argv.empty()) {
        result.startError = "no program given";
        return result;
    }
    const std::string program = findOnPath(argv[0]);
    if (program.empty()) {
        result.startError = argv[0] + ": not found on PATH";
        return result;
    }
    Pipe out;
    Pipe err;
    if (::pipe2(out.fd, O_CLOEXEC) != 0 || ::pipe2(err.fd, O_CLOEXEC) != 0) {
        result.startError = std::string("pipe: ") + std::strerror(errno);
        return result;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out.fd[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err.fd[1], 2);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    // Its own process group, so a timeout ends the program and its children.
    posix_spawnattr_setflags(&attributes,
                             POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    posix_spawnattr_setpgroup(&attributes, 0);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attributes, &none);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGTERM);
    posix_spawnattr_setsigdefault(&attributes, &defaults);

    std::vector<char*> args;
    for (const std::string& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    std::vector<std::string> env = childEnvironment(options.environment);
    std::vector<char*> envp;
    for (std::string& e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    pid_t pid = -1;
    const int rc = ::posix_spawn(&pid, program.c_str(), &actions, &attributes, args.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (rc != 0) {
        result.startError = program + ": " + std::strerror(rc);
        return result;
    }
    result.started = true;
    out.closeEnd(1);
    err.closeEnd(1);

    const auto deadline = started + options.timeout;
    bool killed = false;
    Clock::time_point termSentAt {};
    bool open[2] = { true, true };
    char buffer[65536];
    while (open[0] || open[1]) {
        const auto now = Clock::now();
        if (!killed && (now >= deadline || (options.cancel && options.cancel->load()))) {
            result.timedOut = now >= deadline;
            result.cancelled = !result.timedOut;
            ::kill(-pid, SIGTERM);
            killed = true;
            termSentAt = now;
        } else if (killed && now - termSentAt > std::chrono::seconds(1)) {
            ::kill(-pid, SIGKILL);
        }
        pollfd fds[2] = { { out.fd[0], POLLIN, 0 }, { err.fd[0], POLLIN, 0 } };
        if (!open[0])
            fds[0].fd = -1;
        if (!open[1])
            fds[1].fd = -1;
        const int ready = ::poll(fds, 2, 100);
        if (ready < 0 && errno != EINTR)
            break;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
            if (n > 0) {
                std::string& target = i == 0 ? result.out : result.err;
                if (target.size() < options.maxOutput)
                    target.append(
                        buffer, std::min<size_t>(static_cast<size_t>(n), options.maxOutput - target.size()));
            } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
                open[i] = false;
            }
        }
    }
    int status = 0;
    while (true) {
        const pid_t w = ::waitpid(pid, &status, killed ? WNOHANG : 0);
        if (w == pid)
            break;
        if (w < 0 && errno != EINTR)
            break;
        if (w == 0) { // killed, output closed, still running: escalate and wait
            if (Clock::now() - termSentAt > std::chrono::seconds(1))
                ::kill(-pid, SIGKILL);
            ::usleep(20000);
        }
    }
    if (WIFEXITED(status))
        result.exitStatus = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        result.exitStatus = 128 + WTERMSIG(status);
    result.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    return result;
}

} // namespace natdoctor::cloud
