#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace natdoctor::probes {

// A parse result: the value, or a one-line reason why there is none.
template <typename T> struct Parsed
{
    std::optional<T> value;
    std::string error;

    explicit operator bool() const { return value.has_value(); }
    static Parsed fail(std::string why) { return { std::nullopt, std::move(why) }; }
};

std::vector<std::string_view> splitLines(std::string_view text);
std::vector<std::string_view> splitWords(std::string_view line);
std::string_view trim(std::string_view text);
std::optional<unsigned long long> parseUnsigned(std::string_view text);
std::optional<double> parseDouble(std::string_view text);

// One record a line: `key=value key=value ...` (values without spaces).
using Record = std::map<std::string, std::string, std::less<>>;
Parsed<Record> parseRecord(std::string_view line);

// Probe scripts print several commands' outputs in one go, each after a marker
// line `@@ NAME` and followed by `@@ status N` (the command's exit status).
struct Section
{
    std::string name;
    std::string output;
    int status = -1; // -1 when the status line is missing (output cut)
};
std::vector<Section> splitSections(std::string_view text);
const Section* findSection(const std::vector<Section>& sections, std::string_view name);

} // namespace natdoctor::probes
