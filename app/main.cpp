// natdoctor: starts the wizard, or runs a headless command.
#include "AnalyzeCommand.h"
#include "DiagnoseCommand.h"
#include "Wizard.h"

#include "util/Version.h"

#include <QApplication>
#include <cstdio>
#include <string>
#include <vector>

namespace {

constexpr const char* Usage = R"(Usage:
  natdoctor [FILE.pcap]                 start the wizard (optionally on a capture file)
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

    if (args.size() > 1 || (!args.empty() && args.front().starts_with('-'))) {
        std::fprintf(stderr, "natdoctor: unexpected arguments (see natdoctor --help)\n");
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("natdoctor"));
    QApplication::setApplicationName(QStringLiteral("natdoctor"));
    QApplication::setApplicationVersion(QString::fromUtf8(natdoctor::version().data()));
    natdoctor::ui::Wizard wizard;
    wizard.show();
    if (!args.empty())
        wizard.openCapture(QString::fromLocal8Bit(args.front().c_str()));
    return QApplication::exec();
}
