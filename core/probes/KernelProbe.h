#pragma once

#include "probes/KernelInfo.h"
#include "probes/ProcNetstat.h"

#include <map>
#include <string>

namespace natdoctor::probes {

// Reads, in one remote command: the kernel release, the TCP settings that
// matter here, and every /proc/net/netstat counter. Run before and after a
// test: counters that move during it are evidence.
struct KernelSnapshot
{
    KernelRelease release;
    std::map<std::string, SysctlValue> sysctls; // "tcp_tw_recycle" -> value / absent
    NetstatCounters netstat;
};

// The settings read, in /proc/sys/net/ipv4.
const std::vector<std::string>& kernelProbeSysctls();

// The POSIX sh script (no user input in it). Its output is sections of the
// real outputs of uname, cat /proc/sys/... and cat /proc/net/netstat.
std::string kernelProbeScript();

Parsed<KernelSnapshot> parseKernelProbe(std::string_view output);

} // namespace natdoctor::probes
