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
