#include "findings/Text.h"

#include <charconv>
#include <cmath>

namespace natdoctor::findings {

namespace {

TextParam& add(std::vector<TextParam>& params, std::string_view name, TextParam::Kind kind)
{
    TextParam& p = params.emplace_back();
    p.name = std::string(name);
    p.kind = kind;
    return p;
}

const TextParam* lookup(const std::vector<TextParam>& params, std::string_view name)
{
    for (const TextParam& p : params)
        if (p.name == name)
            return &p;
    return nullptr;
}

std::string value(const TextParam& p, const TextStyle& style)
{
    switch (p.kind) {
    case TextParam::Kind::Integer:
        return style.integer(p.integer, false);
    case TextParam::Kind::Grouped:
        return style.integer(p.integer, true);
    case TextParam::Kind::Decimal:
        return style.decimal(p.decimal, p.places);
    case TextParam::Kind::Scientific:
        return style.scientific(p.decimal, p.places);
    case TextParam::Kind::Plain:
        return p.plain;
    case TextParam::Kind::Nested:
        return p.texts.empty() ? std::string() : render(p.texts.front(), style);
    case TextParam::Kind::List: {
        std::string out;
        for (const Text& t : p.texts)
            out += (out.empty() ? "" : p.plain) + render(t, style);
        return out;
    }
    }
    return {};
}

bool isOne(const TextParam& p)
{
    switch (p.kind) {
    case TextParam::Kind::Integer:
    case TextParam::Kind::Grouped:
        return p.integer == 1;
    case TextParam::Kind::Decimal:
    case TextParam::Kind::Scientific:
        return p.decimal == 1.0;
    default:
        return false;
    }
}

} // namespace

Text& Text::integer(std::string_view name, long long v)
{
    add(m_params, name, TextParam::Kind::Integer).integer = v;
    return *this;
}

Text& Text::grouped(std::string_view name, double v)
{
    add(m_params, name, TextParam::Kind::Grouped).integer = std::llround(v);
    return *this;
}

Text& Text::decimal(std::string_view name, double v, int places)
{
    TextParam& p = add(m_params, name, TextParam::Kind::Decimal);
    p.decimal = v;
    p.places = places;
    return *this;
}

Text& Text::scientific(std::string_view name, double v, int places)
{
    TextParam& p = add(m_params, name, TextParam::Kind::Scientific);
    p.decimal = v;
    p.places = places;
    return *this;
}

Text& Text::plain(std::string_view name, std::string v)
{
    add(m_params, name, TextParam::Kind::Plain).plain = std::move(v);
    return *this;
}

Text& Text::nested(std::string_view name, Text v)
{
    add(m_params, name, TextParam::Kind::Nested).texts.push_back(std::move(v));
    return *this;
}

Text& Text::list(std::string_view name, std::vector<Text> items, std::string separator)
{
    TextParam& p = add(m_params, name, TextParam::Kind::List);
    p.texts = std::move(items);
    p.plain = std::move(separator);
    return *this;
}

std::string Text::english() const
{
    return render(*this, TextStyle {});
}

Message& Message::operator+=(Text text)
{
    if (!text.empty())
        m_parts.push_back(std::move(text));
    return *this;
}

Message& Message::operator+=(const Message& other)
{
    for (const Text& t : other.m_parts)
        m_parts.push_back(t);
    return *this;
}

std::string Message::english() const
{
    return render(*this, TextStyle {});
}

std::string TextStyle::templateFor(const char*, const char* source) const
{
    return source ? source : "";
}

std::string TextStyle::integer(long long v, bool grouped) const
{
    char buffer[32];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, v);
    const std::string digits(buffer, r.ptr);
    if (!grouped)
        return digits;
    const size_t first = !digits.empty() && digits[0] == '-' ? 1 : 0;
    std::string out = digits.substr(0, first);
    for (size_t i = first; i < digits.size(); ++i) {
        if (i > first && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

std::string TextStyle::decimal(double v, int places) const
{
    char buffer[64];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed, places);
    return std::string(buffer, r.ptr);
}

std::string TextStyle::scientific(double v, int places) const
{
    char buffer[64];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::scientific, places);
    return std::string(buffer, r.ptr);
}

std::string render(const Text& text, const TextStyle& style)
{
    const std::string source = style.templateFor(text.context(), text.source());
    std::string out;
    out.reserve(source.size() + 32);
    size_t i = 0;
    while (i < source.size()) {
        const size_t open = source.find('{', i);
        if (open == std::string::npos) {
            out.append(source, i, std::string::npos);
            break;
        }
        out.append(source, i, open - i);
        const size_t close = source.find('}', open);
        if (close == std::string::npos) {
            out.append(source, open, std::string::npos);
            break;
        }
        const std::string_view field(source.data() + open + 1, close - open - 1);
        const size_t bar = field.find('|');
        const TextParam* p = lookup(text.params(), field.substr(0, bar));
        if (!p) {
            out.append(source, open, close - open + 1); // left visible: tests look for it
        } else if (bar == std::string_view::npos) {
            out += value(*p, style);
        } else {
            const std::string_view forms = field.substr(bar + 1);
            const size_t second = forms.find('|');
            const std::string_view form = isOne(*p) || second == std::string_view::npos
                ? forms.substr(0, second)
                : forms.substr(second + 1);
            const std::string number = value(*p, style);
            for (char c : form) {
                if (c == '#')
                    out += number;
                else
                    out += c;
            }
        }
        i = close + 1;
    }
    return out;
}

std::string render(const Message& message, const TextStyle& style)
{
    std::string out;
    for (const Text& t : message.parts()) {
        if (!out.empty())
            out += style.sentenceSeparator();
        out += render(t, style);
    }
    return out;
}

} // namespace natdoctor::findings
