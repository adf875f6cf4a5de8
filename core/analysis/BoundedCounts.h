#pragma once

#include "analysis/FlatTable.h"

#include <algorithm>
#include <cstddef>
#include <vector>

namespace natdoctor::analysis {

// Per-address tallies (sources, servers) must not grow with the capture: a
// capture of a million hosts would otherwise hold a million entries. Past
// 2 * kMaxTallies entries the smallest are dropped, leaving kMaxTallies: the
// largest ones (what the summary reports) survive, the long tail is forgotten.
inline constexpr size_t kMaxTallies = 4096;

template <typename Map, typename CountOf> void keepLargest(Map& map, CountOf countOf)
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
    // Ties at the threshold are kept only while there is room beside the larger ones.
    size_t room = kMaxTallies
        - static_cast<size_t>(std::count_if(counts.begin(), counts.begin() + static_cast<long>(kMaxTallies),
                                            [&](const auto& c) { return c > threshold; }));
    for (auto it = map.begin(); it != map.end();) {
        const auto c = countOf(*it);
        if (c > threshold || (c == threshold && room > 0 && room--)) {
            ++it;
        } else {
            it = map.erase(it);
        }
    }
}

// The same for a FlatTable; countOf takes the value.
template <typename Key, typename Value, typename Hash, typename CountOf>
void keepLargest(FlatTable<Key, Value, Hash>& table, CountOf countOf)
{
    if (table.size() < 2 * kMaxTallies)
        return;
    std::vector<decltype(countOf(std::declval<const Value&>()))> counts;
    counts.reserve(table.size());
    table.forEach([&](const Key&, const Value& v) { counts.push_back(countOf(v)); });
    std::nth_element(counts.begin(), counts.begin() + static_cast<long>(kMaxTallies), counts.end(),
                     [](const auto& a, const auto& b) { return a > b; });
    const auto threshold = counts[kMaxTallies];
    size_t room = kMaxTallies
        - static_cast<size_t>(std::count_if(counts.begin(), counts.begin() + static_cast<long>(kMaxTallies),
                                            [&](const auto& c) { return c > threshold; }));
    table.eraseIf([&](const Key&, const Value& v) {
        const auto c = countOf(v);
        return !(c > threshold || (c == threshold && room > 0 && room--));
    });
}

} // namespace natdoctor::analysis
