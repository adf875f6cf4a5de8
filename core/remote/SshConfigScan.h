#pragma once

#include <string>

namespace natdoctor::remote {

// libssh 0.10 runs `Match exec "..."` commands while it parses ssh_config,
// before any option can be forced afterwards. natdoctor never runs local
// programs on a config's say-so (as with ProxyCommand), so the files are
// scanned first, following Include lines; if any uses Match exec, the
// config is not read at all.
//
// `file` empty means the defaults libssh reads: ~/.ssh/config, then
// /etc/ssh/ssh_config.
bool sshConfigRunsPrograms(const std::string& file);

} // namespace natdoctor::remote
