// Core never depends on the process locale: under de_DE (decimal comma) the
// probes still parse, the scripts still say "sleep 0.20", numbers in JSON and
// text keep their point. QApplication sets LC_NUMERIC from the environment, so
// this is what every German or Spanish wizard runs under.
#include "analysis/SummaryFormat.h"
#include "diagnosis/DiagnosisRules.h"
#include "probes/ConnectionProbe.h"
#include "util/JsonWriter.h"

#include <clocale>
#include <gtest/gtest.h>
#include <string>

using namespace natdoctor;

namespace {

class GermanNumbers : public testing::Test
{
protected:
    void SetUp() override
    {
        m_saved = std::setlocale(LC_ALL, nullptr);
        ASSERT_NE(std::setlocale(LC_ALL, "de_DE.UTF-8"), nullptr)
            << "the de_DE.UTF-8 locale is missing (packaging/dev.sh deps generates it)";
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "%.1f", 2.5);
        ASSERT_EQ(std::string(buffer), "2,5"); // the locale really is in effect
    }
    void TearDown() override { std::setlocale(LC_ALL, m_saved.c_str()); }

private:
    std::string m_saved;
};

} // namespace

TEST_F(GermanNumbers, ProbeRecordsStillParse)
{
    const auto parsed = probes::parseConnectionProbe(
        "attempt=1 exit=0 http_code=200 bytes=65536 connect_s=0.001234 total_s=0.020500\n");
    ASSERT_TRUE(parsed) << parsed.error;
    EXPECT_DOUBLE_EQ(parsed.value->attempts.at(0).connectMs, 1.234);
}

TEST_F(GermanNumbers, TheProbeScriptSleepsWithAPoint)
{
    const std::string script = probes::connectionProbeScript({});
    EXPECT_NE(script.find("sleep 0.20"), std::string::npos);
    EXPECT_EQ(script.find("0,20"), std::string::npos);
}

TEST_F(GermanNumbers, JsonAndTextKeepThePoint)
{
    analysis::CaptureSummary s;
    s.durationSeconds = 2.5;
    s.tcp.bucketSeconds = 0.5;
    EXPECT_NE(analysis::summaryToJson(s).find("\"bucket_seconds\":0.5"), std::string::npos);
    EXPECT_NE(analysis::summaryToText(s).find("2.5 s"), std::string::npos);
}
