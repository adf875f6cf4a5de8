// The measurement of docs/decisions/json-library.md: write and read one large
// session-shaped document with JsonWriter/JsonValue, CPU time, median of 5 rounds.
//   g++ -std=c++20 -O2 -Icore docs/decisions/json-library-bench.cpp core/util/JsonWriter.cpp
//   core/util/JsonValue.cpp
#include "util/JsonValue.h"
#include "util/JsonWriter.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

using namespace natdoctor;

static std::string output(int i)
{
    std::string s;
    while (s.size() < 60000)
        s += "14:02:0" + std::to_string(i % 10)
            + ".123 IP 198.18.3.10.80 > 198.18.2.10.41234: Flags [.], seq 1:997, ack 1, win 509, \"length\" "
              "996\n";
    return s;
}

static std::string write()
{
    JsonWriter w(true);
    w.beginObject().key("format").value("natdoctor-session").key("version").value(1);
    w.key("evidence").beginArray();
    for (int i = 0; i < 200; ++i)
        w.beginObject()
            .key("step")
            .value("fragmentation-check")
            .key("host")
            .value("natlab@198.18.2.10")
            .key("command")
            .value("sudo -n tcpdump -i any -w -")
            .key("output")
            .value(output(i))
            .key("output_cut")
            .value(false)
            .key("exit_status")
            .value(0)
            .key("seconds")
            .value(i * 0.37 + 1.25)
            .key("summary")
            .value("ok")
            .endObject();
    w.endArray();
    w.key("attempts").beginArray();
    for (int i = 0; i < 20000; ++i)
        w.beginObject()
            .key("index")
            .value(i)
            .key("result")
            .value("ok")
            .key("connected")
            .value(true)
            .key("connect_ms")
            .value(i * 0.013 + 0.5)
            .key("bytes")
            .value(65536)
            .key("total_ms")
            .value(i * 0.77 + 3.25)
            .key("exit_code")
            .value(0)
            .key("http_code")
            .value(200)
            .endObject();
    w.endArray();
    w.key("timeline").beginArray();
    for (int i = 0; i < 20000; ++i)
        w.beginObject()
            .key("t")
            .value(i)
            .key("connections")
            .value(i % 17)
            .key("established")
            .value(i % 13)
            .endObject();
    w.endArray().endObject();
    return w.str();
}

int main()
{
    std::vector<double> writes, reads;
    std::string text;
    for (int round = 0; round < 5; ++round) {
        const std::clock_t t0 = std::clock();
        text = write();
        const std::clock_t t1 = std::clock();
        std::string error;
        const auto doc = JsonValue::parse(text, error);
        const std::clock_t t2 = std::clock();
        if (!doc || (*doc)["attempts"].size() != 20000) {
            std::printf("parse error: %s\n", error.c_str());
            return 1;
        }
        writes.push_back((t1 - t0) * 1000.0 / CLOCKS_PER_SEC);
        reads.push_back((t2 - t1) * 1000.0 / CLOCKS_PER_SEC);
    }
    std::sort(writes.begin(), writes.end());
    std::sort(reads.begin(), reads.end());
    std::printf("size %.1f MB, write %.1f ms, read %.1f ms (CPU, median of 5)\n", text.size() / 1e6,
                writes[2], reads[2]);
}
