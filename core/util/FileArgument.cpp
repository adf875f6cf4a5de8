#include "util/FileArgument.h"

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace natdoctor {

namespace {

const char* kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return "a directory";
    if (S_ISFIFO(mode))
        return "a FIFO";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "a device";
    if (S_ISSOCK(mode))
        return "a socket";
    if (S_ISLNK(mode))
        return "a symbolic link";
    return "not a regular file";
}

} // namespace

std::string checkInputFile(const std::string& path, bool mayBeMissing)
{
    if (path.empty())
        return "an empty file name";
    struct stat st
    {
    };
    if (::stat(path.c_str(), &st) != 0) {
        if (errno == ENOENT && mayBeMissing)
            return {};
        return path + ": " + std::strerror(errno);
    }
    if (!S_ISREG(st.st_mode))
        return path + " is " + kindOf(st.st_mode) + ", not a regular file";
    return {};
}

std::string checkOutputFile(const std::string& path)
{
    if (path.empty())
        return "an empty file name";
    if (path.back() == '/')
        return path + " is a directory";
    struct stat st
    {
    };
    if (::lstat(path.c_str(), &st) == 0) {
        if (!S_ISREG(st.st_mode))
            return path + " is " + kindOf(st.st_mode)
                + ": natdoctor writes only regular files (never through a link)";
    } else if (errno != ENOENT) {
        return path + ": " + std::strerror(errno);
    }
    const size_t slash = path.rfind('/');
    const std::string dir = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
    if (::stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
        return path + ": the folder " + dir + " does not exist";
    return {};
}

} // namespace natdoctor
