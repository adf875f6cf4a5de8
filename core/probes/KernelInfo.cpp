#include "probes/KernelInfo.h"

#include <charconv>

namespace natdoctor::probes {

namespace {

// Reads a decimal number at the start of `text`, advancing past it.
bool takeNumber(std::string_view& text, int& out)
{
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    if (ec != std::errc())
        return false;
    text.remove_prefix(static_cast<size_t>(end - text.data()));
    return true;
}

} // namespace

Parsed<KernelRelease> parseKernelRelease(std::string_view unameOutput)
{
    const std::string_view line = trim(unameOutput);
    if (line.empty() || line.find('\n') != std::string_view::npos)
        return Parsed<KernelRelease>::fail("expected one line from uname -r");
    KernelRelease release;
    release.text = std::string(line);
    std::string_view rest = line;
    if (!takeNumber(rest, release.major) || rest.empty() || rest.front() != '.')
        return Parsed<KernelRelease>::fail("not a kernel release: \"" + release.text + "\"");
    rest.remove_prefix(1);
    if (!takeNumber(rest, release.minor))
        return Parsed<KernelRelease>::fail("not a kernel release: \"" + release.text + "\"");
    if (!rest.empty() && rest.front() == '.') {
        rest.remove_prefix(1);
        takeNumber(rest, release.patch);
    }
    return { release, {} };
}

Parsed<SysctlValue> parseSysctlCat(std::string_view output, int status)
{
    const std::string_view text = trim(output);
    if (status != 0) {
        if (text.find("No such file or directory") != std::string_view::npos)
            return { SysctlValue { false, 0 }, {} };
        return Parsed<SysctlValue>::fail("cannot read the setting: " + std::string(text.substr(0, 200)));
    }
    long long value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return Parsed<SysctlValue>::fail("not a number: \"" + std::string(text.substr(0, 80)) + "\"");
    return { SysctlValue { true, value }, {} };
}

} // namespace natdoctor::probes
