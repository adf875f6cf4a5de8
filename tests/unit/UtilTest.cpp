#include "util/JsonWriter.h"

#include <gtest/gtest.h>

using natdoctor::JsonWriter;

TEST(JsonWriter, WritesNestedContainersWithCommas)
{
    JsonWriter w;
    w.beginObject();
    w.key("packets").value(3);
    w.key("list").beginArray().value(1).value("a").value(true).endArray();
    w.key("empty").beginObject().endObject();
    w.endObject();
    EXPECT_EQ(w.str(), R"({"packets":3,"list":[1,"a",true],"empty":{}})");
}

TEST(JsonWriter, EscapesControlCharactersAndQuotes)
{
    JsonWriter w;
    w.value(std::string_view("a\"b\\c\n\x01", 7));
    EXPECT_EQ(w.str(), R"("a\"b\\c\n\u0001")");
}

TEST(JsonWriter, NonFiniteNumbersBecomeNull)
{
    JsonWriter w;
    w.beginArray().value(1.0 / 0.0).value(0.5).endArray();
    EXPECT_EQ(w.str(), "[null,0.5]");
}

#include "util/JsonValue.h"

using natdoctor::JsonValue;

TEST(JsonValue, ReadsBackWhatTheWriterWrote)
{
    JsonWriter w(true);
    w.beginObject();
    w.key("name").value("a \"quoted\"\nline \x01");
    w.key("big").value(18446744073709551615ull);
    w.key("neg").value(-42);
    w.key("ratio").value(0.25);
    w.key("list").beginArray().value(true).null().endArray();
    w.endObject();
    std::string error;
    const auto v = JsonValue::parse(w.str(), error);
    ASSERT_TRUE(v) << error;
    EXPECT_EQ((*v)["name"].asString(), "a \"quoted\"\nline \x01");
    EXPECT_EQ((*v)["big"].asUnsigned(), 18446744073709551615ull);
    EXPECT_EQ((*v)["neg"].asInt(), -42);
    EXPECT_DOUBLE_EQ((*v)["ratio"].asDouble(), 0.25);
    EXPECT_TRUE((*v)["list"][0].asBool());
    EXPECT_TRUE((*v)["list"][1].isNull());
    EXPECT_TRUE((*v)["missing"]["deeper"][3].isNull());
}

TEST(JsonValue, DecodesUnicodeEscapes)
{
    std::string error;
    const auto v = JsonValue::parse(R"(["\u00e9\ud83d\ude00"])", error);
    ASSERT_TRUE(v) << error;
    EXPECT_EQ((*v)[0].asString(), "\xc3\xa9\xf0\x9f\x98\x80");
}

TEST(JsonValue, MalformedInputIsAnErrorWithAPosition)
{
    for (const char* bad : { "", "{", "[1,]", "{\"a\" 1}", "tru", "\"abc", "01x", "[1] 2", "{\"a\":-}",
             "\"\\x\"", "[\"\\ud83d\"" }) {
        std::string error;
        EXPECT_FALSE(JsonValue::parse(bad, error)) << bad;
        EXPECT_NE(error.find("at byte"), std::string::npos) << bad;
    }
    std::string deep(100, '[');
    std::string error;
    EXPECT_FALSE(JsonValue::parse(deep, error));
    EXPECT_NE(error.find("deeply"), std::string::npos);
}

#include "util/SshConfigHosts.h"

TEST(SshConfigHosts, ListsConcreteAliasesOnly)
{
    const auto hosts = natdoctor::sshConfigHosts("Host natlab-pub natlab-priv\n  HostName 198.18.2.10\n"
                                                 "host *.internal !bad\nHost natlab-pub\nMatch all\nHost bastion\n");
    EXPECT_EQ(hosts, (std::vector<std::string> { "natlab-pub", "natlab-priv", "bastion" }));
}
