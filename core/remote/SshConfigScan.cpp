#include "remote/SshConfigScan.h"

#include "util/SshConfigHosts.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <glob.h>
#include <pwd.h>
#include <set>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace natdoctor::remote {

namespace {

constexpr int kMaxIncludeDepth = 8;
constexpr size_t kMaxConfigBytes = 4u << 20;

// Every home directory a reader could use for "~": libssh asks the passwd
// entry, glob(GLOB_TILDE) and OpenSSH's tilde_expand use $HOME.
std::vector<std::string> homes()
{
    std::vector<std::string> out;
    std::vector<char> buffer(16384);
    passwd entry {};
    passwd* found = nullptr;
    if (::getpwuid_r(::getuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_dir
        && *found->pw_dir)
        out.emplace_back(found->pw_dir);
    const char* home = std::getenv("HOME");
    if (home && *home && std::find(out.begin(), out.end(), home) == out.end())
        out.emplace_back(home);
    return out;
}

std::string stripQuotes(const std::string& text)
{
    std::string out;
    for (char c : text) {
        if (c != '"' && c != '\'' && c != '\\')
            out += c;
    }
    return out;
}

// Splits on blanks, '=' and (optionally) quote characters.
std::vector<std::string> crudeWords(const std::string& text, bool quotesSeparate)
{
    std::vector<std::string> words;
    std::string word;
    for (char c : text) {
        const bool sep = c == ' ' || c == '\t' || c == '=' || (quotesSeparate && (c == '"' || c == '\''));
        if (sep) {
            if (!word.empty())
                words.push_back(word);
            word.clear();
        } else if (c != '\\' && c != '"' && c != '\'') {
            word += c;
        }
    }
    if (!word.empty())
        words.push_back(word);
    return words;
}

class Scanner
{
public:
    explicit Scanner(std::vector<std::string> baseDirs)
        : m_baseDirs(std::move(baseDirs))
        , m_homes(homes())
    {
    }

    RemoteError scan(const std::string& file, int depth)
    {
        if (depth > kMaxIncludeDepth)
            return refuse(file, 0, "",
                          "Include nested more than " + std::to_string(kMaxIncludeDepth) + " levels deep");
        struct stat st
        {
        };
        if (::stat(file.c_str(), &st) != 0)
            return {}; // no such file: libssh reads nothing either
        if (!S_ISREG(st.st_mode))
            return refuse(file, 0, "", "not a regular file");
        if (!m_seen.insert({ st.st_dev, st.st_ino }).second)
            return {}; // already checked (an Include loop ends here)
        std::string text;
        if (auto e = readSmallFile(file, text))
            return e;
        for (const SshConfigLine& line : tokenizeSshConfig(text)) {
            const std::string stripped = lowerAscii(stripQuotes(line.text));
            const auto crude = crudeWords(stripped, false);
            const std::string crudeKeyword = crude.empty() ? std::string() : crude.front();
            const std::string keyword = line.words.empty() ? std::string() : lowerAscii(line.words.front());
            const bool match = keyword == "match" || crudeKeyword == "match";
            const bool include = keyword == "include" || crudeKeyword == "include";
            if ((match || include) && line.unbalancedQuotes)
                return refuse(file, line.number, line.text, "unbalanced quotes");
            if (match) {
                if (auto e = checkMatch(file, line, stripped))
                    return e;
            }
            if (include) {
                if (auto e = checkInclude(file, line, depth))
                    return e;
            }
        }
        return {};
    }

private:
    static RemoteError refuse(const std::string& file, int line, const std::string& text,
                              const std::string& why)
    {
        std::string where = "ssh config " + file;
        if (line > 0)
            where += " line " + std::to_string(line) + " (" + text.substr(0, 120) + ")";
        return {
            RemoteErrorCode::InvalidInput,
            where + ": " + why
                + "; natdoctor does not read an ssh config it cannot check (it never runs local programs): "
                  "remove the line, or give --ssh-config a file without it"
        };
    }

    RemoteError readSmallFile(const std::string& file, std::string& text)
    {
        const int fd = ::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
        if (fd < 0)
            return {}; // unreadable for us means unreadable for libssh
        struct stat st
        {
        };
        if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
            ::close(fd);
            return refuse(file, 0, "", "not a regular file");
        }
        char buffer[65536];
        for (;;) {
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            text.append(buffer, static_cast<size_t>(n));
            if (text.size() > kMaxConfigBytes) {
                ::close(fd);
                return refuse(file, 0, "", "larger than 4 MiB");
            }
        }
        ::close(fd);
        return {};
    }

    static RemoteError checkMatch(const std::string& file, const SshConfigLine& line,
                                  const std::string& stripped)
    {
        if (stripped.find("exec") != std::string::npos)
            return refuse(file, line.number, line.text,
                          "Match exec runs a local program while the config is read");
        static const std::set<std::string> bare { "all", "canonical", "final" };
        static const std::set<std::string> withArgument { "host",      "originalhost", "user",
                                                          "localuser", "localnetwork", "tagged",
                                                          "command",   "version",      "sessiontype" };
        for (size_t i = 1; i < line.words.size(); ++i) {
            std::string criterion = lowerAscii(line.words[i]);
            if (criterion.starts_with('!'))
                criterion.erase(0, 1);
            if (bare.count(criterion))
                continue;
            if (withArgument.count(criterion) && i + 1 < line.words.size()) {
                ++i;
                continue;
            }
            return refuse(file, line.number, line.text,
                          "Match criterion \"" + line.words[i].substr(0, 40)
                              + "\" is not one natdoctor can check");
        }
        return {};
    }

    RemoteError checkInclude(const std::string& file, const SshConfigLine& line, int depth)
    {
        // Every reading of the arguments: the tokenizer's, and the line with
        // quotes removed or treated as separators (older libssh).
        std::set<std::string> patterns(line.words.begin() + (line.words.empty() ? 0 : 1), line.words.end());
        for (bool quotesSeparate : { false, true }) {
            const auto words = crudeWords(line.text, quotesSeparate);
            for (size_t i = 1; i < words.size(); ++i)
                patterns.insert(words[i]);
        }
        for (const std::string& pattern : patterns) {
            if (lowerAscii(pattern) == "include")
                continue;
            if (pattern.find_first_of("%$") != std::string::npos)
                return refuse(file, line.number, line.text,
                              "an Include with % or $ cannot be expanded safely");
            std::vector<std::string> expanded;
            if (pattern == "~" || pattern.starts_with("~/")) {
                for (const std::string& home : m_homes)
                    expanded.push_back(home + pattern.substr(1));
            } else if (pattern.starts_with('~')) {
                return refuse(file, line.number, line.text, "an Include of another user's ~ is not expanded");
            } else if (pattern.starts_with('/')) {
                expanded.push_back(pattern);
            } else {
                for (const std::string& dir : m_baseDirs)
                    expanded.push_back(dir + "/" + pattern);
                char cwd[4096];
                if (::getcwd(cwd, sizeof cwd))
                    expanded.push_back(std::string(cwd) + "/" + pattern);
            }
            for (const std::string& path : expanded) {
                glob_t matches {};
                if (::glob(path.c_str(), 0, nullptr, &matches) == 0) {
                    for (size_t i = 0; i < matches.gl_pathc; ++i) {
                        if (auto e = scan(matches.gl_pathv[i], depth + 1)) {
                            ::globfree(&matches);
                            return e;
                        }
                    }
                }
                ::globfree(&matches);
            }
        }
        return {};
    }

    std::vector<std::string> m_baseDirs;
    std::vector<std::string> m_homes;
    std::set<std::pair<dev_t, ino_t>> m_seen;
};

} // namespace

RemoteError checkSshConfig(const std::string& file)
{
    const auto homeDirs = homes();
    std::vector<std::string> userDirs;
    for (const std::string& home : homeDirs)
        userDirs.push_back(home + "/.ssh");
    if (!file.empty()) {
        // libssh expands %-escapes and ~ in the file name itself.
        if (file.find('%') != std::string::npos)
            return { RemoteErrorCode::InvalidInput,
                     "ssh config " + file + ": a file name with % is not accepted" };
        std::vector<std::string> files;
        if (file.starts_with("~/")) {
            for (const std::string& home : homeDirs)
                files.push_back(home + file.substr(1));
        } else {
            files.push_back(file);
        }
        for (const std::string& f : files) {
            Scanner scanner(userDirs);
            if (auto e = scanner.scan(f, 0))
                return e;
        }
        return {};
    }
    for (const std::string& dir : userDirs) {
        Scanner scanner(userDirs);
        if (auto e = scanner.scan(dir + "/config", 0))
            return e;
    }
    Scanner system({ "/etc/ssh" });
    return system.scan("/etc/ssh/ssh_config", 0);
}

} // namespace natdoctor::remote
