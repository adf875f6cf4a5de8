#include "util/JsonWriter.h"

#include <cmath>
#include <nlohmann/json.hpp>
#include <vector>

namespace natdoctor {

namespace {

using Json = nlohmann::ordered_json; // members stay in the order they were written

std::string dump(const Json& json, bool pretty)
{
    return json.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace);
}

} // namespace

struct JsonWriter::Document
{
    Json root;
    bool empty = true;
    // The open containers, outermost first. Only the innermost one gains
    // elements, so pointers to the enclosing ones stay valid.
    std::vector<Json*> open;
    std::string key;
    bool pretty = false;

    Json* place(Json&& value)
    {
        if (open.empty()) {
            root = std::move(value);
            empty = false;
            return &root;
        }
        Json& parent = *open.back();
        if (parent.is_array()) {
            parent.push_back(std::move(value));
            return &parent.back();
        }
        Json& member = parent[key];
        member = std::move(value);
        return &member;
    }
};

JsonWriter::JsonWriter(bool pretty)
    : m_doc(std::make_unique<Document>())
{
    m_doc->pretty = pretty;
}

JsonWriter::~JsonWriter() = default;
JsonWriter::JsonWriter(JsonWriter&&) noexcept = default;
JsonWriter& JsonWriter::operator=(JsonWriter&&) noexcept = default;

JsonWriter& JsonWriter::beginObject()
{
    m_doc->open.push_back(m_doc->place(Json::object()));
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    m_doc->open.pop_back();
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    m_doc->open.push_back(m_doc->place(Json::array()));
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    m_doc->open.pop_back();
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name)
{
    m_doc->key.assign(name);
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text)
{
    m_doc->place(Json(std::string(text)));
    return *this;
}

JsonWriter& JsonWriter::value(bool flag)
{
    m_doc->place(Json(flag));
    return *this;
}

JsonWriter& JsonWriter::value(long long number)
{
    m_doc->place(Json(number));
    return *this;
}

JsonWriter& JsonWriter::value(unsigned long long number)
{
    m_doc->place(Json(number));
    return *this;
}

JsonWriter& JsonWriter::value(double number)
{
    if (!std::isfinite(number))
        return null();
    // Integral values keep the integer form the format always had ("3", not
    // nlohmann's "3.0"); 2^53 is where doubles stop holding every integer.
    constexpr double kExactIntegers = 9007199254740992.0;
    if (std::trunc(number) == number && std::fabs(number) <= kExactIntegers)
        m_doc->place(Json(static_cast<long long>(number)));
    else
        m_doc->place(Json(number)); // shortest round-trip form, locale-independent
    return *this;
}

JsonWriter& JsonWriter::null()
{
    m_doc->place(Json(nullptr));
    return *this;
}

const std::string& JsonWriter::str() const
{
    m_out = m_doc->empty ? std::string() : dump(m_doc->root, m_doc->pretty);
    return m_out;
}

void JsonWriter::appendQuoted(std::string& out, std::string_view text)
{
    out += dump(Json(std::string(text)), false);
}

} // namespace natdoctor
