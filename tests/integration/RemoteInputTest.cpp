// Unit tests (label "unit"): validation, quoting, capture filters and the
// stop wrapper's shape. No network; the wrapper's behaviour is tested live in
// RemoteCommandTest.
#include "remote/CaptureFilter.h"
#include "remote/RemoteError.h"
#include "remote/ShellQuote.h"
#include "remote/StopWrapper.h"
#include "remote/Validation.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace natdoctor::remote;
using namespace std::string_literals;

TEST(ShellQuote, QuotesEveryValue)
{
    EXPECT_EQ(shellQuote("abc"), "'abc'");
    EXPECT_EQ(shellQuote(""), "''");
    EXPECT_EQ(shellQuote("it's"), "'it'\\''s'");
    EXPECT_EQ(shellQuote("$(id) `id` ; | & > < * ? ~ \\ \" \n"), "'$(id) `id` ; | & > < * ? ~ \\ \" \n'");
    EXPECT_EQ(shellQuote("''"), "''\\'''\\'''");
}

TEST(ShellQuote, RefusesNul)
{
    EXPECT_FALSE(shellQuote("a\0b"s));
    EXPECT_FALSE(commandLine({ "printf", "a\0b"s }));
}

TEST(ShellQuote, CommandLineQuotesEachArgument)
{
    EXPECT_EQ(commandLine({ "printf", "%s", "a b" }), "'printf' '%s' 'a b'");
    EXPECT_FALSE(commandLine({}));
}

TEST(Validation, AcceptsAddressesAndNames)
{
    for (const char* host : { "10.0.0.1", "::1", "fe80::1", "example.com", "example.com.", "a-b.example",
                              "1host.example", "localhost", "xn--bcher-kva.example" }) {
        EXPECT_FALSE(validateHost(host)) << host;
    }
}

TEST(Validation, RejectsHostileHosts)
{
    const std::string tooLong(254, 'a');
    const std::string longLabel = std::string(64, 'a') + ".example";
    for (const std::string& host : std::vector<std::string> { "",
                                                              "-oProxyCommand=touch x",
                                                              "-h",
                                                              "a b",
                                                              "a;b",
                                                              "$(id)",
                                                              "`id`",
                                                              "a|b",
                                                              "a\nb",
                                                              "a\0b"s,
                                                              "a'b",
                                                              "a\"b",
                                                              "example..com",
                                                              ".example",
                                                              "-a.example",
                                                              "a-.example",
                                                              "a_b.example",
                                                              "127.1",
                                                              "10.0.0.256",
                                                              "[::1]",
                                                              "a/b",
                                                              "*",
                                                              tooLong,
                                                              longLabel }) {
        auto error = validateHost(host);
        EXPECT_EQ(error.code, RemoteErrorCode::InvalidInput) << host;
    }
}

TEST(Validation, Ports)
{
    uint16_t port = 0;
    EXPECT_FALSE(parsePort("1", port));
    EXPECT_EQ(port, 1);
    EXPECT_FALSE(parsePort("65535", port));
    EXPECT_EQ(port, 65535);
    for (const char* bad : { "0", "65536", "-1", "+80", " 80", "80 ", "8o", "", "100000", "0x50" }) {
        EXPECT_TRUE(parsePort(bad, port)) << bad;
    }
    EXPECT_TRUE(validatePort(0));
    EXPECT_TRUE(validatePort(70000));
    EXPECT_FALSE(validatePort(443));
}

TEST(Validation, Urls)
{
    for (const char* url :
         { "http://example.com", "https://example.com/", "https://10.0.0.1:8443/a/b?x=1&y=%20z",
           "http://[::1]:8080/big.bin", "https://example.com/path;v=1" }) {
        EXPECT_FALSE(validateUrl(url)) << url;
    }
    for (const std::string& url : std::vector<std::string> {
             "ftp://example.com", "example.com", "-K /etc/passwd", "http://", "http://a b/",
             "http://user:pw@example.com/", "https://example.com/$(id)", "https://example.com/`id`",
             "https://example.com/a'b", "https://example.com/{a,b}", "https://example.com/[1-9]",
             "https://example.com/a\nb", "https://example.com:0/", "https://example.com:99999/",
             "http://[::1/", "https://example.com/%zz", "https://-x.example/",
             "https://example.com/a\0b"s }) {
        EXPECT_TRUE(validateUrl(url)) << url;
    }
    EXPECT_TRUE(validateUrl("https://example.com/" + std::string(3000, 'a')));
}

TEST(Validation, InterfacesAndUsers)
{
    for (const char* name : { "eth0", "any", "veth-pub.1", "ens5", "br_0" }) {
        EXPECT_FALSE(validateInterface(name)) << name;
    }
    for (const char* name :
         { "", "-i", "eth0;id", "a b", "averyveryverylongname", "..", "eth0/1", "$(id)" }) {
        EXPECT_TRUE(validateInterface(name)) << name;
    }
    EXPECT_FALSE(validateUser("ec2-user"));
    EXPECT_TRUE(validateUser("-oProxyCommand"));
    EXPECT_TRUE(validateUser("root;id"));
}

TEST(CaptureFilter, BuildsTheDesignFilter)
{
    std::string filter;
    ASSERT_FALSE(buildCaptureFilter("203.0.113.7", 443, filter));
    // Routers' "fragmentation needed" comes from anywhere, not from the destination.
    EXPECT_EQ(filter,
              "(host 203.0.113.7 and (tcp port 443 or ip[6:2] & 0x1fff != 0 or icmp)) or "
              "(icmp[0] = 3 and icmp[1] = 4)");
    ASSERT_FALSE(buildCaptureFilter("2001:db8::7", 80, filter));
    EXPECT_EQ(filter,
              "(host 2001:db8::7 and (tcp port 80 or ip6[6] = 44 or icmp6)) or (icmp6 and ip6[40] = 2)");
    ASSERT_FALSE(buildCaptureFilter(std::vector<std::string> { "203.0.113.7", "203.0.113.8" }, 80, filter));
    EXPECT_EQ(filter,
              "((host 203.0.113.7 or host 203.0.113.8) and (tcp port 80 or ip[6:2] & 0x1fff != 0 or icmp)) "
              "or (icmp[0] = 3 and icmp[1] = 4)");
    EXPECT_TRUE(buildCaptureFilter(std::vector<std::string> { "203.0.113.7", "2001:db8::7" }, 80, filter));
}

TEST(CaptureFilter, RejectsHostileParts)
{
    std::string filter = "unchanged";
    EXPECT_TRUE(buildCaptureFilter("-z /tmp/x.sh", 80, filter));
    EXPECT_TRUE(buildCaptureFilter("example.com", 80, filter));
    EXPECT_TRUE(buildCaptureFilter("10.0.0.1 or 1=1", 80, filter));
    EXPECT_TRUE(buildCaptureFilter("10.0.0.1", 0, filter));
    EXPECT_EQ(filter, "unchanged");
    EXPECT_TRUE(checkCaptureFilter("-z /tmp/x.sh"));
    EXPECT_TRUE(checkCaptureFilter("host 10.0.0.1 and ("));
    EXPECT_TRUE(checkCaptureFilter("tcp\nport 80"));
    EXPECT_FALSE(checkCaptureFilter("tcp port 80"));
}

TEST(StopWrapper, PassesArgvAsPositionalParameters)
{
    auto wrapped = wrapStopWhenStdinCloses({ "sudo", "-n", "tcpdump", "$(id)" }, 20, 300);
    ASSERT_EQ(wrapped.size(), 10u);
    EXPECT_EQ(wrapped[0], "/bin/sh");
    EXPECT_EQ(wrapped[1], "-c");
    // The script is constant: no user value is pasted into it.
    EXPECT_EQ(wrapped[2].find("$(id)"), std::string::npos);
    EXPECT_EQ(wrapped[4], "20"); // watchdog: silence, then maximum seconds
    EXPECT_EQ(wrapped[5], "300");
    EXPECT_EQ(wrapped[6], "sudo");
    EXPECT_EQ(wrapped[9], "$(id)");
    EXPECT_EQ(wrapStopWhenStdinCloses({ "true" })[4], "0") << "no watchdog unless asked";
}

TEST(RemoteError, DescribesCodes)
{
    EXPECT_EQ(describe({ RemoteErrorCode::AuthFailed, "host: tried agent" }),
              "authentication failed: host: tried agent");
    EXPECT_STREQ(codeName(RemoteErrorCode::ForwardingRefused), "forwarding-refused");
    EXPECT_FALSE(RemoteError {});
}
