#pragma once

#include "probes/ProbeText.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace natdoctor::probes {

// The counters of /proc/net/netstat (or /proc/net/snmp): pairs of lines
// `TcpExt: Name1 Name2 ...` / `TcpExt: 1 2 ...`. Parse the file, not
// `netstat -s`, which hides zero values.
struct NetstatCounters
{
    // group ("TcpExt", "IpExt", ...) -> counter name -> value
    std::map<std::string, std::map<std::string, uint64_t>> groups;

    std::optional<uint64_t> get(const std::string& group, const std::string& name) const;
    std::optional<uint64_t> tcpExt(const std::string& name) const { return get("TcpExt", name); }
};

Parsed<NetstatCounters> parseProcNetstat(std::string_view text);

// The counters that tell PAWS drops and TIME-WAIT handling apart. PAWSPassive
// exists only before Linux 4.12 (it counted tcp_tw_recycle rejections).
inline const std::vector<std::string>& pawsCounterNames()
{
    static const std::vector<std::string> names { "PAWSPassive", "PAWSActive",     "PAWSEstab",
                                                  "PAWSOldAck",  "PAWSTimewait",   "TSEcrRejected",
                                                  "TW",          "TWRecycled",     "TWKilled",
                                                  "ListenDrops", "ListenOverflows" };
    return names;
}

struct CounterChange
{
    std::string name;
    uint64_t before = 0;
    uint64_t after = 0;
    uint64_t delta() const { return after >= before ? after - before : 0; }
};

// TcpExt counters of pawsCounterNames() present in both snapshots that grew.
std::vector<CounterChange> grownTcpExtCounters(const NetstatCounters& before, const NetstatCounters& after);

} // namespace natdoctor::probes
