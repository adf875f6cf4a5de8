#include "diagnosis/FisherExact.h"

#include <gtest/gtest.h>

using natdoctor::diagnosis::fisherExact;

// Reference values computed independently with exact integer binomials
// (Python's math.comb), same two-sided rule as R's fisher.test().
TEST(FisherExact, MatchesTheTeaTastingExample)
{
    // Fisher's tea-tasting table: p = 0.4857 (17/35)
    EXPECT_NEAR(fisherExact(3, 1, 1, 3).twoSided, 0.4857143, 1e-6);
}

TEST(FisherExact, ClearImprovementIsSignificant)
{
    // before 30/50 succeed, after 50/50: p = 1.7586e-07
    const auto r = fisherExact(30, 20, 50, 0);
    EXPECT_NEAR(r.twoSided, 1.758607e-07, 0.000001e-07);
    EXPECT_LT(r.afterBetter, 1e-6);
}

TEST(FisherExact, NoDifferenceIsNotSignificant)
{
    const auto r = fisherExact(45, 5, 46, 4);
    EXPECT_GT(r.twoSided, 0.5);
    EXPECT_GT(r.afterBetter, 0.3);
}

TEST(FisherExact, DegenerateTablesGiveOne)
{
    EXPECT_DOUBLE_EQ(fisherExact(0, 0, 0, 0).twoSided, 1.0);
    EXPECT_DOUBLE_EQ(fisherExact(50, 0, 50, 0).twoSided, 1.0);
    EXPECT_DOUBLE_EQ(fisherExact(-1, 0, 0, 0).twoSided, 1.0);
}
