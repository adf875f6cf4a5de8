// natdoctor: starts the wizard, or runs a headless command.
#include "AnalyzeCommand.h"
#include "CommandLine.h"
#include "DiagnoseCommand.h"
#include "Translations.h"
#include "Wizard.h"
#include "util/Version.h"

#include <QApplication>
#include <QIcon>
#include <cstdio>
#include <string>
#include <vector>

namespace {

constexpr const char* Usage = R"(Usage:
  natdoctor [--lang en|de|es] [FILE.pcap]
                                start the wizard (optionally on a capture file), in the given
                                language or else in the system's
  natdoctor analyze FILE [--json] [--dest ADDRESS]...
                                analyse a pcap/pcapng capture headless
  natdoctor diagnose --public USER@HOST[:PORT] --dest HOST:PORT [--private USER@HOST[:PORT]]
                     [--remote USER@HOST[:PORT]] [--trigger http|https|tcp|icmp] [--size BYTES]
                     [--path /URL/PATH] [--attempts N] [--ipv6] [--echo-url URL|none]
                     [--known-hosts FILE] [--identity FILE]... [--ssh-config FILE] [--json]
                     [--save FILE] [--dead-man-seconds N] [--capture-file FILE.pcap]
                     [--aws [--profile P] [--region R] [--instance-id I] [--aws-endpoint-url URL]]
                                run the checks over SSH headless
  natdoctor analyze|diagnose ... --report FILE.pdf|.html|.json [--redact] [--paper a4|letter]
                     [--case-id ID] [--customer NAME] [--where-captured TEXT]
                                also write a findings report (redacted: addresses and
                                host names become host-A, host-B, ...; the case fields
                                are shown at its top)
  natdoctor analyze --help | diagnose --help
                                each command's options
  natdoctor --help | --version

Options (the wizard):
%s
Exit status (analyze, diagnose): 0 no problem found, 1 a problem found, 2 usage, input or
connection error, 3 inconclusive.
)";

QList<QCommandLineOption> options()
{
    return {
        { QStringLiteral("lang"), QStringLiteral("the wizard's language (default: the system's)"),
          QStringLiteral("en|de|es") },
        { QStringLiteral("version"), QStringLiteral("print the version") },
        natdoctor::app::helpOption(),
    };
}

} // namespace

int main(int argc, char* argv[])
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (!args.empty() && args.front() == "analyze")
        return natdoctor::app::runAnalyze({ args.begin() + 1, args.end() });
    if (!args.empty() && args.front() == "diagnose")
        return natdoctor::app::runDiagnose({ args.begin() + 1, args.end() });

    natdoctor::app::CommandLine commandLine(options());
    if (const std::string error = commandLine.parse(args); !error.empty()) {
        std::fprintf(stderr, "natdoctor: %s (see natdoctor --help)\n", error.c_str());
        return 2;
    }
    if (commandLine.isSet("help")) {
        std::printf(Usage, commandLine.optionsHelp().c_str());
        return 0;
    }
    if (commandLine.isSet("version")) {
        std::printf("natdoctor %s\n", std::string(natdoctor::version()).c_str());
        return 0;
    }
    QString language;
    if (commandLine.isSet("lang")) {
        // --lang LANG: one natdoctor has.
        const QString available = natdoctor::ui::availableLanguages().join(QStringLiteral(", "));
        language = QString::fromStdString(commandLine.value("lang"));
        if (!natdoctor::ui::availableLanguages().contains(language)) {
            std::fprintf(stderr, "natdoctor: unknown language \"%s\" (available: %s)\n",
                         commandLine.value("lang").c_str(), qPrintable(available));
            return 2;
        }
    }
    const std::vector<std::string> wizardArgs = commandLine.positional();
    if (wizardArgs.size() > 1) {
        std::fprintf(stderr, "natdoctor: unexpected arguments (see natdoctor --help)\n");
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("natdoctor"));
    QApplication::setApplicationName(QStringLiteral("natdoctor"));
    QApplication::setApplicationVersion(QString::fromUtf8(natdoctor::version().data()));
    natdoctor::ui::installTranslations(app, language);
    // Docks and Wayland match the window to the desktop entry and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.natdoctor.NatDoctor"));
    QIcon icon(QStringLiteral(":/icons/io.github.natdoctor.NatDoctor.svg"));
    for (const char* size : { "32", "64", "256" })
        icon.addFile(
            QStringLiteral(":/icons/png/%1/io.github.natdoctor.NatDoctor.png").arg(QLatin1String(size)));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.natdoctor.NatDoctor"), icon));
    natdoctor::ui::Wizard wizard;
    wizard.show();
    if (!wizardArgs.empty())
        wizard.openCapture(QString::fromLocal8Bit(wizardArgs.front().c_str()));
    return QApplication::exec();
}
