// FlatTable: the analyzers' open-addressing tables, checked against
// std::unordered_map through random inserts, erases and sweeps, with hashes
// that pile entries into long runs that wrap around the end of the array (where
// backward-shift deletion can go wrong).
#include "analysis/FlatTable.h"

#include "analysis/BoundedCounts.h"
#include "capture/IpAddress.h"

#include <gtest/gtest.h>
#include <map>
#include <random>
#include <unordered_map>

using natdoctor::analysis::FlatTable;

namespace {

// Few distinct homes, near the end of any power-of-two table: runs collide and wrap.
struct CrowdedHash
{
    size_t operator()(uint32_t k) const { return (uint64_t { k % 7 } << 32) | (0xffffffffu - k % 5); }
};
struct SpreadHash
{
    size_t operator()(uint32_t k) const { return natdoctor::capture::hashMix(k + 1); }
};

template <typename Hash> void compareWithMap(uint32_t keys, int steps, unsigned seed)
{
    FlatTable<uint32_t, uint64_t, Hash> table;
    std::unordered_map<uint32_t, uint64_t> reference;
    std::mt19937 random(seed);
    for (int step = 0; step < steps; ++step) {
        const uint32_t key = random() % keys;
        switch (random() % 8) {
        case 0: { // erase through a found value
            uint64_t* v = table.find(key);
            ASSERT_EQ(v != nullptr, reference.contains(key)) << "step " << step;
            if (v) {
                table.erase(v);
                reference.erase(key);
            }
            break;
        }
        case 1:
            if (step % 64 == 0) { // a sweep, as the idle expiry does
                const uint32_t cut = random() % 4;
                size_t calls = 0;
                table.eraseIf([&](uint32_t k, uint64_t v) {
                    ++calls;
                    EXPECT_EQ(reference.at(k), v);
                    return k % 4 == cut;
                });
                EXPECT_EQ(calls, reference.size()) << "every entry seen exactly once";
                std::erase_if(reference, [&](const auto& e) { return e.first % 4 == cut; });
            }
            break;
        default: {
            auto [v, inserted] = table.tryEmplace(key);
            ASSERT_EQ(inserted, !reference.contains(key)) << "step " << step;
            if (inserted)
                ASSERT_EQ(*v, 0u) << "a new value starts default-constructed";
            *v += step + 1;
            reference[key] += step + 1;
        }
        }
        ASSERT_EQ(table.size(), reference.size()) << "step " << step;
    }
    for (const auto& [k, v] : reference) {
        const uint64_t* found = table.find(k);
        ASSERT_NE(found, nullptr) << k;
        EXPECT_EQ(*found, v) << k;
    }
    size_t seen = 0;
    table.forEach([&](uint32_t k, uint64_t v) {
        ++seen;
        EXPECT_EQ(reference.at(k), v);
    });
    EXPECT_EQ(seen, reference.size());
}

} // namespace

TEST(FlatTable, MatchesAMapWithCollidingWrappingRuns)
{
    for (unsigned seed = 1; seed <= 5; ++seed)
        compareWithMap<CrowdedHash>(600, 20'000, seed);
}

TEST(FlatTable, MatchesAMapWhileGrowing)
{
    compareWithMap<SpreadHash>(50'000, 200'000, 7);
}

TEST(FlatTable, ChurnDoesNotGrowTheTable)
{
    // Connections come and go; the table stays the size of what is live at once.
    FlatTable<uint32_t, uint64_t, SpreadHash> table;
    for (uint32_t k = 0; k < 500'000; ++k) {
        *table.tryEmplace(k).first = k;
        if (k >= 300)
            table.erase(table.find(k - 300));
    }
    EXPECT_EQ(table.size(), 300u);
    EXPECT_EQ(table.capacity(), 1024u);
}

TEST(FlatTable, KeepLargestKeepsTheLargestCounts)
{
    FlatTable<uint32_t, uint64_t, SpreadHash> table;
    const size_t n = 2 * natdoctor::analysis::kMaxTallies;
    for (uint32_t k = 0; k < n; ++k)
        *table.tryEmplace(k).first = k;
    natdoctor::analysis::keepLargest(table, [](uint64_t count) { return count; });
    EXPECT_EQ(table.size(), natdoctor::analysis::kMaxTallies);
    table.forEach([&](uint32_t k, uint64_t) { EXPECT_GE(k, n - natdoctor::analysis::kMaxTallies); });
}
