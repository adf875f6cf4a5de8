#pragma once

namespace natdoctor::diagnosis {

// Fisher's exact test on a 2x2 table:
//            success  failure
//   before      a        b
//   after       c        d
// Returns the two-sided p-value (the probability, with the margins fixed, of a
// table at least as extreme as this one), and the one-sided p-value that
// "after" is better than "before".
struct FisherResult
{
    double twoSided = 1.0;
    double afterBetter = 1.0;
};

FisherResult fisherExact(int a, int b, int c, int d);

} // namespace natdoctor::diagnosis

namespace natdoctor::diagnosis {

// The power of the two-sided test at `alpha` to detect that failures vanish:
// the probability that a baseline of n1 attempts failing at `failureRate`,
// against n2 attempts that all succeed, gives p < alpha.
double powerAgainstNoFailures(int n1, int n2, double failureRate, double alpha);

} // namespace natdoctor::diagnosis
