package app.walkaway.readout;

/**
 * How much more (or less) often something happens after her start than before, with a 95% interval.
 * Counts are treated as Poisson; given the total, the count after the start is binomial with a
 * proportion fixed by the rate ratio and the two lengths of time, so the exact (Clopper-Pearson)
 * interval for that proportion gives an exact conditional interval for the ratio. Zero counts need
 * no special formula: with none after, the ratio and its lower limit are 0; with none before, the
 * ratio and its upper limit are infinite.
 *
 * @param before count before the start
 * @param beforeWeeks length of the period before, in weeks
 * @param after count since the start
 * @param afterWeeks length of the period since, in weeks
 * @param ratio rate after divided by rate before (NaN when both counts are 0)
 * @param low lower 95% limit
 * @param high upper 95% limit (may be infinite)
 */
public record RateRatio(
    long before,
    double beforeWeeks,
    long after,
    double afterWeeks,
    double ratio,
    double low,
    double high) {

  private static final double TAIL = 0.025;

  public static RateRatio of(long before, double beforeWeeks, long after, double afterWeeks) {
    if (before < 0 || after < 0 || !(beforeWeeks > 0) || !(afterWeeks > 0)) {
      throw new IllegalArgumentException(
          "counts must not be negative and both periods must be longer than zero");
    }
    long n = before + after;
    if (n == 0) {
      return new RateRatio(0, beforeWeeks, 0, afterWeeks, Double.NaN, 0, Double.POSITIVE_INFINITY);
    }
    double scale = beforeWeeks / afterWeeks;
    double ratio = before == 0 ? Double.POSITIVE_INFINITY : (after * scale) / before;
    double pLow = Binomial.lower(after, n, TAIL);
    double pHigh = Binomial.upper(after, n, TAIL);
    return new RateRatio(
        before, beforeWeeks, after, afterWeeks, ratio, odds(pLow) * scale, odds(pHigh) * scale);
  }

  private static double odds(double p) {
    return p >= 1 ? Double.POSITIVE_INFINITY : p / (1 - p);
  }

  public double beforePerWeek() {
    return before / beforeWeeks;
  }

  public double afterPerWeek() {
    return after / afterWeeks;
  }

  /** True when the whole interval lies above 1: a rise that chance alone hardly explains. */
  public boolean clearlyUp() {
    return low > 1;
  }

  /** True when the whole interval lies below 1. */
  public boolean clearlyDown() {
    return high < 1;
  }
}
