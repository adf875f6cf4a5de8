// natdoctor: starts the wizard, or runs a headless command.
#include "AnalyzeCommand.h"
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
                                        start the wizard (optionally on a capture file), in
                                        the given language or else in the system's
  natdoctor analyze FILE [--json]       analyse a pcap/pcapng capture headless
  natdoctor analyze|diagnose ... --report FILE.pdf|.html|.json [--redact] [--paper a4|letter]
                                        also write a findings report (redacted: addresses and
                                        host names become host-A, host-B, ...)
  natdoctor diagnose --public USER@HOST[:PORT] --dest HOST:PORT [--private USER@HOST[:PORT]]
                     [--remote USER@HOST[:PORT]] [--trigger http|tcp|icmp] [--size BYTES]
                     [--path /URL/PATH] [--attempts N] [--known-hosts FILE] [--identity FILE]
                     [--ssh-config FILE] [--json] [--save FILE] [--dead-man-seconds N]
                     [--capture-file FILE.pcap]
                                        run the checks over SSH headless
  natdoctor --help | --version

Exit status: 0 success, 1 a problem was found (diagnose), 2 usage or input error.
)";

// Moves "--lang LANG" out of `args` into `language`. False, after a one-line
// error, when LANG is missing or not a language natdoctor has.
bool takeLanguageOption(std::vector<std::string>& args, QString& language)
{
    for (auto it = args.begin(); it != args.end(); ++it) {
        if (*it != "--lang")
            continue;
        const QString available = natdoctor::ui::availableLanguages().join(QStringLiteral(", "));
        if (it + 1 == args.end()) {
            std::fprintf(stderr, "natdoctor: --lang needs a language (%s)\n", qPrintable(available));
            return false;
        }
        language = QString::fromStdString(*(it + 1));
        if (!natdoctor::ui::availableLanguages().contains(language)) {
            std::fprintf(stderr, "natdoctor: unknown language \"%s\" (available: %s)\n", (it + 1)->c_str(),
                         qPrintable(available));
            return false;
        }
        args.erase(it, it + 2);
        return true;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (!args.empty()) {
        const std::string& first = args.front();
        if (first == "--help" || first == "-h") {
            std::fputs(Usage, stdout);
            return 0;
        }
        if (first == "--version") {
            std::printf("natdoctor %s\n", std::string(natdoctor::version()).c_str());
            return 0;
        }
        if (first == "analyze")
            return natdoctor::app::runAnalyze({ args.begin() + 1, args.end() });
        if (first == "diagnose")
            return natdoctor::app::runDiagnose({ args.begin() + 1, args.end() });
    }

    std::vector<std::string> wizardArgs = args;
    QString language;
    if (!takeLanguageOption(wizardArgs, language))
        return 2;
    if (wizardArgs.size() > 1 || (!wizardArgs.empty() && wizardArgs.front().starts_with('-'))) {
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
        icon.addFile(QStringLiteral(":/icons/png/%1/io.github.natdoctor.NatDoctor.png").arg(QLatin1String(size)));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.natdoctor.NatDoctor"), icon));
    natdoctor::ui::Wizard wizard;
    wizard.show();
    if (!wizardArgs.empty())
        wizard.openCapture(QString::fromLocal8Bit(wizardArgs.front().c_str()));
    return QApplication::exec();
}
