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
   * Percentiles by linear interpolation between closest ranks (the common "type 7" definition, as
   * in spreadsheets and numpy), so the median of 10 and 20 minutes is 15.
   */
  static Delays ofSeconds(int[] seconds, int size) {
    if (size == 0) {
      return NONE;
    }
    int[] values = Arrays.copyOf(seconds, size);
    return new Delays(
        OptionalDouble.of(quantile(values, 0.5) / 60.0),
        OptionalDouble.of(quantile(values, 0.9) / 60.0),
        size);
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
