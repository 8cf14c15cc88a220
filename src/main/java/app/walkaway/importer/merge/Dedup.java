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
    ContactPass walk = new ContactPass(a.size() + b.size());
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

  /**
   * The state of one merge: per side and key, the unpaired items of the last minute as a linked
   * queue (oldest first), and all of them in time order so they can leave once too old to pair.
   */
  private final class ContactPass {
    final List<T> out;
    final List<Map<Object, Node<T>>> waiting = List.of(new HashMap<>(), new HashMap<>());
    final ArrayDeque<Node<T>> byTime = new ArrayDeque<>();

    ContactPass(int capacity) {
      out = new ArrayList<>(capacity);
    }

    void accept(T item, int side) {
      long now = seconds.applyAsLong(item);
      expire(now);
      Object k = key.apply(item);
      Node<T> partner = waiting.get(1 - side).get(k);
      if (partner != null) {
        unlink(partner, 1 - side);
        out.add(order.compare(item, partner.item) <= 0 ? item : partner.item);
        return;
      }
      Node<T> node = new Node<>(item, k, side, now);
      Node<T> head = waiting.get(side).putIfAbsent(k, node);
      if (head != null) {
        head.tail.next = node;
        head.tail = node;
      }
      byTime.add(node);
    }

    /** Items older than a minute can no longer pair: they are kept alone. */
    void expire(long now) {
      while (!byTime.isEmpty() && now - byTime.peek().seconds > TOLERANCE_SECONDS) {
        release(byTime.poll());
      }
    }

    void flush() {
      while (!byTime.isEmpty()) {
        release(byTime.poll());
      }
    }

    private void release(Node<T> node) {
      if (!node.paired) {
        unlink(node, node.side);
        out.add(node.item);
      }
    }

    /** Removes the head of its key's queue: pairing and expiry both take the oldest first. */
    private void unlink(Node<T> head, int side) {
      head.paired = true;
      if (head.next == null) {
        waiting.get(side).remove(head.key);
      } else {
        head.next.tail = head.tail;
        waiting.get(side).put(head.key, head.next);
      }
    }
  }

  /** One unpaired item; the head of a key's queue also knows the queue's tail. */
  private static final class Node<T> {
    final T item;
    final Object key;
    final int side;
    final long seconds;
    Node<T> next;
    Node<T> tail = this;
    boolean paired;

    Node(T item, Object key, int side, long seconds) {
      this.item = item;
      this.key = key;
      this.side = side;
      this.seconds = seconds;
    }
  }
}
