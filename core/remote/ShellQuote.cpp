#include "remote/ShellQuote.h"

namespace natdoctor::remote {

std::optional<std::string> shellQuote(std::string_view value)
{
    std::string out;
    out.reserve(value.size() + 2);
    out += '\'';
    for (char c : value) {
        if (c == '\0') {
            return std::nullopt;
        }
        if (c == '\'') {
            // Close the quote, add an escaped quote, reopen: the only
            // character that cannot appear inside single quotes.
            out += "'\\''";
        } else {
            out += c;
        }
    }
    out += '\'';
    return out;
}

std::optional<std::string> commandLine(const std::vector<std::string>& argv)
{
    if (argv.empty()) {
        return std::nullopt;
    }
    std::string line;
    for (const auto& arg : argv) {
        auto quoted = shellQuote(arg);
        if (!quoted) {
            return std::nullopt;
        }
        if (!line.empty()) {
            line += ' ';
        }
        line += *quoted;
    }
    return line;
}

} // namespace natdoctor::remote
