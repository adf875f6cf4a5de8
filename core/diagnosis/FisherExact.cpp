#include "diagnosis/FisherExact.h"

#include <algorithm>
#include <cmath>

namespace natdoctor::diagnosis {

namespace {

double logChoose(int n, int k)
{
    return std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0);
}

} // namespace

FisherResult fisherExact(int a, int b, int c, int d)
{
    FisherResult result;
    if (a < 0 || b < 0 || c < 0 || d < 0)
        return result;
    const int row1 = a + b;
    const int row2 = c + d;
    const int col1 = a + c;
    const int n = row1 + row2;
    if (n == 0)
        return result;
    // Hypergeometric probability of `x` successes in row 1, margins fixed.
    const double logDenominator = logChoose(n, col1);
    const auto probability
        = [&](int x) { return std::exp(logChoose(row1, x) + logChoose(row2, col1 - x) - logDenominator); };
    const int low = std::max(0, col1 - row2);
    const int high = std::min(row1, col1);
    const double observed = probability(a);
    // A relative tolerance so tables as likely as the observed one count as "as extreme".
    const double threshold = observed * (1.0 + 1e-7);
    double twoSided = 0;
    double afterBetter = 0; // row 1 ("before") has as few or fewer successes
    for (int x = low; x <= high; ++x) {
        const double p = probability(x);
        if (p <= threshold)
            twoSided += p;
        if (x <= a)
            afterBetter += p;
    }
    result.twoSided = std::min(1.0, twoSided);
    result.afterBetter = std::min(1.0, afterBetter);
    return result;
}

} // namespace natdoctor::diagnosis

namespace natdoctor::diagnosis {

double powerAgainstNoFailures(int n1, int n2, double failureRate, double alpha)
{
    if (n1 <= 0 || n2 <= 0 || failureRate <= 0)
        return 0;
    if (failureRate >= 1)
        return fisherExact(0, n1, n2, 0).twoSided < alpha ? 1.0 : 0.0;
    double power = 0;
    for (int failures = 0; failures <= n1; ++failures) {
        const double logP = std::lgamma(n1 + 1.0) - std::lgamma(failures + 1.0)
            - std::lgamma(n1 - failures + 1.0) + failures * std::log(failureRate)
            + (n1 - failures) * std::log1p(-failureRate);
        if (fisherExact(n1 - failures, failures, n2, 0).twoSided < alpha)
            power += std::exp(logP);
    }
    return std::min(1.0, power);
}

} // namespace natdoctor::diagnosis
