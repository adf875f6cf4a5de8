#pragma once

#include "remote/RemoteError.h"

#include <string>

namespace natdoctor::remote {

// libssh 0.10 runs `Match exec "..."` commands while it parses ssh_config,
// before any option can be forced afterwards. natdoctor never runs local
// programs on a config's say-so (as with ProxyCommand), so the files libssh
// would read are checked first with the one ssh_config tokenizer
// (tokenizeSshConfig: quotes, escapes, `=`, any case), following every
// Include. A config is refused (InvalidInput, naming file and line) when:
//  - a Match line holds `exec` in any spelling (quoted, mixed case, glued
//    quotes, after `=`): the quote-stripped line is searched, so no
//    tokenizer difference can hide it;
//  - a Match criterion is not one natdoctor knows (it cannot tell what
//    the rest of the line means);
//  - an Include cannot be expanded safely (a ~user, % or $ token; a match
//    that is not a regular file; deeper than 8 levels);
//  - quotes are unbalanced on a Match or Include line.
// Include paths are expanded every way a reader could (libssh relative to
// the working directory, OpenSSH relative to ~/.ssh or /etc/ssh, ~ as both
// $HOME and the passwd home directory) and all the results are checked.
//
// `file` empty means the defaults libssh reads: ~/.ssh/config (libssh takes
// ~ from the passwd entry, so both that and $HOME are checked), then
// /etc/ssh/ssh_config.
RemoteError checkSshConfig(const std::string& file);

} // namespace natdoctor::remote
