package app.walkaway.importer.merge;

import app.walkaway.event.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The rule of {@link Merge#entries} for items kept in columns rather than as {@link
 * app.walkaway.importer.Entry} objects: rows are numbered, and a 64-bit hash of the cleaned text
 * ({@link #textHash}) stands in for the text. Two different texts of the same person, kind family
 * and minute would have to share a hash to be taken for one message; at 2<sup>-64</sup> a pair,
 * that is far less likely than a misread export, so no text is kept to double-check.
 */
public final class RowMerge {
  private RowMerge() {}

  /** What the merge reads of each row. */
  public interface Rows {
    /** Wall-clock time in milliseconds since 1970-01-01T00:00 read as UTC. */
    long millis(int row);

    String origin(int row);

    long line(int row);

    String authorKey(int row);

    String authorName(int row);

    boolean owner(int row);

    Kind kind(int row);

    int channel(int row);

    long textHash(int row);
  }

  /**
   * The rows to keep, in output order: {@code files.get(i)} holds the rows of the i-th file. Sorted
   * by time, then file and line, like {@link Merge#entries}.
   */
  public static int[] merge(Rows rows, List<int[]> files) {
    Objects.requireNonNull(rows, "rows");
    Comparator<Integer> order = order(rows);
    Dedup<Integer> dedup =
        new Dedup<>(
            r -> new Key(rows.authorKey(r), Merge.family(rows.kind(r)), rows.textHash(r)),
            r -> Math.floorDiv(rows.millis(r), 1000),
            order);
    List<Integer> merged = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      List<Integer> next = boxed(files.get(i));
      merged = i == 0 ? sorted(next, order) : dedup.merge(merged, next);
    }
    return merged.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A 64-bit hash (FNV-1a, then mixed) of the text as the merge compares it. */
  public static long textHash(Kind kind, String text) {
    String clean = Merge.text(kind, text);
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < clean.length(); i++) {
      h = (h ^ clean.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    return h ^ (h >>> 33);
  }

  private static Comparator<Integer> order(Rows rows) {
    Comparator<Integer> byFields =
        Comparator.<Integer>comparingLong(rows::millis)
            .thenComparing(rows::origin)
            .thenComparingLong(rows::line)
            .thenComparing(rows::authorKey)
            .thenComparing(rows::authorName)
            .thenComparing(rows::owner)
            .thenComparing(rows::kind)
            .thenComparingInt(rows::channel)
            .thenComparingLong(rows::textHash);
    return (x, y) -> x.equals(y) ? 0 : byFields.compare(x, y);
  }

  private static List<Integer> boxed(int[] rows) {
    List<Integer> list = new ArrayList<>(rows.length);
    for (int r : rows) {
      list.add(r);
    }
    return list;
  }

  private static List<Integer> sorted(List<Integer> rows, Comparator<Integer> order) {
    rows.sort(order);
    return rows;
  }

  /** The owner flag is not part of it, as in {@link Merge}: one export may mark her, one not. */
  private record Key(String author, String family, long text) {}
}
