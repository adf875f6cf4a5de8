#pragma once

#include <atomic>
#include <chrono>

namespace natdoctor::remote {

// A point in time an operation must finish by, plus the caller's cancel flag.
// Remote calls wait in short slices so a cancel is noticed within ~50 ms.
class Deadline
{
public:
    using Clock = std::chrono::steady_clock;

    // A non-positive timeout means "no time limit" (cancel still works).
    explicit Deadline(std::chrono::milliseconds timeout, const std::atomic_bool* cancel = nullptr)
        : m_end(timeout.count() > 0 ? Clock::now() + timeout : Clock::time_point::max())
        , m_cancel(cancel)
    {
    }

    bool expired() const { return Clock::now() >= m_end; }
    bool cancelled() const { return m_cancel != nullptr && m_cancel->load(); }
    const std::atomic_bool* cancelFlag() const { return m_cancel; }

    // Milliseconds to wait in one slice: at most `slice`, never past the end.
    int sliceMs(int slice = 50) const
    {
        if (m_end == Clock::time_point::max()) {
            return slice;
        }
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(m_end - Clock::now()).count();
        if (left <= 0) {
            return 0;
        }
        return left < slice ? static_cast<int>(left) : slice;
    }

private:
    Clock::time_point m_end;
    const std::atomic_bool* m_cancel;
};

} // namespace natdoctor::remote
