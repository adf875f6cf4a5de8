#include "AnalyzeCommand.h"

#include <cstdio>

namespace natdoctor::app {

int runAnalyze(const std::vector<std::string>& args)
{
    (void)args;
    std::fprintf(stderr, "natdoctor: analyze: not implemented yet\n");
    return 2;
}

} // namespace natdoctor::app
