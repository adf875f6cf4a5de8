#include "probes/ProcNetstat.h"

namespace natdoctor::probes {

std::optional<uint64_t> NetstatCounters::get(const std::string& group, const std::string& name) const
{
    const auto g = groups.find(group);
    if (g == groups.end())
        return std::nullopt;
    const auto c = g->second.find(name);
    if (c == g->second.end())
        return std::nullopt;
    return c->second;
}

Parsed<NetstatCounters> parseProcNetstat(std::string_view text)
{
    NetstatCounters counters;
    std::vector<std::string_view> lines;
    for (std::string_view line : splitLines(text)) {
        if (!trim(line).empty())
            lines.push_back(line);
    }
    if (lines.empty())
        return Parsed<NetstatCounters>::fail("no counters (empty output)");
    if (lines.size() % 2 != 0)
        return Parsed<NetstatCounters>::fail("a header line has no value line");
    for (size_t i = 0; i < lines.size(); i += 2) {
        const auto names = splitWords(lines[i]);
        const auto values = splitWords(lines[i + 1]);
        if (names.empty() || !names[0].ends_with(':') || values.empty() || values[0] != names[0])
            return Parsed<NetstatCounters>::fail("line " + std::to_string(i + 1)
                                                 + " is not a counter header");
        if (names.size() != values.size())
            return Parsed<NetstatCounters>::fail(std::string(names[0]) + " has "
                                                 + std::to_string(names.size() - 1) + " names but "
                                                 + std::to_string(values.size() - 1) + " values");
        auto& group = counters.groups[std::string(names[0].substr(0, names[0].size() - 1))];
        for (size_t k = 1; k < names.size(); ++k) {
            // Some /proc/net/snmp values are signed (Tcp: MaxConn -1); keep them as 0.
            const auto value = parseUnsigned(values[k]);
            if (!value && !(values[k].starts_with('-') && parseUnsigned(values[k].substr(1))))
                return Parsed<NetstatCounters>::fail("counter " + std::string(names[k]) + " has value \""
                                                     + std::string(values[k]) + "\"");
            group[std::string(names[k])] = value.value_or(0);
        }
    }
    return { std::move(counters), {} };
}

std::vector<CounterChange> grownTcpExtCounters(const NetstatCounters& before, const NetstatCounters& after)
{
    std::vector<CounterChange> grown;
    for (const std::string& name : pawsCounterNames()) {
        const auto b = before.tcpExt(name);
        const auto a = after.tcpExt(name);
        if (a && b && *a > *b)
            grown.push_back({ name, *b, *a });
    }
    return grown;
}

} // namespace natdoctor::probes
