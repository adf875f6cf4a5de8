// Hostile values either fail validation or reach the remote side as one
// literal argument; nothing they contain is ever executed.
#include "SshFixture.h"
#include "remote/CaptureFilter.h"
#include "remote/RemoteCommand.h"
#include "remote/Validation.h"

using namespace natdoctor::remote;
using namespace std::string_literals;
using natdoctor::test::fileExists;

namespace {

using HostileInput = natdoctor::test::SshFixture;

std::vector<std::string> hostileValues(const std::string& canary)
{
    std::string longValue;
    while (longValue.size() < 60000) {
        longValue += "'$(touch " + canary + ")`touch " + canary + "`;|&\"\\\n-- ";
    }
    return {
        "plain",
        "it's",
        "'; touch " + canary + "; '",
        "$(touch " + canary + ")",
        "`touch " + canary + "`",
        "; touch " + canary,
        "a\ntouch " + canary,
        "\"$(touch " + canary + ")\"",
        "${IFS}touch${IFS}" + canary,
        "| touch " + canary,
        "&& touch " + canary,
        "> " + canary,
        "-z /tmp/x.sh",
        "--help",
        "-oProxyCommand=touch " + canary,
        "* ? [a-z] ~root $HOME $0 $1 $@",
        "\\' \\\" \\\\ \\",
        "\x01\x7f\xff\r\n\t",
        "",
        longValue,
    };
}

} // namespace

// Splits printf '%s\0' output back into the arguments it was given.
std::vector<std::string> splitNul(const std::string& text)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find('\0', start)) != std::string::npos; start = end + 1) {
        parts.push_back(text.substr(start, end - start));
    }
    return parts;
}

TEST_F(HostileInput, RejectedOrDeliveredAsOneLiteralArgument)
{
    auto session = connectTrusted();
    ASSERT_TRUE(session);
    std::string canary = m_dir.file("CANARY");
    auto values = hostileValues(canary);
    ASSERT_EQ(values.size(), 20u);
    for (const auto& value : values) {
        SCOPED_TRACE(value.substr(0, 40));
        // Every one of these is refused as a host, URL, interface or user.
        if (value != "plain") {
            EXPECT_TRUE(validateHost(value)) << "accepted as a host";
            EXPECT_TRUE(validateUser(value));
            EXPECT_TRUE(validateInterface(value));
        }
        EXPECT_TRUE(validateUrl(value));
    }
    // Passed as arguments anyway, each arrives unchanged and as exactly one
    // argument (printf '%s\0' prints one NUL-terminated record per argument).
    // The 60 kB value goes alone: one exec request is limited to 128 kB.
    std::vector<std::string> shortValues(values.begin(), values.end() - 1);
    for (const auto& batch : { shortValues, std::vector<std::string> { values.back() } }) {
        std::vector<std::string> argv { "printf", "%s\\0" };
        argv.insert(argv.end(), batch.begin(), batch.end());
        auto direct = RemoteCommand::run(*session, argv);
        EXPECT_FALSE(direct.error) << describe(direct.error);
        EXPECT_EQ(direct.exitStatus, 0);
        EXPECT_EQ(splitNul(direct.out), batch);

        auto script
            = RemoteCommand::runScript(*session, "for a in \"$@\"; do printf '%s\\0' \"$a\"; done", batch);
        EXPECT_FALSE(script.error) << describe(script.error);
        EXPECT_EQ(splitNul(script.out), batch);

        std::string streamed;
        auto result = RemoteCommand::stream(*session, argv, [&](const char* data, std::size_t size) {
            streamed.append(data, size);
            return true;
        });
        EXPECT_FALSE(result.error) << describe(result.error);
        EXPECT_EQ(splitNul(streamed), batch);
    }
    EXPECT_FALSE(fileExists(canary)) << "a hostile value was executed";
}

TEST_F(HostileInput, NulBytesAreRefusedNotTruncated)
{
    auto session = connectTrusted();
    ASSERT_TRUE(session);
    std::string canary = m_dir.file("CANARY");
    for (const auto& value : { "a\0; touch "s + canary, "\0"s, "safe\0"s }) {
        EXPECT_TRUE(validateHost(value));
        auto result = RemoteCommand::run(*session, { "printf", "%s", value });
        EXPECT_EQ(result.error.code, RemoteErrorCode::InvalidInput);
        EXPECT_EQ(result.out, "");
        auto streamed = RemoteCommand::stream(*session, { "printf", "%s", value },
                                              [](const char*, std::size_t) { return true; });
        EXPECT_EQ(streamed.error.code, RemoteErrorCode::InvalidInput);
    }
    // Nor may a "program" look like an option to the wrapper's setsid.
    auto option = RemoteCommand::run(*session, { "-c", "touch " + canary });
    EXPECT_EQ(option.error.code, RemoteErrorCode::InvalidInput);
    EXPECT_FALSE(fileExists(canary));
}

TEST_F(HostileInput, FilterOptionsNeverReachTcpdump)
{
    std::string filter;
    for (const std::string& host :
         { "-z /tmp/x.sh"s, "-w/tmp/x"s, "10.0.0.1 -z x"s, "$(id)"s, "10.0.0.1\n"s }) {
        EXPECT_EQ(buildCaptureFilter(host, 80, filter).code, RemoteErrorCode::InvalidInput) << host;
    }
    EXPECT_TRUE(checkCaptureFilter("-z /tmp/x.sh"));
    EXPECT_TRUE(filter.empty());
}

TEST_F(HostileInput, HostileSshTargetsAreRefusedBeforeConnecting)
{
    std::string canary = m_dir.file("CANARY");
    for (const std::string& host : { "-oProxyCommand=touch " + canary, "127.0.0.1;touch " + canary,
                                     "$(touch " + canary + ")", "127.0.0.1\n"s }) {
        auto o = options();
        o.host = host;
        RemoteError error;
        EXPECT_FALSE(SshSession::connect(o, error));
        EXPECT_EQ(error.code, RemoteErrorCode::InvalidInput) << host;
    }
    auto o = options();
    o.user = "-oProxyCommand=touch " + canary;
    RemoteError error;
    EXPECT_FALSE(SshSession::connect(o, error));
    EXPECT_EQ(error.code, RemoteErrorCode::InvalidInput);
    EXPECT_FALSE(fileExists(canary));
}
