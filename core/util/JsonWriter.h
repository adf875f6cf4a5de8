#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace natdoctor {

// A small streaming JSON writer: values are appended in document order and
// commas are placed automatically. Produces compact or indented output.
//
//   JsonWriter w;
//   w.beginObject();
//   w.key("packets").value(12);
//   w.endObject();
//   std::string text = w.str();
class JsonWriter
{
public:
    explicit JsonWriter(bool pretty = false);

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view name);

    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
    JsonWriter& value(bool flag);
    JsonWriter& value(int number) { return value(static_cast<long long>(number)); }
    JsonWriter& value(unsigned number) { return value(static_cast<unsigned long long>(number)); }
    JsonWriter& value(long number) { return value(static_cast<long long>(number)); }
    JsonWriter& value(unsigned long number) { return value(static_cast<unsigned long long>(number)); }
    JsonWriter& value(long long number);
    JsonWriter& value(unsigned long long number);
    JsonWriter& value(double number);
    JsonWriter& null();

    const std::string& str() const { return m_out; }

    // Appends `text` to `out` as a quoted JSON string with escapes.
    static void appendQuoted(std::string& out, std::string_view text);

private:
    void beforeValue();
    void newline();

    std::string m_out;
    // One entry per open container: true once it holds at least one element.
    std::vector<bool> m_hasElements;
    bool m_afterKey = false;
    bool m_pretty = false;
};

} // namespace natdoctor
