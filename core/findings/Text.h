#pragma once

// A finding's words as an English source template plus named, typed
// parameters; the text is made where it is shown. Core renders English with
// locale-free numbers (std::to_chars) for `--json` and the command line; the
// wizard and the report translate the template (Qt's QCoreApplication::translate,
// ui/findings/FindingText) and format the numbers in the user's locale.
//
// Template syntax (docs/design.md, "Finding texts"):
//   {name}             the parameter `name`
//   {name|one|other}   a plural: `one` when the number is 1, `other` otherwise,
//                      each with `#` standing for the number. Two forms are
//                      enough for English, German and Spanish.
// A template never holds a literal `{` or `}`; commands, addresses and ids are
// plain string parameters and are never translated.
//
// Templates are written with NATDOCTOR_TEXT(context, source), which Qt's lupdate
// extracts (ui/CMakeLists.txt: -tr-function-alias QT_TRANSLATE_NOOP=NATDOCTOR_TEXT),
// so translations/natdoctor_*.ts hold every template under the context "Finding".

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#define NATDOCTOR_TEXT(context, source) ::natdoctor::findings::Text(context, source)

namespace natdoctor::findings {

class Text;

struct TextParam
{
    enum class Kind {
        Integer, // 1500 (no digit grouping: ports, MTUs, counts)
        Grouped, // 55,000 (digit groups in the locale's style)
        Decimal, // 2.8 with a fixed number of places
        Scientific, // 1.2e-04 (p-values)
        Plain, // an address, a command, an id: shown as it is
        Nested, // a translated text inside this one (a role, a direction)
        List, // translated texts joined with `separator`
    };
    std::string name;
    Kind kind = Kind::Plain;
    long long integer = 0;
    double decimal = 0;
    int places = 0;
    std::string plain; // Plain: the value; List: the separator
    std::vector<Text> texts; // Nested: one; List: the items
};

class Text
{
public:
    Text() = default;
    Text(const char* context, const char* source)
        : m_context(context)
        , m_source(source)
    {
    }

    Text& integer(std::string_view name, long long value);
    Text& grouped(std::string_view name, double value); // rounded to a whole number
    Text& decimal(std::string_view name, double value, int places);
    Text& scientific(std::string_view name, double value, int places);
    Text& plain(std::string_view name, std::string value);
    Text& nested(std::string_view name, Text value);
    Text& list(std::string_view name, std::vector<Text> items, std::string separator = ", ");

    const char* context() const { return m_context; }
    const char* source() const { return m_source; }
    const std::vector<TextParam>& params() const { return m_params; }
    bool empty() const { return m_source == nullptr || *m_source == 0; }

    // English, numbers without the process locale.
    std::string english() const;

private:
    const char* m_context = "";
    const char* m_source = "";
    std::vector<TextParam> m_params;
};

// Several sentences: a finding's detail, a verdict's headline. Parts are
// joined with a space.
class Message
{
public:
    Message() = default;
    Message(Text text) { *this += std::move(text); }

    Message& operator+=(Text text);
    Message& operator+=(const Message& other);

    const std::vector<Text>& parts() const { return m_parts; }
    bool empty() const { return m_parts.empty(); }
    std::string english() const;

private:
    std::vector<Text> m_parts;
};

// How a text becomes words: the template to use for a source, and how
// numbers look. English (the default) is the source itself and std::to_chars.
class TextStyle
{
public:
    virtual ~TextStyle() = default;
    virtual std::string templateFor(const char* context, const char* source) const;
    virtual std::string integer(long long value, bool grouped) const;
    virtual std::string decimal(double value, int places) const;
    virtual std::string scientific(double value, int places) const;
    // Joins a message's sentences.
    virtual std::string sentenceSeparator() const { return " "; }
};

std::string render(const Text& text, const TextStyle& style);
std::string render(const Message& message, const TextStyle& style);

} // namespace natdoctor::findings
