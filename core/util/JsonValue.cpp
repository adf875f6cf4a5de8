#include "util/JsonValue.h"

#include <charconv>
#include <cstdlib>

namespace natdoctor {

namespace {

const JsonValue& nullValue()
{
    static const JsonValue null;
    return null;
}

void appendUtf8(std::string& out, unsigned code)
{
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xc0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xe0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (code & 0x3f));
    } else {
        out += static_cast<char>(0xf0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3f));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (code & 0x3f));
    }
}

} // namespace

class JsonParser
{
public:
    explicit JsonParser(std::string_view text)
        : m_text(text)
    {
    }

    bool parseDocument(JsonValue& out)
    {
        skipSpace();
        if (!parseValue(out, 0))
            return false;
        skipSpace();
        if (m_pos != m_text.size())
            return fail("unexpected text after the document");
        return true;
    }

    std::string error() const { return m_error + " at byte " + std::to_string(m_pos); }

private:
    static constexpr int MaxDepth = 64;

    bool fail(const char* why)
    {
        if (m_error.empty())
            m_error = why;
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()
            && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r' || m_text[m_pos] == '\t'))
            ++m_pos;
    }

    bool literal(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) != word)
            return fail("invalid literal");
        m_pos += word.size();
        return true;
    }

    bool parseValue(JsonValue& out, int depth)
    {
        if (depth > MaxDepth)
            return fail("nested too deeply");
        if (m_pos >= m_text.size())
            return fail("unexpected end of input");
        const char c = m_text[m_pos];
        switch (c) {
        case '{': return parseObject(out, depth);
        case '[': return parseArray(out, depth);
        case '"': out.m_type = JsonValue::Type::String; return parseString(out.m_text);
        case 't': out.m_type = JsonValue::Type::Bool; out.m_bool = true; return literal("true");
        case 'f': out.m_type = JsonValue::Type::Bool; out.m_bool = false; return literal("false");
        case 'n': out.m_type = JsonValue::Type::Null; return literal("null");
        default: return parseNumber(out);
        }
    }

    bool parseNumber(JsonValue& out)
    {
        const size_t start = m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '-')
            ++m_pos;
        const auto digits = [&] {
            const size_t from = m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
                ++m_pos;
            return m_pos > from;
        };
        if (!digits())
            return fail("invalid value");
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            ++m_pos;
            if (!digits())
                return fail("invalid number");
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
                ++m_pos;
            if (!digits())
                return fail("invalid number");
        }
        out.m_type = JsonValue::Type::Number;
        out.m_text = std::string(m_text.substr(start, m_pos - start));
        return true;
    }

    bool hex4(unsigned& code)
    {
        if (m_pos + 4 > m_text.size())
            return fail("short \\u escape");
        const auto [end, ec] = std::from_chars(m_text.data() + m_pos, m_text.data() + m_pos + 4, code, 16);
        if (ec != std::errc() || end != m_text.data() + m_pos + 4)
            return fail("invalid \\u escape");
        m_pos += 4;
        return true;
    }

    bool parseString(std::string& out)
    {
        ++m_pos; // opening quote
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '"')
                return true;
            if (static_cast<unsigned char>(c) < 0x20)
                return fail("control character in string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            const char e = m_text[m_pos++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                unsigned code = 0;
                if (!hex4(code))
                    return false;
                if (code >= 0xd800 && code < 0xdc00 && m_text.substr(m_pos, 2) == "\\u") {
                    m_pos += 2;
                    unsigned low = 0;
                    if (!hex4(low))
                        return false;
                    if (low >= 0xdc00 && low < 0xe000)
                        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                }
                appendUtf8(out, code);
                break;
            }
            default: return fail("invalid escape");
            }
        }
        return fail("unterminated string");
    }

    bool parseArray(JsonValue& out, int depth)
    {
        out.m_type = JsonValue::Type::Array;
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        while (true) {
            skipSpace();
            out.m_items.emplace_back();
            if (!parseValue(out.m_items.back(), depth + 1))
                return false;
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == ']') {
                ++m_pos;
                return true;
            }
            return fail("expected , or ] in array");
        }
    }

    bool parseObject(JsonValue& out, int depth)
    {
        out.m_type = JsonValue::Type::Object;
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"')
                return fail("expected a member name");
            std::string key;
            if (!parseString(key))
                return false;
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                return fail("expected : after a member name");
            ++m_pos;
            skipSpace();
            JsonValue value;
            if (!parseValue(value, depth + 1))
                return false;
            out.m_members.insert_or_assign(std::move(key), std::move(value));
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == '}') {
                ++m_pos;
                return true;
            }
            return fail("expected , or } in object");
        }
    }

    std::string_view m_text;
    size_t m_pos = 0;
    std::string m_error;
};

std::optional<JsonValue> JsonValue::parse(std::string_view text, std::string& error)
{
    JsonParser parser(text);
    JsonValue value;
    if (!parser.parseDocument(value)) {
        error = parser.error();
        return std::nullopt;
    }
    return value;
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
    return std::strtod(m_text.c_str(), nullptr);
}

long long JsonValue::asInt(long long fallback) const
{
    if (m_type != Type::Number)
        return fallback;
    long long value = 0;
    const auto [end, ec] = std::from_chars(m_text.data(), m_text.data() + m_text.size(), value);
    return ec == std::errc() && end == m_text.data() + m_text.size() ? value : static_cast<long long>(asDouble());
}

unsigned long long JsonValue::asUnsigned(unsigned long long fallback) const
{
    if (m_type != Type::Number || (!m_text.empty() && m_text[0] == '-'))
        return fallback;
    unsigned long long value = 0;
    const auto [end, ec] = std::from_chars(m_text.data(), m_text.data() + m_text.size(), value);
    return ec == std::errc() && end == m_text.data() + m_text.size() ? value : fallback;
}

} // namespace natdoctor
