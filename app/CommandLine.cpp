#include "CommandLine.h"

#include <QStringList>
#include <algorithm>

namespace natdoctor::app {

namespace {

QString bytes(const std::string& s)
{
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}

std::string bytes(const QString& s)
{
    return s.toLatin1().toStdString();
}

} // namespace

CommandLine::CommandLine(QList<QCommandLineOption> options)
    : m_options(std::move(options))
{
    // "-name" is "--name" (no bundles of one-letter options to misread).
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions(m_options);
}

std::string CommandLine::parse(const std::vector<std::string>& args)
{
    QStringList list { QStringLiteral("natdoctor") }; // parse() skips the program name
    for (const std::string& a : args)
        list << bytes(a);
    if (m_parser.parse(list))
        return {};

    // Qt says what failed in a sentence of its own; the same, in natdoctor's
    // words, from the arguments themselves.
    const auto find = [this](const std::string& name) -> const QCommandLineOption* {
        for (const QCommandLineOption& o : m_options) {
            if (o.names().contains(bytes(name)))
                return &o;
        }
        return nullptr;
    };
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--")
            break; // the rest is positional
        if (a.size() < 2 || a[0] != '-')
            continue;
        const size_t dashes = a[1] == '-' ? 2 : 1;
        const size_t eq = a.find('=');
        const std::string name = a.substr(dashes, eq == std::string::npos ? std::string::npos : eq - dashes);
        const std::string shown = a.substr(0, eq);
        const QCommandLineOption* option = find(name);
        if (!option)
            return "unknown option " + shown;
        const bool wantsValue = !option->valueName().isEmpty();
        if (wantsValue && eq == std::string::npos) {
            if (i + 1 == args.size())
                return shown + " needs a value";
            ++i; // the value, whatever it looks like
        } else if (!wantsValue && eq != std::string::npos) {
            return shown + " takes no value";
        }
    }
    std::string text = bytes(m_parser.errorText());
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    return text.empty() ? std::string("cannot read the arguments") : text;
}

bool CommandLine::isSet(const char* name) const
{
    return m_parser.isSet(QLatin1String(name));
}

std::string CommandLine::value(const char* name) const
{
    return bytes(m_parser.value(QLatin1String(name)));
}

std::vector<std::string> CommandLine::values(const char* name) const
{
    std::vector<std::string> out;
    for (const QString& v : m_parser.values(QLatin1String(name)))
        out.push_back(bytes(v));
    return out;
}

std::vector<std::string> CommandLine::positional() const
{
    std::vector<std::string> out;
    for (const QString& v : m_parser.positionalArguments())
        out.push_back(bytes(v));
    return out;
}

std::string CommandLine::optionsHelp() const
{
    constexpr size_t Column = 32;
    std::string out;
    for (const QCommandLineOption& o : m_options) {
        QStringList names;
        for (const QString& n : o.names())
            names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
        std::string left = "  " + names.join(QStringLiteral(", ")).toStdString();
        if (!o.valueName().isEmpty())
            left += " " + o.valueName().toStdString();
        left += left.size() + 2 > Column ? "\n" + std::string(Column, ' ')
                                         : std::string(Column - left.size(), ' ');
        out += left + o.description().toStdString() + "\n";
    }
    return out;
}

QCommandLineOption helpOption()
{
    return { { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("print this help") };
}

ui::HeadlessReportFlags reportFlags(const CommandLine& commandLine)
{
    ui::HeadlessReportFlags flags;
    flags.path = commandLine.value("report");
    flags.redact = commandLine.isSet("redact");
    flags.paper = commandLine.value("paper");
    flags.caseDetails.caseId = commandLine.value("case-id");
    flags.caseDetails.customer = commandLine.value("customer");
    flags.caseDetails.whereCaptured = commandLine.value("where-captured");
    return flags;
}

} // namespace natdoctor::app
