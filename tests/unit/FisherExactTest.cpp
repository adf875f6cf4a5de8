#include "diagnosis/FisherExact.h"

#include "diagnosis/DiagnosisRules.h"

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

// The value production decides on (ServerRules: timestamps-test-improved when the
// two-sided p < kSignificance) at the edge where one- and two-sided tests disagree.
// Reference values: exact rational arithmetic (Python's math.comb and fractions).
TEST(FisherExact, ProductionDecidesOnTheTwoSidedValue)
{
    ASSERT_EQ(natdoctor::diagnosis::kSignificance, 0.05);
    // 45/50 with timestamps, 50/50 without: one-sided 0.0281 would call it an
    // improvement; the two-sided value production uses does not.
    const auto edge = fisherExact(45, 5, 50, 0);
    EXPECT_NEAR(edge.twoSided, 0.05628449442882433, 1e-12);
    EXPECT_NEAR(edge.afterBetter, 0.028142247214412164, 1e-12);
    EXPECT_GE(edge.twoSided, natdoctor::diagnosis::kSignificance);
    // One more failure: significant both ways.
    const auto past = fisherExact(44, 6, 50, 0);
    EXPECT_NEAR(past.twoSided, 0.02666107630839047, 1e-12);
    EXPECT_LT(past.twoSided, natdoctor::diagnosis::kSignificance);
    // Failures on both sides, unequal rows.
    EXPECT_NEAR(fisherExact(40, 10, 48, 2).twoSided, 0.02774625914817036, 1e-12);
    // "after" worse: two-sided is small, the one-sided "after better" is not.
    const auto worse = fisherExact(20, 0, 15, 5);
    EXPECT_NEAR(worse.twoSided, 0.04712404712404712, 1e-12);
    EXPECT_NEAR(worse.afterBetter, 1.0, 1e-12);
}

// The power the not-reproduced finding reports (two-sided, alpha = kSignificance).
TEST(FisherExact, PowerAgainstNoFailuresMatchesExactValues)
{
    using natdoctor::diagnosis::powerAgainstNoFailures;
    EXPECT_NEAR(powerAgainstNoFailures(50, 50, 4.0 / 50, 0.05), 0.2081262863095012, 1e-9);
    EXPECT_NEAR(powerAgainstNoFailures(50, 50, 0.1, 0.05), 0.3838769922757231, 1e-9);
    EXPECT_NEAR(powerAgainstNoFailures(20, 20, 3.0 / 20, 0.05), 0.1701531537313462, 1e-9);
}
