#include "remote/SshConfigScan.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <glob.h>
#include <sstream>
#include <vector>

namespace natdoctor::remote {

namespace {

constexpr int kMaxIncludeDepth = 8;

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

std::string homeSsh()
{
    const char* home = std::getenv("HOME");
    return std::string(home ? home : "") + "/.ssh";
}

// Include paths are relative to ~/.ssh for the user's file and to /etc/ssh
// for the system one; "~/" is the home directory.
std::vector<std::string> expandInclude(const std::string& pattern, const std::string& baseDir)
{
    std::string path = pattern;
    if (path.rfind("~/", 0) == 0) {
        const char* home = std::getenv("HOME");
        path = std::string(home ? home : "") + path.substr(1);
    } else if (path.empty() || path.front() != '/') {
        path = baseDir + "/" + path;
    }
    std::vector<std::string> files;
    glob_t matches {};
    if (::glob(path.c_str(), 0, nullptr, &matches) == 0) {
        for (std::size_t i = 0; i < matches.gl_pathc; ++i) {
            files.emplace_back(matches.gl_pathv[i]);
        }
    }
    ::globfree(&matches);
    return files;
}

bool scan(const std::string& file, const std::string& baseDir, int depth)
{
    if (depth > kMaxIncludeDepth) {
        return true; // an include loop: refuse rather than guess
    }
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        std::replace(line.begin(), line.end(), '=', ' ');
        std::istringstream words(line);
        std::string keyword;
        words >> keyword;
        keyword = lower(keyword);
        if (keyword == "match") {
            for (std::string word; words >> word;) {
                std::string w = lower(word);
                if (w == "exec" || w == "!exec") {
                    return true;
                }
            }
        } else if (keyword == "include") {
            for (std::string pattern; words >> pattern;) {
                for (const auto& included : expandInclude(pattern, baseDir)) {
                    if (scan(included, baseDir, depth + 1)) {
                        return true;
                    }
                }
            }
        }
    }
    return false;
}

} // namespace

bool sshConfigRunsPrograms(const std::string& file)
{
    if (!file.empty()) {
        return scan(file, homeSsh(), 0);
    }
    return scan(homeSsh() + "/config", homeSsh(), 0) || scan("/etc/ssh/ssh_config", "/etc/ssh", 0);
}

} // namespace natdoctor::remote
