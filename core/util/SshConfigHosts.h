#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace natdoctor {

// The concrete host aliases of an ssh_config text (`Host a b` lines), without
// patterns (*, ?, !), in file order, each once. For offering hosts to pick.
std::vector<std::string> sshConfigHosts(std::string_view configText);

} // namespace natdoctor
