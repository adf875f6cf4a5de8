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
