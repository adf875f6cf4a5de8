#include "probes/ProbeText.h"

#include <charconv>
#include <cstdlib>

namespace natdoctor::probes {

std::vector<std::string_view> splitLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        const size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        lines.push_back(line);
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + 1);
    }
    return lines;
}

std::vector<std::string_view> splitWords(std::string_view line)
{
    std::vector<std::string_view> words;
    size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        const size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t')
            ++i;
        if (i > start)
            words.push_back(line.substr(start, i - start));
    }
    return words;
}

std::string_view trim(std::string_view text)
{
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && space(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && space(text.back()))
        text.remove_suffix(1);
    return text;
}

std::optional<unsigned long long> parseUnsigned(std::string_view text)
{
    unsigned long long value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return value;
}

std::optional<double> parseDouble(std::string_view text)
{
    // curl prints times with a '.' under LC_ALL=C; from_chars never reads the
    // process locale (strtod would want a ',' under de_DE).
    if (text.empty())
        return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

Parsed<Record> parseRecord(std::string_view line)
{
    Record record;
    for (std::string_view word : splitWords(line)) {
        const size_t eq = word.find('=');
        if (eq == std::string_view::npos || eq == 0)
            return Parsed<Record>::fail("expected key=value, got \"" + std::string(word) + "\"");
        record.emplace(std::string(word.substr(0, eq)), std::string(word.substr(eq + 1)));
    }
    if (record.empty())
        return Parsed<Record>::fail("empty record");
    return { std::move(record), {} };
}

std::vector<Section> splitSections(std::string_view text)
{
    std::vector<Section> sections;
    for (std::string_view line : splitLines(text)) {
        if (line.starts_with("@@ status ") && !sections.empty()) {
            const auto status = parseUnsigned(trim(line.substr(10)));
            sections.back().status = status ? static_cast<int>(*status) : -1;
        } else if (line.starts_with("@@ ")) {
            sections.push_back({ std::string(trim(line.substr(3))), {}, -1 });
        } else if (!sections.empty()) {
            sections.back().output.append(line).push_back('\n');
        }
    }
    return sections;
}

const Section* findSection(const std::vector<Section>& sections, std::string_view name)
{
    for (const Section& s : sections) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

} // namespace natdoctor::probes
