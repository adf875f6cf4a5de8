#include "util/SshConfigHosts.h"

#include <gtest/gtest.h>

TEST(SshConfigHosts, ListsConcreteAliasesOnly)
{
    const auto hosts
        = natdoctor::sshConfigHosts("Host natlab-pub natlab-priv\n  HostName 198.18.2.10\n"
                                    "host *.internal !bad\nHost natlab-pub\nMatch all\nHost bastion\n");
    EXPECT_EQ(hosts, (std::vector<std::string> { "natlab-pub", "natlab-priv", "bastion" }));
}
