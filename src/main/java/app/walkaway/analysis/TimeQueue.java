package app.walkaway.analysis;

import java.util.Arrays;

/**
 * The times (seconds) of the current unanswered run, oldest first. Items leave as soon as their
 * reply window has passed, so it holds at most one reply window's worth of items.
 */
final class TimeQueue {
  private long[] times = new long[16];
  private int head;
  private int tail;

  void add(long time) {
    if (tail == times.length) {
      compact();
    }
    times[tail++] = time;
  }

  boolean isEmpty() {
    return head == tail;
  }

  long oldest() {
    return times[head];
  }

  long poll() {
    return times[head++];
  }

  void clear() {
    head = 0;
    tail = 0;
  }

  private void compact() {
    int size = tail - head;
    long[] target = size * 2 < times.length ? times : Arrays.copyOf(times, times.length * 2);
    System.arraycopy(times, head, target, 0, size);
    times = target;
    head = 0;
    tail = size;
  }
}
