package app.walkaway.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Selection gives what sorting gives, for every rank and for the quantiles built on it. */
class SelectTest {

  @Test
  void everyRankIsTheSortedValue() {
    qt().forAll(lists().of(integers().between(0, 20)).ofSizeBetween(1, 60))
        .checkAssert(
            list -> {
              int[] sorted = sorted(list);
              for (int k = 0; k < sorted.length; k++) {
                int[] a = array(list);
                assertThat(Select.nth(a, k)).isEqualTo(sorted[k]);
                assertThat(Select.minFrom(a, k)).isEqualTo(sorted[k]);
              }
            });
  }

  @Test
  void quantilesAgreeWithInterpolatingSortedRanks() {
    qt().forAll(lists().of(integers().between(0, 100_000)).ofSizeBetween(1, 300))
        .checkAssert(
            list -> {
              int[] sorted = sorted(list);
              for (double q : new double[] {0.0, 0.5, 0.9, 1.0}) {
                assertThat(Delays.quantile(array(list), q)).isEqualTo(bySorting(sorted, q));
              }
            });
  }

  @Test
  void quantilesOfCountsAgreeWithInterpolatingSortedRanks() {
    qt().forAll(lists().of(integers().between(0, 50)).ofSizeBetween(1, 300))
        .checkAssert(
            list -> {
              int[] sorted = sorted(list);
              int[] counts = new int[51];
              list.forEach(v -> counts[v]++);
              for (double q : new double[] {0.0, 0.1, 0.5, 0.9, 0.97, 1.0}) {
                assertThat(Delays.quantileOfCounts(counts, sorted.length, q))
                    .isEqualTo(bySorting(sorted, q));
              }
            });
  }

  /** Many delays go by counting, few or far-spread ones by selection: both as sorting says. */
  @Test
  void delaysOfEverySizeAndSpreadAgreeWithSorting() {
    java.util.Random random = new java.util.Random(3);
    for (int size : new int[] {1, 7, Delays.COUNT_FROM - 1, Delays.COUNT_FROM, 50_000}) {
      for (int spread : new int[] {1, 60, 172_800, 1 << 30}) {
        int[] seconds = new int[size + 5]; // room past size, as a bag's array has
        for (int i = 0; i < seconds.length; i++) {
          seconds[i] = i < size ? random.nextInt(spread) : -1;
        }
        int[] sorted = Arrays.copyOf(seconds, size);
        Arrays.sort(sorted);
        Delays delays = Delays.ofSeconds(seconds, size);
        assertThat(delays.median().getAsDouble()).isEqualTo(bySorting(sorted, 0.5) / 60.0);
        assertThat(delays.p90().getAsDouble()).isEqualTo(bySorting(sorted, 0.9) / 60.0);
        assertThat(delays.count()).isEqualTo(size);
      }
    }
  }

  @Test
  void largeSortedAndAllEqualInputs() {
    int[] ascending = new int[200_000];
    Arrays.setAll(ascending, i -> i);
    assertThat(Select.nth(ascending, 100_000)).isEqualTo(100_000);
    int[] same = new int[200_000];
    Arrays.fill(same, 60);
    assertThat(Select.nth(same, 180_000)).isEqualTo(60);
  }

  private static double bySorting(int[] sorted, double q) {
    double rank = q * (sorted.length - 1);
    int low = (int) Math.floor(rank);
    int high = Math.min(low + 1, sorted.length - 1);
    return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
  }

  private static int[] sorted(List<Integer> list) {
    int[] a = array(list);
    Arrays.sort(a);
    return a;
  }

  private static int[] array(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }
}
