package app.walkaway.analysis;

import java.util.Arrays;

/** A growable array of ints: reply delays in seconds, four bytes each, no boxing. */
final class IntBag {
  private int[] values = new int[16];
  private int size;

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  void addAll(IntBag other) {
    for (int i = 0; i < other.size; i++) {
      add(other.values[i]);
    }
  }

  int size() {
    return size;
  }

  int[] values() {
    return values;
  }
}
