#include "util/SshConfigHosts.h"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace natdoctor {

std::vector<std::string> sshConfigHosts(std::string_view configText)
{
    std::vector<std::string> hosts;
    std::istringstream in { std::string(configText) };
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream words(line);
        std::string keyword;
        words >> keyword;
        std::transform(keyword.begin(), keyword.end(), keyword.begin(),
            [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (keyword != "host")
            continue;
        std::string name;
        while (words >> name) {
            if (name.find_first_of("*?!") != std::string::npos || name.starts_with('#'))
                continue;
            if (std::find(hosts.begin(), hosts.end(), name) == hosts.end())
                hosts.push_back(name);
        }
    }
    return hosts;
}

} // namespace natdoctor
