package app.walkaway.readout;

/**
 * Exact (Clopper-Pearson) limits for a binomial proportion, found by bisection on the binomial
 * distribution function. Sums run in log space so thousands of trials stay accurate.
 */
final class Binomial {
  private Binomial() {}

  /** P(X <= k) for X ~ Binomial(n, p). */
  static double cdf(long k, long n, double p) {
    if (k < 0) {
      return 0;
    }
    if (k >= n || p <= 0) {
      return 1;
    }
    if (p >= 1) {
      return 0;
    }
    double logP = Math.log(p);
    double logQ = Math.log1p(-p);
    double logChoose = 0; // log C(n, 0)
    double sum = 0;
    for (long i = 0; i <= k; i++) {
      if (i > 0) {
        logChoose += Math.log(n - i + 1) - Math.log(i);
      }
      sum += Math.exp(logChoose + i * logP + (n - i) * logQ);
    }
    return Math.min(1, sum);
  }

  /** Lower limit: the p at which P(X >= k) = tail; 0 when k = 0. */
  static double lower(long k, long n, double tail) {
    if (k == 0) {
      return 0;
    }
    // P(X >= k) = 1 - cdf(k-1) grows with p.
    return solve(p -> 1 - cdf(k - 1, n, p), tail, true);
  }

  /** Upper limit: the p at which P(X <= k) = tail; 1 when k = n. */
  static double upper(long k, long n, double tail) {
    if (k == n) {
      return 1;
    }
    // P(X <= k) falls as p grows.
    return solve(p -> cdf(k, n, p), tail, false);
  }

  private static double solve(
      java.util.function.DoubleUnaryOperator f, double target, boolean increasing) {
    double lo = 0;
    double hi = 1;
    for (int i = 0; i < 60; i++) {
      double mid = (lo + hi) / 2;
      boolean below = f.applyAsDouble(mid) < target;
      if (below == increasing) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }
}
