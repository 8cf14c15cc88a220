package app.walkaway.analysis;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * How long someone took to reply, in minutes.
 *
 * @param median the middle reply delay, empty without replies
 * @param p90 nine in ten replies came at least this fast, empty without replies
 * @param count how many replies the figures rest on
 */
public record Delays(OptionalDouble median, OptionalDouble p90, int count) {
  static final Delays NONE = new Delays(OptionalDouble.empty(), OptionalDouble.empty(), 0);

  /**
   * From this many delays on, when they are seconds spread over no more than four times as many
   * values (a 48-hour cut-off puts them under 172,800), quantiles are read off a count of each
   * value: two passes over the delays and one over the counts, where selecting reorders a lifetime
   * of delays twice (about 10 ms for a million messages under the first JIT tier, measured).
   */
  static final int COUNT_FROM = 4096;

  /**
   * Percentiles by linear interpolation between closest ranks (the common "type 7" definition, as
   * in spreadsheets and numpy), so the median of 10 and 20 minutes is 15.
   */
  static Delays ofSeconds(int[] seconds, int size) {
    if (size == 0) {
      return NONE;
    }
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int i = 0; i < size; i++) {
      min = Math.min(min, seconds[i]);
      max = Math.max(max, seconds[i]);
    }
    if (size >= COUNT_FROM && min >= 0 && max <= 4L * size) {
      int[] counts = new int[max + 1];
      for (int i = 0; i < size; i++) {
        counts[seconds[i]]++;
      }
      return new Delays(
          OptionalDouble.of(quantileOfCounts(counts, size, 0.5) / 60.0),
          OptionalDouble.of(quantileOfCounts(counts, size, 0.9) / 60.0),
          size);
    }
    int[] values = Arrays.copyOf(seconds, size);
    return new Delays(
        OptionalDouble.of(quantile(values, 0.5) / 60.0),
        OptionalDouble.of(quantile(values, 0.9) / 60.0),
        size);
  }

  /**
   * The {@code q} quantile of {@code n} values counted by value ({@code counts[v]} of them are
   * {@code v}), as {@link #quantile} would give it.
   */
  static double quantileOfCounts(int[] counts, int n, double q) {
    double rank = q * (n - 1);
    int low = (int) Math.floor(rank);
    int v = 0;
    long seen = counts[0];
    while (seen <= low) {
      seen += counts[++v];
    }
    int lowValue = v;
    int highValue = lowValue;
    if (low + 1 < n && seen <= low + 1) {
      do {
        v++;
      } while (counts[v] == 0);
      highValue = v;
    }
    return lowValue + (rank - low) * (highValue - lowValue);
  }

  /**
   * The {@code q} quantile of {@code values}, whose order it changes. Selects the two ranks it
   * needs instead of sorting: a lifetime of replies is hundreds of thousands of delays.
   */
  static double quantile(int[] values, double q) {
    double rank = q * (values.length - 1);
    int low = (int) Math.floor(rank);
    int lowValue = Select.nth(values, low);
    int highValue = low + 1 < values.length ? Select.minFrom(values, low + 1) : lowValue;
    return lowValue + (rank - low) * (highValue - lowValue);
  }
}
