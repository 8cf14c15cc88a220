package app.walkaway.importer.merge;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Multiset merge of two lists of items. Items are the same when their keys are equal and their
 * times are at most {@link #TOLERANCE} apart. Both lists are walked together in time order; an item
 * pairs with the oldest unpaired item of the other list with its key, if that one is recent enough,
 * and every pair keeps one item (the smaller in the given order); unpaired items are all kept. So
 * an item that genuinely repeats inside one list ("ok" twice in a minute) stays repeated, and a
 * group that appears n times in one list and m times in the other comes out max(n, m) times when
 * the times line up. The rule is symmetric and pairs a list with itself one to one, so the merge is
 * order-independent and idempotent. Only items of the last minute wait in memory, so merging a
 * million messages stays lean.
 */
final class Dedup<T> {
  /** WhatsApp writes minutes, iOS and the JSON exports seconds: one minute covers both. */
  static final Duration TOLERANCE = Duration.ofMinutes(1);

  private static final long TOLERANCE_SECONDS = TOLERANCE.toSeconds();

  private final Function<T, Object> key;
  private final ToLongFunction<T> seconds;
  private final Comparator<T> order;

  /**
   * @param order a total order consistent with time first; it sorts the output and picks which of
   *     two paired items is kept (the smaller), so the result does not depend on argument order
   */
  Dedup(Function<T, Object> key, ToLongFunction<T> seconds, Comparator<T> order) {
    this.key = key;
    this.seconds = seconds;
    this.order = order;
  }

  List<T> merge(List<T> a, List<T> b) {
    Walk walk = new Walk(a.size() + b.size());
    List<T> left = sorted(a);
    List<T> right = sorted(b);
    int i = 0;
    int j = 0;
    while (i < left.size() || j < right.size()) {
      boolean fromLeft =
          j == right.size() || (i < left.size() && order.compare(left.get(i), right.get(j)) <= 0);
      walk.accept(fromLeft ? left.get(i++) : right.get(j++), fromLeft ? 0 : 1);
    }
    walk.flush();
    // Unpaired items leave up to a minute late, so the list is nearly sorted: cheap for TimSort.
    walk.out.sort(order);
    return walk.out;
  }

  private List<T> sorted(List<T> items) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(order);
    return copy;
  }

  /** The state of one merge: per side and key, the unpaired items of the last minute. */
  private final class Walk {
    final List<T> out;
    final List<Map<Object, ArrayDeque<T>>> waiting = List.of(new HashMap<>(), new HashMap<>());
    final ArrayDeque<Waiting<T>> byTime = new ArrayDeque<>();

    Walk(int capacity) {
      out = new ArrayList<>(capacity);
    }

    void accept(T item, int side) {
      long now = seconds.applyAsLong(item);
      expire(now);
      Object k = key.apply(item);
      ArrayDeque<T> other = waiting.get(1 - side).get(k);
      if (other != null) {
        T partner = other.poll();
        if (other.isEmpty()) {
          waiting.get(1 - side).remove(k);
        }
        out.add(order.compare(item, partner) <= 0 ? item : partner);
        return;
      }
      waiting.get(side).computeIfAbsent(k, x -> new ArrayDeque<>(2)).add(item);
      byTime.add(new Waiting<>(item, k, side, now));
    }

    /** Items older than a minute can no longer pair: they are kept alone. */
    void expire(long now) {
      while (!byTime.isEmpty() && now - byTime.peek().seconds() > TOLERANCE_SECONDS) {
        release(byTime.poll());
      }
    }

    void flush() {
      while (!byTime.isEmpty()) {
        release(byTime.poll());
      }
    }

    private void release(Waiting<T> w) {
      Map<Object, ArrayDeque<T>> side = waiting.get(w.side());
      ArrayDeque<T> queue = side.get(w.key());
      // Paired items left their queue already; per key, queues keep time order, so a still
      // unpaired item is at the head.
      if (queue != null && queue.peek() == w.item()) {
        out.add(queue.poll());
        if (queue.isEmpty()) {
          side.remove(w.key());
        }
      }
    }
  }

  private record Waiting<T>(T item, Object key, int side, long seconds) {}
}
