package app.walkaway.analysis;

/**
 * The k-th smallest of an array in linear expected time (quickselect), for quantiles of reply
 * delays. Partitions three ways, since delays repeat a lot (exports write whole minutes), and takes
 * the middle of three as the pivot, so sorted input is not a worst case.
 */
final class Select {
  private Select() {}

  /**
   * Reorders {@code a} so that {@code a[k]} holds the value it would hold sorted, with no larger
   * value before it and no smaller one after it; returns that value.
   */
  static int nth(int[] a, int k) {
    int from = 0;
    int to = a.length - 1;
    while (from < to) {
      int pivot = medianOfThree(a[from], a[(from + to) >>> 1], a[to]);
      // Dijkstra's three-way partition: [from, lt) < pivot, [lt, gt] == pivot, (gt, to] > pivot
      int lt = from;
      int gt = to;
      int i = from;
      while (i <= gt) {
        if (a[i] < pivot) {
          swap(a, lt++, i++);
        } else if (a[i] > pivot) {
          swap(a, i, gt--);
        } else {
          i++;
        }
      }
      if (k < lt) {
        to = lt - 1;
      } else if (k > gt) {
        from = gt + 1;
      } else {
        return pivot;
      }
    }
    return a[k];
  }

  /** The smallest of {@code a[from..]}. */
  static int minFrom(int[] a, int from) {
    int min = a[from];
    for (int i = from + 1; i < a.length; i++) {
      min = Math.min(min, a[i]);
    }
    return min;
  }

  private static int medianOfThree(int x, int y, int z) {
    return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
  }

  private static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
