#pragma once

#include "probes/ProbeProgress.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace natdoctor::app {

// `diagnose`'s progress on stderr: every line the runner logs, each
// connection attempt as "attempt n of N", and at least every 5 seconds the
// current phase with the elapsed time and, during a probe, the time left.
class ProgressPrinter
{
public:
    explicit ProgressPrinter(int attemptsPerPhase);
    ~ProgressPrinter();
    ProgressPrinter(const ProgressPrinter&) = delete;
    ProgressPrinter& operator=(const ProgressPrinter&) = delete;

    void line(const std::string& text);
    void attempt(const std::string& phase, const probes::Attempt& attempt);

private:
    using Clock = std::chrono::steady_clock;
    void print(const std::string& text); // with m_mutex held
    void heartbeat();

    const Clock::time_point m_start = Clock::now();
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    Clock::time_point m_lastPrint = Clock::now();
    std::string m_current = "starting";
    // Per phase (the timestamps test alternates "baseline" and
    // "without-timestamps" in blocks): attempts so far and the time left.
    probes::ProbeProgress m_progress;
    std::thread m_thread;
};

} // namespace natdoctor::app
