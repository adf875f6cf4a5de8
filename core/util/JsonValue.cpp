#include "util/JsonValue.h"

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>

namespace natdoctor {

namespace {

const JsonValue& nullValue()
{
    static const JsonValue null;
    return null;
}

constexpr size_t kMaxDepth = 64;

} // namespace

// nlohmann-json tokenizes and validates; its SAX events build the JsonValue
// tree directly (no intermediate nlohmann::json document), and the depth
// limit is enforced here because nlohmann has none.
class JsonTreeBuilder : public nlohmann::json_sax<nlohmann::json>
{
public:
    bool null() override { return place(JsonValue {}); }

    bool boolean(bool flag) override
    {
        JsonValue v;
        v.m_type = JsonValue::Type::Bool;
        v.m_bool = flag;
        return place(std::move(v));
    }

    bool number_integer(number_integer_t number) override
    {
        return number_value(static_cast<long long>(number));
    }
    bool number_unsigned(number_unsigned_t number) override
    {
        return number_value(static_cast<unsigned long long>(number));
    }
    bool number_float(number_float_t number, const string_t&) override { return number_value(number); }

    bool string(string_t& text) override
    {
        JsonValue v;
        v.m_type = JsonValue::Type::String;
        v.m_text = std::move(text);
        return place(std::move(v));
    }

    bool binary(binary_t&) override { return fail("binary values are not JSON"); }

    bool start_object(std::size_t) override { return open(JsonValue::Type::Object); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(JsonValue::Type::Array); }
    bool end_array() override { return close(); }

    bool key(string_t& name) override
    {
        m_key = std::move(name);
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override
    {
        // "[json.exception.parse_error.101] parse error at line 1, column 2: …" without the tag.
        std::string what = e.what();
        if (const size_t tag = what.find("] "); tag != std::string::npos)
            what.erase(0, tag + 2);
        m_position = position;
        return fail(what);
    }

    JsonValue& root() { return m_root; }
    std::string error() const
    {
        return m_position ? m_error + " (at byte " + std::to_string(*m_position) + ")" : m_error;
    }

private:
    bool fail(std::string why)
    {
        if (m_error.empty())
            m_error = std::move(why);
        return false;
    }

    template <typename Number> bool number_value(Number number)
    {
        JsonValue v;
        v.m_type = JsonValue::Type::Number;
        v.m_number = number;
        return place(std::move(v));
    }

    // Puts a value where the document is: the root, the next array element,
    // or the member named by the last key. Returns where it went via m_last.
    bool place(JsonValue&& value)
    {
        if (m_open.empty()) {
            m_root = std::move(value);
            m_last = &m_root;
            return true;
        }
        JsonValue& parent = *m_open.back();
        if (parent.m_type == JsonValue::Type::Array) {
            parent.m_items.push_back(std::move(value));
            m_last = &parent.m_items.back();
        } else {
            m_last = &parent.m_members.insert_or_assign(std::move(m_key), std::move(value)).first->second;
        }
        return true;
    }

    bool open(JsonValue::Type type)
    {
        if (m_open.size() >= kMaxDepth)
            return fail("nested too deeply");
        JsonValue container;
        container.m_type = type;
        place(std::move(container));
        // Only the innermost open container gains elements, so pointers to
        // the enclosing ones stay valid until they are closed.
        m_open.push_back(m_last);
        return true;
    }

    bool close()
    {
        m_open.pop_back();
        return true;
    }

    JsonValue m_root;
    JsonValue* m_last = nullptr;
    std::vector<JsonValue*> m_open;
    std::string m_key;
    std::string m_error;
    std::optional<size_t> m_position; // nlohmann's, for syntax errors
};

std::optional<JsonValue> JsonValue::parse(std::string_view text, std::string& error)
{
    JsonTreeBuilder builder;
    if (!nlohmann::json::sax_parse(text.begin(), text.end(), &builder)) {
        error = builder.error();
        return std::nullopt;
    }
    return std::move(builder.root());
}

bool JsonValue::has(const std::string& key) const
{
    return m_type == Type::Object && m_members.count(key) != 0;
}

const JsonValue& JsonValue::operator[](const std::string& key) const
{
    if (m_type != Type::Object)
        return nullValue();
    const auto it = m_members.find(key);
    return it == m_members.end() ? nullValue() : it->second;
}

const JsonValue& JsonValue::operator[](size_t index) const
{
    return m_type == Type::Array && index < m_items.size() ? m_items[index] : nullValue();
}

size_t JsonValue::size() const
{
    return m_type == Type::Array ? m_items.size() : m_type == Type::Object ? m_members.size() : 0;
}

std::string JsonValue::asString(const std::string& fallback) const
{
    return m_type == Type::String ? m_text : fallback;
}

bool JsonValue::asBool(bool fallback) const
{
    return m_type == Type::Bool ? m_bool : fallback;
}

double JsonValue::asDouble(double fallback) const
{
    if (m_type != Type::Number)
        return fallback;
    return std::visit([](auto n) { return static_cast<double>(n); }, m_number);
}

long long JsonValue::asInt(long long fallback) const
{
    if (m_type != Type::Number)
        return fallback;
    if (const auto* n = std::get_if<long long>(&m_number))
        return *n;
    if (const auto* n = std::get_if<unsigned long long>(&m_number))
        return *n <= static_cast<unsigned long long>(std::numeric_limits<long long>::max())
            ? static_cast<long long>(*n)
            : fallback;
    const double d = std::trunc(std::get<double>(m_number));
    // 2^63 is exactly representable; anything at or beyond it would overflow.
    return d >= -9223372036854775808.0 && d < 9223372036854775808.0 ? static_cast<long long>(d) : fallback;
}

unsigned long long JsonValue::asUnsigned(unsigned long long fallback) const
{
    if (m_type != Type::Number)
        return fallback;
    if (const auto* n = std::get_if<unsigned long long>(&m_number))
        return *n;
    return fallback;
}

} // namespace natdoctor
