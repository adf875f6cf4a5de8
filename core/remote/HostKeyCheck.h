#pragma once

#include "remote/RemoteError.h"
#include "remote/SshOptions.h"

#include <libssh/libssh.h>

namespace natdoctor::remote {

// Checks the key of a session that finished key exchange against known_hosts.
// Known and equal: ok. Unknown: options.confirmHostKey decides, and only an
// AcceptAndSave answer writes the file. Changed, or recorded with another key
// type: refused, naming the known_hosts file and line. There is deliberately
// no way to turn the check off.
RemoteError verifyHostKey(ssh_session session, const SshOptions& options);

// "name" for port 22, "[name]:port" otherwise, as known_hosts spells it.
std::string knownHostsName(ssh_session session);

} // namespace natdoctor::remote
