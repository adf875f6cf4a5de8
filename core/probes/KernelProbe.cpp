#include "probes/KernelProbe.h"

namespace natdoctor::probes {

const std::vector<std::string>& kernelProbeSysctls()
{
    static const std::vector<std::string> names { "tcp_tw_recycle", "tcp_timestamps", "tcp_tw_reuse",
                                                  "ip_no_pmtu_disc" };
    return names;
}

std::string kernelProbeScript()
{
    std::string script = "LC_ALL=C; export LC_ALL\n"
                         "echo '@@ uname -r'; uname -r; echo \"@@ status $?\"\n";
    for (const std::string& name : kernelProbeSysctls()) {
        const std::string path = "/proc/sys/net/ipv4/" + name;
        script += "echo '@@ " + name + "'; cat " + path + " 2>&1; echo \"@@ status $?\"\n";
    }
    script += "echo '@@ netstat'; cat /proc/net/netstat 2>&1; echo \"@@ status $?\"\n";
    return script;
}

Parsed<KernelSnapshot> parseKernelProbe(std::string_view output)
{
    const std::vector<Section> sections = splitSections(output);
    KernelSnapshot snapshot;

    const Section* uname = findSection(sections, "uname -r");
    if (!uname || uname->status != 0)
        return Parsed<KernelSnapshot>::fail("uname -r did not run");
    auto release = parseKernelRelease(uname->output);
    if (!release)
        return Parsed<KernelSnapshot>::fail(release.error);
    snapshot.release = *release.value;

    for (const std::string& name : kernelProbeSysctls()) {
        const Section* s = findSection(sections, name);
        if (!s)
            return Parsed<KernelSnapshot>::fail("no output for " + name);
        auto value = parseSysctlCat(s->output, s->status);
        if (!value)
            return Parsed<KernelSnapshot>::fail(name + ": " + value.error);
        snapshot.sysctls[name] = *value.value;
    }

    const Section* netstat = findSection(sections, "netstat");
    if (!netstat || netstat->status != 0)
        return Parsed<KernelSnapshot>::fail("cannot read /proc/net/netstat");
    auto counters = parseProcNetstat(netstat->output);
    if (!counters)
        return Parsed<KernelSnapshot>::fail("/proc/net/netstat: " + counters.error);
    snapshot.netstat = std::move(*counters.value);
    return { std::move(snapshot), {} };
}

} // namespace natdoctor::probes
