#include "ProgressPrinter.h"

#include <cstdio>

namespace natdoctor::app {

namespace {

constexpr auto HeartbeatEvery = std::chrono::seconds(5);
// The probe's pause between attempts (ConnectionProbeSpec) plus its own overhead.
constexpr double SecondsBetweenAttempts = 0.3;

} // namespace

ProgressPrinter::ProgressPrinter(int attemptsPerPhase)
    : m_attemptsPerPhase(attemptsPerPhase)
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

std::string ProgressPrinter::timeLeft() const
{
    const auto it = m_phases.find(m_phase);
    if (m_phase == "trigger" || it == m_phases.end() || it->second.attempts == 0 || it->second.attempts >= m_attemptsPerPhase)
        return {};
    const PhaseCount& c = it->second;
    const double perAttempt = c.seconds / c.attempts + SecondsBetweenAttempts;
    const auto left = static_cast<long long>(perAttempt * (m_attemptsPerPhase - c.attempts) + 0.5);
    return ", about " + std::to_string(left) + " s left in this phase";
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
    m_phase = phase;
    PhaseCount& c = m_phases[phase];
    ++c.attempts;
    c.seconds += a.totalMs / 1000.0;
    const int total = phase == "trigger" ? 0 : m_attemptsPerPhase;
    m_current = phase + ": attempt " + std::to_string(c.attempts)
        + (total > 0 ? " of " + std::to_string(total) : std::string()) + " " + std::string(probes::attemptResultName(a.result));
    print(m_current + timeLeft());
}

void ProgressPrinter::heartbeat()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        m_wake.wait_for(lock, std::chrono::seconds(1));
        if (m_stop || Clock::now() - m_lastPrint < HeartbeatEvery)
            continue;
        const auto elapsed = std::chrono::duration_cast<std::chrono::seconds>(Clock::now() - m_start).count();
        print("still working (" + std::to_string(elapsed) + " s so far): " + m_current + timeLeft());
    }
}

} // namespace natdoctor::app
