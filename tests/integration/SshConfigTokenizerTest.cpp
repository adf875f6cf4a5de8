// The one ssh_config tokenizer (host list and safety check), no network.
#include "remote/SshConfigScan.h"
#include "util/SshConfigHosts.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

using natdoctor::lowerAscii;
using natdoctor::tokenizeSshConfig;

namespace {

std::vector<std::string> words(const std::string& line)
{
    const auto lines = tokenizeSshConfig(line);
    return lines.empty() ? std::vector<std::string> {} : lines.front().words;
}

using W = std::vector<std::string>;

} // namespace

TEST(SshConfigTokenizer, FollowsOpenSshQuotingRules)
{
    EXPECT_EQ(words("Host a b"), (W { "Host", "a", "b" }));
    EXPECT_EQ(words("  HostName=example.org"), (W { "HostName", "example.org" }));
    EXPECT_EQ(words("HostName = example.org"), (W { "HostName", "example.org" }));
    EXPECT_EQ(words("Match host * \"exec\" \"touch /tmp/x\""),
              (W { "Match", "host", "*", "exec", "touch /tmp/x" }));
    EXPECT_EQ(words("Match\t\"Exec\"\t'a b'"), (W { "Match", "Exec", "a b" }));
    EXPECT_EQ(words("Match ex\"ec\" x"), (W { "Match", "exec", "x" }));
    EXPECT_EQ(words("Include \"/dir with space/*.conf\""), (W { "Include", "/dir with space/*.conf" }));
    EXPECT_EQ(words("Include /a\\ b"), (W { "Include", "/a b" }));
    EXPECT_EQ(words("IdentityFile \"\""), (W { "IdentityFile", "" }));
    EXPECT_EQ(words("User a\\x"), (W { "User", "a\\x" })) << "unknown escapes keep the backslash";
    EXPECT_TRUE(words("   # Match exec \"x\"").empty());
    EXPECT_TRUE(tokenizeSshConfig("Match host \"open").front().unbalancedQuotes);
    const auto lines = tokenizeSshConfig("Host a\r\n\n  # c\n  User b\n");
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0].words, (W { "Host", "a" }));
    EXPECT_EQ(lines[1].number, 4);
    EXPECT_EQ(lowerAscii("MaTcH"), "match");
}

TEST(SshConfigTokenizer, HostListUsesTheSameRules)
{
    EXPECT_EQ(natdoctor::sshConfigHosts("Host \"quoted\" plain=x\nHost=eq # a comment\nhost 'a*' b\n"),
              (W { "quoted", "plain", "x", "eq", "b" }));
}

TEST(SshConfigScan, RefusesWithFileAndLineAndAcceptsPlainConfigs)
{
    char dir[] = "/tmp/natdoctor-scan.XXXXXX";
    ASSERT_TRUE(::mkdtemp(dir));
    const std::string file = std::string(dir) + "/config";
    auto check = [&](const std::string& text) {
        std::ofstream(file) << text;
        return natdoctor::remote::checkSshConfig(file);
    };
    EXPECT_FALSE(check("Host a\n  User b\nMatch host a originalhost b !user c localuser d\nMatch all\nMatch "
                       "canonical final\n"));
    auto e = check("Host a\nMatch host a exec true\n");
    EXPECT_TRUE(e);
    EXPECT_NE(e.detail.find(file + " line 2"), std::string::npos) << e.detail;
    EXPECT_TRUE(check("Match host a\"\"exec true\n"));
    EXPECT_TRUE(check("Match host a sometimes\n"));
    EXPECT_TRUE(check("Match host\n")) << "a criterion without its argument";
    // ~ in an Include is checked under $HOME (glob's reading) as well as the
    // passwd home (libssh's).
    const char* oldHome = std::getenv("HOME");
    const std::string saved = oldHome ? oldHome : "";
    ::setenv("HOME", dir, 1);
    std::ofstream(std::string(dir) + "/evil.conf") << "Match exec true\n";
    EXPECT_TRUE(check("Include ~/evil.conf\n"));
    ::setenv("HOME", saved.c_str(), 1);
    // A FIFO is never opened (it would block libssh and the check).
    const std::string fifo = std::string(dir) + "/fifo";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    EXPECT_TRUE(check("Include " + fifo + "\n"));
    EXPECT_TRUE(natdoctor::remote::checkSshConfig(fifo));
    std::system((std::string("rm -rf ") + dir).c_str());
}
