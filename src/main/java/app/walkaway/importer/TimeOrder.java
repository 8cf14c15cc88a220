package app.walkaway.importer;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Puts one file's rows in time order, keeping file order among equal times. A WhatsApp export is
 * written in time order except where a phone's clock jumped, so the check comes first and almost
 * always finds nothing to do.
 */
public final class TimeOrder {
  private TimeOrder() {}

  public static boolean isSorted(long[] times, int size) {
    for (int i = 1; i < size; i++) {
      if (times[i] < times[i - 1]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The rows {@code 0..size-1} sorted by time, ties by row. Time and row are packed into one long
   * and sorted as primitives: a million rows take 20 bits, which leaves 43 for the times, 278 years
   * of milliseconds. Only a hostile file spans more; its rows are sorted boxed.
   */
  public static int[] sortedRows(long[] times, int size) {
    long min = Arrays.stream(times, 0, size).min().orElse(0);
    long max = Arrays.stream(times, 0, size).max().orElse(0);
    int rowBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(size));
    if (max - min < 0 || max - min >= 1L << (63 - rowBits)) {
      return IntStream.range(0, size)
          .boxed()
          .sorted(Comparator.<Integer>comparingLong(r -> times[r]).thenComparingInt(r -> r))
          .mapToInt(Integer::intValue)
          .toArray();
    }
    long[] packed = new long[size];
    for (int r = 0; r < size; r++) {
      packed[r] = (times[r] - min) << rowBits | r;
    }
    Arrays.sort(packed);
    int[] rows = new int[size];
    long mask = (1L << rowBits) - 1;
    for (int i = 0; i < size; i++) {
      rows[i] = (int) (packed[i] & mask);
    }
    return rows;
  }
}
