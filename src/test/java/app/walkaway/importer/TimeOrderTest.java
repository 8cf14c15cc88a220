package app.walkaway.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Rows come out in time order, equal times in file order, whether packed or boxed. */
class TimeOrderTest {

  @Test
  void sortsByTimeKeepingFileOrderAmongEqualTimes() {
    Random random = new Random(7);
    for (int round = 0; round < 50; round++) {
      long[] times = new long[1 + random.nextInt(300)];
      for (int i = 0; i < times.length; i++) {
        times[i] = 1_700_000_000_000L + random.nextInt(20) * 60_000L;
      }
      assertThat(TimeOrder.sortedRows(times, times.length)).containsExactly(byHand(times));
    }
  }

  @Test
  void timesTooFarApartToPackAreSortedAllTheSame() {
    long[] times = {Long.MAX_VALUE / 2, -Long.MAX_VALUE / 2, 0, -Long.MAX_VALUE / 2};
    assertThat(TimeOrder.sortedRows(times, times.length)).containsExactly(1, 3, 2, 0);
  }

  @Test
  void onlyAnOrderedColumnCountsAsSorted() {
    assertThat(TimeOrder.isSorted(new long[] {1, 2, 2, 5}, 4)).isTrue();
    assertThat(TimeOrder.isSorted(new long[] {1, 3, 2, 5}, 4)).isFalse();
    assertThat(TimeOrder.isSorted(new long[] {1, 3, 2, 5}, 2)).isTrue();
  }

  private static int[] byHand(long[] times) {
    return IntStream.range(0, times.length)
        .boxed()
        .sorted(Comparator.<Integer>comparingLong(r -> times[r]))
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
