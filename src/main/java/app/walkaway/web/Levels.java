package app.walkaway.web;

import java.util.Arrays;

/**
 * Shades for a heatmap: 0 for nothing, then 1 to 4 by quarters of the non-zero counts, so a few
 * very busy days do not wash every other day out to the palest shade.
 */
final class Levels {
  private final int[] quarters;

  private Levels(int[] quarters) {
    this.quarters = quarters;
  }

  static Levels of(int[] counts) {
    int[] nonZero = Arrays.stream(counts).filter(n -> n > 0).sorted().toArray();
    if (nonZero.length == 0) {
      return new Levels(new int[] {0, 0, 0});
    }
    return new Levels(new int[] {at(nonZero, 0.25), at(nonZero, 0.5), at(nonZero, 0.75)});
  }

  private static int at(int[] sorted, double q) {
    return sorted[(int) Math.floor(q * (sorted.length - 1))];
  }

  int of(int count) {
    if (count <= 0) {
      return 0;
    }
    int level = 1;
    for (int quarter : quarters) {
      if (count > quarter) {
        level++;
      }
    }
    return level;
  }
}
