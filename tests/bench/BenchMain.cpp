// natdoctor benchmark (docs/design.md §7: a benchmark, not a timed test). Writes a
// large synthetic capture, then times on the same file, cache warm, a bare
// libpcap read loop, `natdoctor analyze --json`, and tcpdump / tshark with the
// fragment filter when installed. Prints medians, ratios to the bare loop and
// natdoctor's peak RSS, for the capture and one `--scale` times larger; that
// one also as a multi-interface pcapng (Ethernet and Linux cooked v2, micro-
// and nanosecond timestamps) and a zstd-compressed copy of it, which the bare
// libpcap loop cannot read: their ratios are to the bare loop on the pcap.
// Exit status: 0 targets met, 1 wrong counts or a failed run, 3 a target missed.

#include "ChildProcess.h"
#include "SyntheticCapture.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

using namespace natdoctor::bench;

namespace {

constexpr double RatioTarget = 1.5;
constexpr double RssTargetMiB = 64;
constexpr const char* FragmentBpf = "ip[6:2] & 0x3fff != 0";
constexpr const char* FragmentDisplayFilter = "ip.flags.mf==1 || ip.frag_offset>0";

struct Options
{
    std::string natdoctor;
    std::string pcapLoop;
    std::string workDir;
    uint64_t flows = SyntheticConfig {}.flows;
    uint32_t clients = SyntheticConfig {}.clients;
    uint32_t servers = SyntheticConfig {}.servers;
    uint64_t scale = 3;
    int runs = 3;
};

struct Timing
{
    std::vector<ChildResult> runs;
    std::string lastStdout; // path of the last run's output

    double median(bool cpu = false) const
    {
        std::vector<double> s;
        for (const ChildResult& r : runs)
            s.push_back(cpu ? r.cpuSeconds : r.seconds);
        std::sort(s.begin(), s.end());
        return s.empty() ? 0 : s[s.size() / 2];
    }
    double peakRssMiB() const
    {
        long kib = 0;
        for (const ChildResult& r : runs)
            kib = std::max(kib, r.maxRssKiB);
        return static_cast<double>(kib) / 1024;
    }
};

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Cached generator output: the counts sit next to the capture, so a second
// run of the benchmark skips the (deterministic) generation.
SyntheticCounts prepareCapture(const std::string& path, const SyntheticConfig& config)
{
    const std::string countsPath = path + ".counts";
    SyntheticCounts c;
    struct stat st
    {
    };
    std::ifstream cached(countsPath);
    if (cached >> c.packets >> c.fragmentPackets >> c.fragmentDatagrams >> c.connections >> c.established
            >> c.fragmentedConnections >> c.refused >> c.unanswered >> c.synRetransmissions >> c.bytes
        && ::stat(path.c_str(), &st) == 0 && static_cast<uint64_t>(st.st_size) == c.bytes) {
        std::printf("capture %s: reusing the generated file\n", path.c_str());
        return c;
    }
    std::printf("capture %s: generating %llu flows...\n", path.c_str(),
                static_cast<unsigned long long>(config.flows));
    std::fflush(stdout);
    const auto start = std::chrono::steady_clock::now();
    c = writeSyntheticCapture(path, config);
    std::printf("  written in %.1f s\n",
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    std::ofstream(countsPath) << c.packets << ' ' << c.fragmentPackets << ' ' << c.fragmentDatagrams << ' '
                              << c.connections << ' ' << c.established << ' ' << c.fragmentedConnections
                              << ' ' << c.refused << ' ' << c.unanswered << ' ' << c.synRetransmissions << ' '
                              << c.bytes << '\n';
    return c;
}

// Reads the file once so every timed tool starts with it in the page cache.
void warmCache(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw std::runtime_error("cannot open " + path);
    std::vector<char> buffer(1 << 20);
    while (::read(fd, buffer.data(), buffer.size()) > 0) { }
    ::close(fd);
}

// The number after "key": in `json`, looked up after the object "section"
// starts (the top level when section is empty). Enough for the fixed contract
// of docs/design.md §5; -1 when absent.
long long jsonCount(const std::string& json, const std::string& section, const std::string& key)
{
    size_t from = 0;
    if (!section.empty()) {
        from = json.find("\"" + section + "\":{");
        if (from == std::string::npos)
            return -1;
    }
    const std::string needle = "\"" + key + "\":";
    const size_t at = json.find(needle, from);
    if (at == std::string::npos)
        return -1;
    return std::atoll(json.c_str() + at + needle.size());
}

long long firstNumber(const std::string& text)
{
    const size_t at = text.find_first_of("0123456789");
    return at == std::string::npos ? -1 : std::atoll(text.c_str() + at);
}

long long countLines(const std::string& text)
{
    return std::count(text.begin(), text.end(), '\n');
}

void runTimed(Timing& timing, const std::string& name, const std::vector<std::string>& argv, const Options& o)
{
    const std::string out = o.workDir + "/" + name + ".stdout";
    const ChildResult r = runChild(argv, out, o.workDir + "/" + name + ".stderr");
    // `natdoctor analyze` exits with the capture's verdict: 0 no problem, 1 a
    // problem found, 3 inconclusive; 2 (bad input) and anything else is a failure.
    const bool analyze = argv.size() > 1 && argv[1] == "analyze";
    const bool ok = r.exitStatus == 0 || (analyze && (r.exitStatus == 1 || r.exitStatus == 3));
    if (!ok)
        throw std::runtime_error(name + " failed with status " + std::to_string(r.exitStatus) + ", see "
                                 + o.workDir + "/" + name + ".stderr");
    timing.runs.push_back(r);
    timing.lastStdout = out;
}

struct CountRow
{
    const char* field;
    uint64_t expected;
    long long natdoctor;
};

// Prints generator vs natdoctor counts; false if any differ.
bool checkCounts(const SyntheticCounts& c, const std::string& json)
{
    const CountRow rows[] = {
        { "packets", c.packets, jsonCount(json, "", "packets") },
        { "fragments.packets", c.fragmentPackets, jsonCount(json, "fragments", "packets") },
        { "fragments.datagrams", c.fragmentDatagrams, jsonCount(json, "fragments", "datagrams") },
        { "fragments.reassembled", c.fragmentDatagrams, jsonCount(json, "fragments", "reassembled") },
        { "tcp.connections", c.connections, jsonCount(json, "tcp", "connections") },
        { "tcp.established", c.established, jsonCount(json, "tcp", "established") },
        { "tcp.refused", c.refused, jsonCount(json, "tcp", "refused") },
        // Attempts still young at the end of the capture are "undetermined".
        { "tcp.unanswered+undetermined", c.unanswered,
          jsonCount(json, "tcp", "unanswered") + std::max(0LL, jsonCount(json, "tcp", "undetermined")) },
        { "tcp.syn_retransmissions", c.synRetransmissions, jsonCount(json, "tcp", "syn_retransmissions") },
        { "tcp.fragmented_connections", c.fragmentedConnections,
          jsonCount(json, "tcp", "fragmented_connections") },
    };
    bool ok = true;
    std::printf("  %-28s %12s %12s\n", "count", "generator", "reported");
    for (const CountRow& row : rows) {
        const bool same = row.natdoctor >= 0 && static_cast<uint64_t>(row.natdoctor) == row.expected;
        ok = ok && same;
        std::printf("  %-28s %12llu %12lld%s\n", row.field, static_cast<unsigned long long>(row.expected),
                    row.natdoctor, same ? "" : "   <-- MISMATCH");
    }
    return ok;
}

bool checkExternalCount(const char* tool, long long counted, uint64_t expected, const char* what)
{
    const bool same = counted >= 0 && static_cast<uint64_t>(counted) == expected;
    std::printf("  %-28s %12llu %12lld%s\n", (std::string(tool) + " " + what).c_str(),
                static_cast<unsigned long long>(expected), counted, same ? "" : "   <-- MISMATCH");
    return same;
}

struct SizeResult
{
    double bare = 0;
    double analyze = 0;
    double bareCpu = 0;
    double analyzeCpu = 0;
    double rssMiB = 0;
    uint64_t packets = 0;
    bool countsOk = true;
    std::string path;
    SyntheticCounts counts;
};

// Times one capture; `withTools` adds tcpdump and tshark.
SizeResult benchCapture(const Options& o, uint64_t flows, bool withTools)
{
    SyntheticConfig config;
    config.flows = flows;
    config.clients = o.clients;
    config.servers = o.servers;
    std::string name = "synthetic-" + std::to_string(flows);
    if (config.clients != SyntheticConfig {}.clients || config.servers != SyntheticConfig {}.servers)
        name += "-" + std::to_string(config.clients) + "c-" + std::to_string(config.servers) + "s";
    const std::string path = o.workDir + "/" + name + ".pcap";
    const SyntheticCounts counts = prepareCapture(path, config);
    std::printf("  %llu packets, %.0f MiB, %llu flows\n", static_cast<unsigned long long>(counts.packets),
                static_cast<double>(counts.bytes) / (1 << 20), static_cast<unsigned long long>(flows));
    warmCache(path);

    const bool tcpdump = withTools && onPath("tcpdump");
    const bool tshark = withTools && onPath("tshark");
    Timing bare, analyze, dump, shark;
    // Rounds interleave the tools so drift in machine load hits them alike.
    for (int round = 0; round < o.runs; ++round) {
        runTimed(bare, "bare", { o.pcapLoop, path }, o);
        runTimed(analyze, "analyze", { o.natdoctor, "analyze", "--json", path }, o);
        if (tcpdump)
            runTimed(dump, "tcpdump", { "tcpdump", "--count", "-r", path, "-nn", FragmentBpf }, o);
    }
    if (tshark) // slow: one run only
        runTimed(shark, "tshark", { "tshark", "-n", "-r", path, "-Y", FragmentDisplayFilter }, o);

    SizeResult result;
    result.bare = bare.median();
    result.analyze = analyze.median();
    result.bareCpu = bare.median(true);
    result.analyzeCpu = analyze.median(true);
    result.rssMiB = analyze.peakRssMiB();
    result.packets = counts.packets;
    result.path = path;
    result.counts = counts;

    const auto row = [&](const char* name, const Timing& t, const char* note) {
        if (t.runs.empty())
            return;
        std::printf("  %-32s %7.3f s %7.2fx %7.3f s %7.2fx %9.1f MiB %4zu run%s%s\n", name, t.median(),
                    t.median() / result.bare, t.median(true), t.median(true) / result.bareCpu, t.peakRssMiB(),
                    t.runs.size(), t.runs.size() == 1 ? "" : "s", note);
    };
    std::printf("  %-32s %9s %8s %9s %8s %13s\n", "(medians)", "wall", "vs bare", "cpu", "vs bare",
                "peak RSS");
    row("bare libpcap loop", bare, "");
    row("natdoctor analyze --json", analyze, "");
    row("tcpdump --count (fragment BPF)", dump, "");
    row("tshark -Y (fragment filter)", shark, "   (one run: slow)");
    if (withTools && !tcpdump)
        std::printf("  tcpdump: not installed, skipped\n");
    if (withTools && !tshark)
        std::printf("  tshark: not installed, skipped\n");

    result.countsOk = checkCounts(counts, readFile(analyze.lastStdout));
    result.countsOk
        &= checkExternalCount("bare loop", firstNumber(readFile(bare.lastStdout)), counts.packets, "records");
    if (tcpdump)
        result.countsOk &= checkExternalCount("tcpdump", firstNumber(readFile(dump.lastStdout)),
                                              counts.fragmentPackets, "fragments");
    if (tshark)
        result.countsOk &= checkExternalCount("tshark", countLines(readFile(shark.lastStdout)),
                                              counts.fragmentPackets, "fragments");
    return result;
}

// Rewrites the pcap at `in` as a pcapng with two interfaces: flows of even
// client addresses stay Ethernet (microseconds), the others become Linux
// cooked v2 (the 14-byte Ethernet header replaced by a 20-byte SLL2 one,
// nanosecond timestamps). Same packets, same counts. Cached like the pcap.
uint64_t writeMultiInterfacePcapng(const std::string& in, const std::string& out)
{
    struct stat st
    {
    };
    const std::string sizePath = out + ".size";
    uint64_t cachedSize = 0;
    if (std::ifstream(sizePath) >> cachedSize && ::stat(out.c_str(), &st) == 0
        && static_cast<uint64_t>(st.st_size) == cachedSize) {
        std::printf("capture %s: reusing the converted file\n", out.c_str());
        return cachedSize;
    }
    std::printf("capture %s: converting to a two-interface pcapng...\n", out.c_str());
    std::fflush(stdout);
    std::unique_ptr<FILE, int (*)(FILE*)> src(std::fopen(in.c_str(), "rb"), &std::fclose);
    std::unique_ptr<FILE, int (*)(FILE*)> dst(std::fopen(out.c_str(), "wb"), &std::fclose);
    if (!src || !dst)
        throw std::runtime_error("cannot convert " + in);
    std::setvbuf(src.get(), nullptr, _IOFBF, 1 << 20);
    std::setvbuf(dst.get(), nullptr, _IOFBF, 1 << 20);
    std::vector<uint8_t> block;
    const auto put32 = [&](uint32_t v) {
        block.insert(block.end(), reinterpret_cast<uint8_t*>(&v), reinterpret_cast<uint8_t*>(&v) + 4);
    };
    const auto put16 = [&](uint16_t v) {
        block.insert(block.end(), reinterpret_cast<uint8_t*>(&v), reinterpret_cast<uint8_t*>(&v) + 2);
    };
    const auto emit = [&](uint32_t type) {
        while (block.size() % 4 != 0)
            block.push_back(0);
        const auto length = static_cast<uint32_t>(block.size() + 12);
        std::fwrite(&type, 4, 1, dst.get());
        std::fwrite(&length, 4, 1, dst.get());
        std::fwrite(block.data(), 1, block.size(), dst.get());
        std::fwrite(&length, 4, 1, dst.get());
        block.clear();
    };
    put32(0x1a2b3c4d);
    put16(1);
    put16(0);
    put32(0xffffffff);
    put32(0xffffffff);
    emit(0x0a0d0d0a);
    put16(1); // Ethernet
    put16(0);
    put32(65535);
    emit(1);
    put16(276); // Linux cooked v2
    put16(0);
    put32(262144);
    put16(9); // if_tsresol: nanoseconds
    put16(1);
    put32(9);
    put32(0);
    emit(1);

    uint8_t header[24];
    if (std::fread(header, 1, 24, src.get()) != 24)
        throw std::runtime_error("short pcap " + in);
    std::vector<uint8_t> frame(1 << 16);
    uint32_t record[4];
    while (std::fread(record, 4, 4, src.get()) == 4) {
        const uint32_t caplen = record[2];
        if (caplen > frame.size() || std::fread(frame.data(), 1, caplen, src.get()) != caplen)
            throw std::runtime_error("damaged pcap " + in);
        // By the parity of the two addresses' last bytes: the same both ways, so a flow stays on one
        // interface.
        const bool cooked = caplen >= 34 && ((frame[14 + 15] ^ frame[14 + 19]) & 1) != 0;
        const uint64_t us = static_cast<uint64_t>(record[0]) * 1'000'000 + record[1];
        const uint64_t ticks = cooked ? us * 1000 : us;
        put32(cooked ? 1 : 0);
        put32(static_cast<uint32_t>(ticks >> 32));
        put32(static_cast<uint32_t>(ticks));
        if (cooked) {
            put32(caplen + 6);
            put32(record[3] + 6);
            const uint8_t sll2[20] = { frame[12], frame[13], 0,         0,         0, 0,        0,
                                       2,         0,         1,         0,         6, frame[6], frame[7],
                                       frame[8],  frame[9],  frame[10], frame[11], 0, 0 };
            block.insert(block.end(), sll2, sll2 + 20);
        } else {
            put32(caplen);
            put32(record[3]);
            block.insert(block.end(), frame.data(), frame.data() + 14);
        }
        block.insert(block.end(), frame.data() + 14, frame.data() + caplen);
        emit(6);
    }
    const long size = std::ftell(dst.get());
    if (size < 0 || std::fflush(dst.get()) != 0)
        throw std::runtime_error("writing " + out + " failed");
    std::ofstream(sizePath) << size << '\n';
    return static_cast<uint64_t>(size);
}

struct FormatResult
{
    double analyze = 0;
    double analyzeCpu = 0;
    double rssMiB = 0;
    bool countsOk = true;
};

// Times natdoctor on another file holding the same packets as a benchmarked pcap.
FormatResult benchFormat(const Options& o, const std::string& name, const std::string& path,
                         const SyntheticCounts& counts, const SizeResult& pcap)
{
    warmCache(path);
    Timing analyze;
    for (int round = 0; round < o.runs; ++round)
        runTimed(analyze, "analyze-" + name, { o.natdoctor, "analyze", "--json", path }, o);
    FormatResult r;
    r.analyze = analyze.median();
    r.analyzeCpu = analyze.median(true);
    r.rssMiB = analyze.peakRssMiB();
    struct stat st
    {
    };
    ::stat(path.c_str(), &st);
    std::printf(
        "  %-32s %7.3f s %7.2fx %7.3f s %7.2fx %9.1f MiB   %.0f MiB file, vs the bare loop on the pcap\n",
        ("natdoctor analyze (" + name + ")").c_str(), r.analyze, r.analyze / pcap.bare, r.analyzeCpu,
        r.analyzeCpu / pcap.bareCpu, r.rssMiB, static_cast<double>(st.st_size) / (1 << 20));
    SyntheticCounts same = counts;
    r.countsOk = checkCounts(same, readFile(analyze.lastStdout));
    return r;
}

Options parseArgs(int argc, char** argv)
{
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i];
        const char* value = argv[i + 1];
        if (key == "--natdoctor")
            o.natdoctor = value;
        else if (key == "--pcap-loop")
            o.pcapLoop = value;
        else if (key == "--work-dir")
            o.workDir = value;
        else if (key == "--flows")
            o.flows = std::stoull(value);
        else if (key == "--clients")
            o.clients = static_cast<uint32_t>(std::stoul(value));
        else if (key == "--servers")
            o.servers = static_cast<uint32_t>(std::stoul(value));
        else if (key == "--scale")
            o.scale = std::stoull(value);
        else if (key == "--runs")
            o.runs = std::max(1, std::stoi(value));
        else
            throw std::invalid_argument("unknown option " + key);
    }
    if (o.natdoctor.empty() || o.pcapLoop.empty() || o.workDir.empty())
        throw std::invalid_argument("usage: natdoctor_bench --natdoctor BIN --pcap-loop BIN --work-dir DIR "
                                    "[--flows N] [--clients N] [--servers N] [--scale K] [--runs R]");
    return o;
}

} // namespace

int main(int argc, char** argv)
{
    try {
        const Options o = parseArgs(argc, argv);
        ::mkdir(o.workDir.c_str(), 0755);
        std::printf("natdoctor benchmark (build type %s%s)\n", NATDOCTOR_BENCH_BUILD_TYPE,
                    NATDOCTOR_BENCH_SANITIZED ? ", SANITIZED: times are not meaningful" : "");
        // Wall times on a busy machine include waiting for a CPU; the load says how much to trust them.
        double load = 0;
        if (::getloadavg(&load, 1) == 1)
            std::printf("load average %.2f on %ld CPUs\n", load, ::sysconf(_SC_NPROCESSORS_ONLN));

        std::printf("\n== capture 1: timing, cache warm, median of %d ==\n", o.runs);
        const SizeResult base = benchCapture(o, o.flows, true);
        SizeResult large;
        if (o.scale > 1) {
            std::printf("\n== capture 2: %llux larger, for peak RSS ==\n",
                        static_cast<unsigned long long>(o.scale));
            large = benchCapture(o, o.flows * o.scale, false);
        }

        FormatResult pcapng, zstd;
        if (o.scale > 1) {
            std::printf("\n== capture 3: capture 2 as a two-interface pcapng, and zstd-compressed ==\n");
            const std::string ng = large.path + "ng";
            writeMultiInterfacePcapng(large.path, ng);
            const std::string zst = ng + ".zst";
            struct stat st
            {
            };
            if (::stat(zst.c_str(), &st) != 0) {
                std::printf("capture %s: compressing with zstd -3 -T2...\n", zst.c_str());
                std::fflush(stdout);
                const ChildResult z = runChild({ "zstd", "-q", "-3", "-T2", "-f", ng, "-o", zst },
                                               o.workDir + "/zstd.stdout", o.workDir + "/zstd.stderr");
                if (z.exitStatus != 0)
                    throw std::runtime_error("zstd failed (is it installed?), see " + o.workDir
                                             + "/zstd.stderr");
            }
            std::printf("  %-32s %9s %8s %9s %8s %13s\n", "(medians)", "wall", "vs bare", "cpu", "vs bare",
                        "peak RSS");
            pcapng = benchFormat(o, "pcapng, 2 interfaces", ng, large.counts, large);
            zstd = benchFormat(o, "pcapng.zst", zst, large.counts, large);
        }

        const double ratio = base.analyze / base.bare;
        const double rss = std::max({ base.rssMiB, large.rssMiB, pcapng.rssMiB, zstd.rssMiB });
        std::printf("\n== result ==\n");
        std::printf("  analyze / bare loop: %.2fx wall time (target <= %.1fx)  %s;  %.2fx cpu time\n", ratio,
                    RatioTarget, ratio <= RatioTarget ? "met" : "MISSED", base.analyzeCpu / base.bareCpu);
        std::printf("  peak RSS: %.1f MiB at %llu packets", base.rssMiB,
                    static_cast<unsigned long long>(base.packets));
        if (large.packets)
            std::printf(", %.1f MiB at %llu packets", large.rssMiB,
                        static_cast<unsigned long long>(large.packets));
        if (pcapng.rssMiB > 0)
            std::printf(", %.1f MiB on the pcapng, %.1f MiB on its zstd copy", pcapng.rssMiB, zstd.rssMiB);
        std::printf(" (target <= %.0f MiB)  %s\n", RssTargetMiB, rss <= RssTargetMiB ? "met" : "MISSED");
        if (large.packets)
            std::printf("  capture 2: analyze / bare loop %.2fx wall, %.2fx cpu; as pcapng %.2fx wall; zstd "
                        "%.2fx wall\n",
                        large.analyze / large.bare, large.analyzeCpu / large.bareCpu,
                        pcapng.analyze > 0 ? pcapng.analyze / large.bare : 0.0,
                        zstd.analyze > 0 ? zstd.analyze / large.bare : 0.0);
        if (!base.countsOk || !large.countsOk || !pcapng.countsOk || !zstd.countsOk) {
            std::printf("\n*** COUNTS DIFFER: natdoctor does not report what the generator wrote ***\n");
            return 1;
        }
        return ratio <= RatioTarget && rss <= RssTargetMiB ? 0 : 3;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "natdoctor_bench: %s\n", e.what());
        return 1;
    }
}
