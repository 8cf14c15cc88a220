package app.walkaway.importer.merge;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Multiset merge of two lists of items. Items are the same when their keys are equal and their
 * times are at most {@link #TOLERANCE} apart. Within one key, both sides are walked in time order
 * and paired greedily; every pair keeps one item, every unpaired item is kept. So an item that
 * genuinely repeats inside one list ("ok" twice in a minute) stays repeated, and a group that
 * appears n times in one list and m times in the other comes out max(n, m) times when the times
 * line up. The rule is symmetric and pairs a list with itself one to one, so the merge is
 * order-independent and idempotent.
 */
final class Dedup<T> {
  /** WhatsApp writes minutes, iOS and the JSON exports seconds: one minute covers both. */
  static final Duration TOLERANCE = Duration.ofMinutes(1);

  private final Function<T, Object> key;
  private final Function<T, LocalDateTime> time;
  private final Comparator<T> order;

  /**
   * @param order a total order consistent with time first; it sorts the output and picks which of
   *     two paired items is kept (the smaller), so the result does not depend on argument order
   */
  Dedup(Function<T, Object> key, Function<T, LocalDateTime> time, Comparator<T> order) {
    this.key = key;
    this.time = time;
    this.order = order;
  }

  List<T> merge(List<T> a, List<T> b) {
    Map<Object, List<T>> groupsA = group(a);
    Map<Object, List<T>> groupsB = group(b);
    List<T> out = new ArrayList<>(Math.max(a.size(), b.size()));
    groupsA.forEach((k, items) -> pair(items, groupsB.getOrDefault(k, List.of()), out));
    groupsB.forEach(
        (k, items) -> {
          if (!groupsA.containsKey(k)) {
            out.addAll(items);
          }
        });
    out.sort(order);
    return out;
  }

  private Map<Object, List<T>> group(List<T> items) {
    Map<Object, List<T>> groups = new HashMap<>();
    for (T item : items) {
      groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>(1)).add(item);
    }
    groups.values().forEach(list -> list.sort(order));
    return groups;
  }

  private void pair(List<T> a, List<T> b, List<T> out) {
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      T x = a.get(i);
      T y = b.get(j);
      Duration apart = Duration.between(time.apply(x), time.apply(y)).abs();
      if (apart.compareTo(TOLERANCE) <= 0) {
        out.add(order.compare(x, y) <= 0 ? x : y);
        i++;
        j++;
      } else if (order.compare(x, y) < 0) {
        out.add(x);
        i++;
      } else {
        out.add(y);
        j++;
      }
    }
    out.addAll(a.subList(i, a.size()));
    out.addAll(b.subList(j, b.size()));
  }
}
