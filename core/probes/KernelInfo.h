#pragma once

#include "probes/ProbeText.h"

#include <string>

namespace natdoctor::probes {

// `uname -r`, e.g. "6.1.0-18-amd64" or "4.9.0-el7".
struct KernelRelease
{
    std::string text;
    int major = 0;
    int minor = 0;
    int patch = 0;

    bool atLeast(int wantMajor, int wantMinor) const
    {
        return major > wantMajor || (major == wantMajor && minor >= wantMinor);
    }
    // tcp_tw_recycle and PAWSPassive were removed in Linux 4.12.
    bool hasTwRecycle() const { return !atLeast(4, 12); }
};

Parsed<KernelRelease> parseKernelRelease(std::string_view unameOutput);

// A value read with `cat /proc/sys/...`: present with a number, or absent
// ("No such file or directory", e.g. tcp_tw_recycle on Linux >= 4.12).
struct SysctlValue
{
    bool present = false;
    long long value = 0;
};

// `output` is what cat printed (stdout and stderr), `status` its exit status.
Parsed<SysctlValue> parseSysctlCat(std::string_view output, int status);

} // namespace natdoctor::probes
