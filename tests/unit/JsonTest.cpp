#include "diagnosis/DiagnosisFile.h"
#include "util/JsonValue.h"
#include "util/JsonWriter.h"

#include <cfloat>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <string>
#include <unistd.h>

using natdoctor::JsonValue;
using natdoctor::JsonWriter;

namespace {

std::optional<JsonValue> parseOk(std::string_view text)
{
    std::string error;
    auto v = JsonValue::parse(text, error);
    EXPECT_TRUE(v) << text << ": " << error;
    return v;
}

// True if `text` is well-formed UTF-8 with no surrogate code points.
bool isValidUtf8(std::string_view text)
{
    size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
        if (n == 0 || i + n > text.size() || (n == 2 && c < 0xc2))
            return false;
        unsigned code = n == 1 ? c : c & (0x7f >> n);
        for (size_t k = 1; k < n; ++k) {
            const auto d = static_cast<unsigned char>(text[i + k]);
            if ((d & 0xc0) != 0x80)
                return false;
            code = (code << 6) | (d & 0x3f);
        }
        if ((n == 3 && code < 0x800) || (n == 4 && (code < 0x10000 || code > 0x10ffff))
            || (code >= 0xd800 && code < 0xe000))
            return false;
        i += n;
    }
    return true;
}

// Restores the C locale whatever a test set.
struct LocaleGuard
{
    ~LocaleGuard() { std::setlocale(LC_ALL, "C"); }
};

} // namespace

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

TEST(JsonWriter, IndentsByTwoSpacesAndKeepsMemberOrder)
{
    JsonWriter w(true);
    w.beginObject()
        .key("z")
        .value(1)
        .key("a")
        .beginArray()
        .value(2)
        .endArray()
        .key("e")
        .beginArray()
        .endArray();
    w.endObject();
    EXPECT_EQ(w.str(), "{\n  \"z\": 1,\n  \"a\": [\n    2\n  ],\n  \"e\": []\n}");
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

TEST(JsonWriter, DoublesAreWrittenInFullPrecision)
{
    // %.6g wrote 1234567.891 as 1.23457e+06.
    JsonWriter w;
    w.beginArray().value(1234567.891).value(3.0).value(-2.5).value(0.1).endArray();
    EXPECT_EQ(w.str(), "[1234567.891,3,-2.5,0.1]");
}

TEST(JsonWriter, DoublesRoundTripExactly)
{
    const double values[] = {
        1234567.891,  0.1,     1.0 / 3.0, 2.0 / 3.0,          123456789.123456789, 1e-300, DBL_MIN,
        DBL_TRUE_MIN, DBL_MAX, -DBL_MAX,  9007199254740993.0, 4.35e15 + 0.5,       1e21,   6.02214076e23
    };
    JsonWriter w;
    w.beginArray();
    for (double d : values)
        w.value(d);
    w.endArray();
    const auto v = parseOk(w.str());
    ASSERT_TRUE(v);
    ASSERT_EQ(v->size(), std::size(values));
    for (size_t i = 0; i < std::size(values); ++i)
        EXPECT_EQ((*v)[i].asDouble(), values[i]) << w.str(); // bit-exact, not "near"
}

TEST(JsonWriter, InvalidUtf8BecomesReplacementCharacters)
{
    // A lone continuation byte, 0xff, a CESU-8 encoded surrogate (ED A0 80,
    // which is how an unpaired \ud800 looks as bytes) and a sequence cut
    // short at the end; valid multi-byte characters pass through unchanged.
    const std::string text = "ok \xc3\xa9 \x80 \xff \xed\xa0\x80 \xf0\x9f\x98\x80 end \xe2\x82";
    JsonWriter w;
    w.value(text);
    const std::string out = w.str();
    EXPECT_TRUE(isValidUtf8(out)) << out;
    const auto v = parseOk(out);
    ASSERT_TRUE(v);
    const std::string back = v->asString();
    EXPECT_TRUE(isValidUtf8(back));
    EXPECT_EQ(back.rfind("ok \xc3\xa9 \xef\xbf\xbd \xef\xbf\xbd ", 0), 0u) << back;
    EXPECT_NE(back.find(" \xf0\x9f\x98\x80 end "), std::string::npos) << back;
    EXPECT_EQ(back.find("\xed\xa0"), std::string::npos);
    EXPECT_EQ(back.substr(back.size() - 3), "\xef\xbf\xbd");
}

TEST(JsonWriter, NumbersIgnoreTheProcessLocale)
{
    // A locale whose decimal separator is a comma, built from glibc's sources
    // (`locales` package) into a scratch directory.
    const auto dir
        = std::filesystem::temp_directory_path() / ("natdoctor-locale-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    const std::string make
        = "localedef -i de_DE -f UTF-8 '" + (dir / "de_DE.UTF-8").string() + "' >/dev/null 2>&1";
    ASSERT_EQ(std::system(make.c_str()), 0)
        << "localedef -i de_DE failed (is the `locales` package installed?)";
    setenv("LOCPATH", dir.c_str(), 1);
    LocaleGuard guard;
    ASSERT_NE(std::setlocale(LC_ALL, "de_DE.UTF-8"), nullptr);
    unsetenv("LOCPATH");
    char probe[16];
    std::snprintf(probe, sizeof probe, "%.1f", 0.5);
    ASSERT_STREQ(probe, "0,5"); // the locale really is active

    JsonWriter w;
    w.beginArray().value(1234567.891).value(0.25).endArray();
    EXPECT_EQ(w.str(), "[1234567.891,0.25]");
    const auto v = parseOk(w.str());
    ASSERT_TRUE(v);
    EXPECT_EQ((*v)[0].asDouble(), 1234567.891);
    EXPECT_EQ((*v)[1].asDouble(), 0.25);
    std::filesystem::remove_all(dir);
}

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
    const auto v = parseOk(w.str());
    ASSERT_TRUE(v);
    EXPECT_EQ((*v)["name"].asString(), "a \"quoted\"\nline \x01");
    EXPECT_EQ((*v)["big"].asUnsigned(), 18446744073709551615ull);
    EXPECT_EQ((*v)["neg"].asInt(), -42);
    EXPECT_EQ((*v)["neg"].asUnsigned(7), 7u);
    EXPECT_DOUBLE_EQ((*v)["ratio"].asDouble(), 0.25);
    EXPECT_EQ((*v)["ratio"].asInt(), 0);
    EXPECT_TRUE((*v)["list"][0].asBool());
    EXPECT_TRUE((*v)["list"][1].isNull());
    EXPECT_TRUE((*v)["missing"]["deeper"][3].isNull());
}

TEST(JsonValue, DecodesUnicodeEscapes)
{
    const auto v = parseOk(R"(["\u00e9\ud83d\ude00"])");
    ASSERT_TRUE(v);
    EXPECT_EQ((*v)[0].asString(), "\xc3\xa9\xf0\x9f\x98\x80");
}

TEST(JsonValue, MalformedInputIsAnErrorWithAPosition)
{
    for (const char* bad : { "", "{", "[1,]", "{\"a\" 1}", "tru", "\"abc", "01x", "[1] 2", "{\"a\":-}",
                             "\"\\x\"", "[\"\\ud83d\"" }) {
        std::string error;
        EXPECT_FALSE(JsonValue::parse(bad, error)) << bad;
        EXPECT_NE(error.find("at byte"), std::string::npos) << bad << ": " << error;
    }
    std::string deep(100, '[');
    std::string error;
    EXPECT_FALSE(JsonValue::parse(deep, error));
    EXPECT_NE(error.find("deeply"), std::string::npos);
    EXPECT_TRUE(JsonValue::parse(std::string(64, '[') + std::string(64, ']'), error)) << error;
}

TEST(JsonValue, LeadingZerosAreRejected)
{
    for (const char* bad : { "0123", "[00]", "-01", "{\"a\":0123}", "[1.5, 007]" }) {
        std::string error;
        EXPECT_FALSE(JsonValue::parse(bad, error)) << bad;
    }
    const auto v = parseOk("[0, -0, 0.5, 10]");
    ASSERT_TRUE(v);
    EXPECT_EQ((*v)[3].asInt(), 10);
}

TEST(JsonValue, UnpairedSurrogatesAndInvalidUtf8AreRejected)
{
    for (const char* bad : { R"("\ud800")", R"("\udc00")", R"("\ud800\u0041")", R"("a\ud83d")", "\"\xff\"",
                             "\"\xed\xa0\x80\"", "\"\xc3\"", "\"tab\there\"" }) {
        std::string error;
        EXPECT_FALSE(JsonValue::parse(bad, error)) << bad;
    }
}

TEST(JsonValue, NumbersOutOfRangeGiveTheFallback)
{
    const auto v = parseOk("[18446744073709551615, -1, 1e30, -9.5]");
    ASSERT_TRUE(v);
    EXPECT_EQ((*v)[0].asInt(-7), -7);
    EXPECT_EQ((*v)[1].asUnsigned(9), 9u);
    EXPECT_EQ((*v)[2].asInt(-7), -7);
    EXPECT_EQ((*v)[3].asInt(), -9);
    EXPECT_EQ((*v)[3].asUnsigned(9), 9u);
}

// A session whose command output is binary (every byte value, invalid UTF-8
// and an encoded surrogate) is saved as valid JSON: it loads back, saves to
// the same text again, and Python's json module reads it.
TEST(JsonSession, BinaryCommandOutputRoundTripsAndLoadsInPython)
{
    using namespace natdoctor::diagnosis;
    std::string binary;
    for (int b = 0; b < 256; ++b)
        binary += static_cast<char>(b);
    binary += " caf\xc3\xa9 \xed\xa0\x80 \xe2\x82";

    DiagnosisSession s;
    s.natdoctorVersion = "0.1.0";
    s.startedAt = "2026-12-01T22:00:00Z";
    s.inputs.destinationHost = "198.18.3.10";
    s.inputs.destinationPort = 80;
    Evidence e;
    e.step = "fragmentation-check";
    e.host = "natlab@198.18.2.10";
    e.command = "sudo -n tcpdump -w - ...";
    e.output = binary;
    e.seconds = 1234567.891;
    e.summary = "binary";
    s.addEvidence(e);

    const std::string text = saveSession(s);
    EXPECT_TRUE(isValidUtf8(text));
    const auto loaded = loadSession(text);
    ASSERT_TRUE(loaded) << loaded.error;
    ASSERT_EQ(loaded.value->evidence.size(), 1u);
    const Evidence& back = loaded.value->evidence[0];
    EXPECT_EQ(back.output.substr(0, 128), binary.substr(0, 128)); // ASCII, control bytes included
    EXPECT_NE(back.output.find(" caf\xc3\xa9 "), std::string::npos);
    EXPECT_TRUE(isValidUtf8(back.output));
    EXPECT_EQ(back.seconds, 1234567.891);
    EXPECT_EQ(saveSession(*loaded.value), text);

    const auto path
        = std::filesystem::temp_directory_path() / ("natdoctor-binary-" + std::to_string(getpid()) + ".json");
    std::ofstream(path, std::ios::binary) << text;
    const std::string check = "python3 -c '"
                              "import json, sys\n"
                              "d = json.load(open(sys.argv[1], encoding=\"utf-8\", errors=\"strict\"))\n"
                              "o = d[\"evidence\"][0][\"output\"]\n"
                              "o.encode(\"utf-8\")\n" // fails on a lone surrogate
                              "assert o[:128] == \"\".join(map(chr, range(128))), o[:128]\n"
                              "assert \" caf\\u00e9 \" in o\n"
                              "assert d[\"evidence\"][0][\"seconds\"] == 1234567.891\n"
                              "' '"
        + path.string() + "'";
    EXPECT_EQ(std::system(check.c_str()), 0) << "python3 could not read the session file " << path;
    std::filesystem::remove(path);
}
