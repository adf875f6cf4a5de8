#include "ProgressPrinter.h"

#include <cstdio>

namespace natdoctor::app {

namespace {

constexpr auto HeartbeatEvery = std::chrono::seconds(5);

} // namespace

ProgressPrinter::ProgressPrinter(int attemptsPerPhase)
    : m_progress(attemptsPerPhase)
    , m_thread([this] { heartbeat(); })
{
}

ProgressPrinter::~ProgressPrinter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void ProgressPrinter::print(const std::string& text)
{
    std::fprintf(stderr, "natdoctor: %s\n", text.c_str());
    m_lastPrint = Clock::now();
}

void ProgressPrinter::line(const std::string& text)
{
    std::lock_guard lock(m_mutex);
    m_current = text;
    print(text);
}

void ProgressPrinter::attempt(const std::string& phase, const probes::Attempt& a)
{
    std::lock_guard lock(m_mutex);
    m_current = probes::describeProgress(m_progress.record(phase, a), a.result);
    print(m_current);
}

void ProgressPrinter::heartbeat()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        m_wake.wait_for(lock, std::chrono::seconds(1));
        if (m_stop || Clock::now() - m_lastPrint < HeartbeatEvery)
            continue;
        const auto elapsed = std::chrono::duration_cast<std::chrono::seconds>(Clock::now() - m_start).count();
        print("still working (" + std::to_string(elapsed) + " s so far): " + m_current);
    }
}

} // namespace natdoctor::app
