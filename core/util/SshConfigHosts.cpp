#include "util/SshConfigHosts.h"

#include <algorithm>

namespace natdoctor {

namespace {

bool blank(char c)
{
    return c == ' ' || c == '\t';
}

SshConfigLine tokenizeLine(std::string_view line, int number)
{
    SshConfigLine out;
    out.number = number;
    out.text = std::string(line);
    size_t i = 0;
    while (i < line.size() && blank(line[i]))
        ++i;
    if (i == line.size() || line[i] == '#')
        return out;
    while (i < line.size()) {
        while (i < line.size() && (blank(line[i]) || line[i] == '='))
            ++i;
        if (i == line.size())
            break;
        std::string word;
        char quote = 0;
        bool any = false;
        for (; i < line.size(); ++i) {
            const char c = line[i];
            if (c == '\\' && i + 1 < line.size()
                && (line[i + 1] == '\\' || line[i + 1] == '\'' || line[i + 1] == '"' || blank(line[i + 1]))) {
                word += line[++i];
                any = true;
            } else if (quote) {
                if (c == quote)
                    quote = 0;
                else
                    word += c;
            } else if (blank(c) || c == '=') {
                break;
            } else if (c == '\'' || c == '"') {
                quote = c;
                any = true;
            } else {
                word += c;
                any = true;
            }
        }
        if (quote)
            out.unbalancedQuotes = true;
        if (any)
            out.words.push_back(std::move(word));
    }
    return out;
}

} // namespace

std::string lowerAscii(std::string_view word)
{
    std::string text(word);
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) {
        return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    });
    return text;
}

std::vector<SshConfigLine> tokenizeSshConfig(std::string_view text)
{
    std::vector<SshConfigLine> lines;
    int number = 0;
    while (!text.empty()) {
        const size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
        ++number;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        SshConfigLine tokens = tokenizeLine(line, number);
        if (!tokens.words.empty() || tokens.unbalancedQuotes)
            lines.push_back(std::move(tokens));
    }
    return lines;
}

std::vector<std::string> sshConfigHosts(std::string_view configText)
{
    std::vector<std::string> hosts;
    for (const SshConfigLine& line : tokenizeSshConfig(configText)) {
        if (line.words.empty() || lowerAscii(line.words[0]) != "host")
            continue;
        for (size_t i = 1; i < line.words.size(); ++i) {
            const std::string& name = line.words[i];
            if (name.starts_with('#'))
                break; // a trailing comment
            if (name.empty() || name.find_first_of("*?!") != std::string::npos)
                continue;
            if (std::find(hosts.begin(), hosts.end(), name) == hosts.end())
                hosts.push_back(name);
        }
    }
    return hosts;
}

} // namespace natdoctor
