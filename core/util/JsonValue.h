#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace natdoctor {

// A parsed JSON document (RFC 8259), for reading session files back. The
// parsing itself is nlohmann-json's (strict: leading zeros, unpaired
// surrogates, invalid UTF-8 and control characters in strings are errors;
// numbers do not depend on the process locale). Lookups of missing keys or
// indices give a shared null value, so chains like doc["a"]["b"].asString()
// never throw; check with isNull()/has() first where it matters.
class JsonValue
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    JsonValue() = default;

    // Parses a whole document; nullopt and a one-line `error` (with the byte
    // offset) on malformed input. Nesting deeper than 64 levels is refused.
    static std::optional<JsonValue> parse(std::string_view text, std::string& error);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isObject() const { return m_type == Type::Object; }
    bool isArray() const { return m_type == Type::Array; }
    bool isString() const { return m_type == Type::String; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isBool() const { return m_type == Type::Bool; }

    bool has(const std::string& key) const;
    const JsonValue& operator[](const std::string& key) const;
    const JsonValue& operator[](size_t index) const;
    size_t size() const; // elements of an array or members of an object
    const std::vector<JsonValue>& items() const { return m_items; }
    const std::map<std::string, JsonValue>& members() const { return m_members; }

    std::string asString(const std::string& fallback = {}) const;
    bool asBool(bool fallback = false) const;
    double asDouble(double fallback = 0) const;
    // An integer literal as is; a fractional one truncated; fallback when out of range.
    long long asInt(long long fallback = 0) const;
    // Only a non-negative integer literal; anything else gives the fallback.
    unsigned long long asUnsigned(unsigned long long fallback = 0) const;

private:
    friend class JsonTreeBuilder;

    Type m_type = Type::Null;
    bool m_bool = false;
    std::variant<long long, unsigned long long, double> m_number;
    std::string m_text; // string value
    std::vector<JsonValue> m_items;
    std::map<std::string, JsonValue> m_members;
};

} // namespace natdoctor
