#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace natdoctor {

// A JSON writer with a streaming interface: values are appended in document
// order. nlohmann-json holds the document and serializes it, compact or
// indented by two spaces. Strings that are not valid UTF-8 (binary command
// output, CESU-8 surrogates) are written with each invalid sequence replaced
// by U+FFFD, so the output is always valid JSON. Doubles are written in the
// shortest form that reads back to the same value (integral ones without a
// fraction, as "3"); infinities and NaN become null. No locale is involved.
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
    ~JsonWriter();
    JsonWriter(JsonWriter&&) noexcept;
    JsonWriter& operator=(JsonWriter&&) noexcept;

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

    // The document so far (empty before the first value).
    const std::string& str() const;

    // Appends `text` to `out` as a quoted JSON string with escapes.
    static void appendQuoted(std::string& out, std::string_view text);

private:
    struct Document;
    std::unique_ptr<Document> m_doc;
    mutable std::string m_out;
};

} // namespace natdoctor
