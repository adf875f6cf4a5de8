#pragma once

#include "report/HeadlessReport.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <string>
#include <vector>

namespace natdoctor::app {

// One command's options, parsed by QCommandLineParser (no QCoreApplication
// needed). Parsing only: what a value means is checked by the command.
// `--name value` and `--name=value` both work; an option given more than once
// keeps every value (values()), value() is the last one.
//
// Arguments are handed to Qt byte for byte (as Latin-1), so a file name that is
// not valid UTF-8 comes back unchanged; option names are ASCII either way.
class CommandLine
{
public:
    explicit CommandLine(QList<QCommandLineOption> options);

    // Empty when `args` (without the program and command names) parse, else
    // one line: "unknown option --x", "--x needs a value", "--x takes no value".
    std::string parse(const std::vector<std::string>& args);

    bool isSet(const char* name) const;
    std::string value(const char* name) const;
    std::vector<std::string> values(const char* name) const;
    std::vector<std::string> positional() const;

    // One line per option, in the order given: "  --name VALUE   description".
    std::string optionsHelp() const;

private:
    QList<QCommandLineOption> m_options;
    QCommandLineParser m_parser;
};

// -h, --help.
QCommandLineOption helpOption();

// --report FILE, --redact, --paper and the case fields --case-id, --customer,
// --where-captured (ui::reportOptions()) as given.
ui::HeadlessReportFlags reportFlags(const CommandLine& commandLine);

} // namespace natdoctor::app
