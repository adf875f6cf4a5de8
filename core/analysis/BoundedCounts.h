#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace natdoctor::analysis {

// Per-address tallies (sources, servers) must not grow with the capture: a
// capture of a million hosts would otherwise hold a million entries. Past
// 2 * kMaxTallies entries the smallest are dropped, leaving kMaxTallies: the
// largest ones (what the summary reports) survive, the long tail is forgotten.
inline constexpr size_t kMaxTallies = 4096;

template <typename Map, typename CountOf>
void keepLargest(Map& map, CountOf countOf)
{
    if (map.size() < 2 * kMaxTallies)
        return;
    std::vector<decltype(countOf(*map.begin()))> counts;
    counts.reserve(map.size());
    for (const auto& entry : map)
        counts.push_back(countOf(entry));
    std::nth_element(counts.begin(), counts.begin() + static_cast<long>(kMaxTallies), counts.end(),
        [](const auto& a, const auto& b) { return a > b; });
    const auto threshold = counts[kMaxTallies];
    size_t kept = 0;
    for (auto it = map.begin(); it != map.end();) {
        // Ties at the threshold are kept only while there is room.
        if (countOf(*it) > threshold || (countOf(*it) == threshold && kept < kMaxTallies)) {
            ++kept;
            ++it;
        } else {
            it = map.erase(it);
        }
    }
}

} // namespace natdoctor::analysis
