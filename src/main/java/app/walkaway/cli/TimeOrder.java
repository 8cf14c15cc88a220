package app.walkaway.cli;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Puts one file's rows in time order, keeping file order among equal times. A WhatsApp export is
 * written in time order except where a phone's clock jumped, so the check comes first and almost
 * always finds nothing to do.
 */
final class TimeOrder {
  private static final int ROW_BITS = 31;

  private TimeOrder() {}

  static boolean isSorted(long[] seconds, int size) {
    for (int i = 1; i < size; i++) {
      if (seconds[i] < seconds[i - 1]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The rows {@code 0..size-1} sorted by time, ties by row. Time and row are packed into one long
   * and sorted as primitives when the times span less than 2<sup>32</sup> seconds (136 years);
   * otherwise boxed, which only a hostile file would need.
   */
  static int[] sortedRows(long[] seconds, int size) {
    long min = Arrays.stream(seconds, 0, size).min().orElse(0);
    long max = Arrays.stream(seconds, 0, size).max().orElse(0);
    if (max - min >= 1L << (63 - ROW_BITS)) {
      return IntStream.range(0, size)
          .boxed()
          .sorted(Comparator.<Integer>comparingLong(r -> seconds[r]).thenComparingInt(r -> r))
          .mapToInt(Integer::intValue)
          .toArray();
    }
    long[] packed = new long[size];
    for (int r = 0; r < size; r++) {
      packed[r] = (seconds[r] - min) << ROW_BITS | r;
    }
    Arrays.sort(packed);
    int[] rows = new int[size];
    for (int i = 0; i < size; i++) {
      rows[i] = (int) (packed[i] & ((1L << ROW_BITS) - 1));
    }
    return rows;
  }
}
