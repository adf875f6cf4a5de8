// Runs LLVMFuzzerTestOneInput once over every file in the given files and
// directories, for builds without libFuzzer (gcc): the kept corpus and crashers
// are then checked by every build, not only by the clang fuzzing one.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> inputsIn(const fs::path& arg)
{
    std::vector<fs::path> files;
    if (fs::is_directory(arg)) {
        for (const auto& entry : fs::directory_iterator(arg)) {
            if (entry.is_regular_file())
                files.push_back(entry.path());
        }
        std::sort(files.begin(), files.end()); // a stable order makes a failure reproducible
    } else if (fs::is_regular_file(arg)) {
        files.push_back(arg);
    }
    return files;
}

} // namespace

int main(int argc, char** argv)
{
    size_t runs = 0;
    for (int i = 1; i < argc; ++i) {
        for (const fs::path& file : inputsIn(argv[i])) {
            std::ifstream in(file, std::ios::binary);
            const std::vector<char> bytes { std::istreambuf_iterator<char>(in),
                                            std::istreambuf_iterator<char>() };
            if (!in.good() && !in.eof()) {
                std::fprintf(stderr, "cannot read %s\n", file.c_str());
                return 1;
            }
            std::printf("running %s (%zu bytes)\n", file.c_str(), bytes.size());
            std::fflush(stdout); // so a crash names the input that caused it
            // A copy of exactly the input's size, as libFuzzer passes it.
            const std::vector<uint8_t> input(bytes.begin(), bytes.end());
            LLVMFuzzerTestOneInput(input.empty() ? nullptr : input.data(), input.size());
            ++runs;
        }
    }
    // No inputs means a wrong path, not a pass.
    if (runs == 0) {
        std::fprintf(stderr, "no fuzz inputs found\n");
        return 1;
    }
    std::printf("%zu inputs ran without a crash\n", runs);
    return 0;
}
