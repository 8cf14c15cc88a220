package app.walkaway.importer.merge;

import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import app.walkaway.importer.Entry;
import app.walkaway.importer.Names;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Merges several exports of the same chat into one time-sorted list without the items they share.
 *
 * <p>Two items are the same when they come from the same person (author key; for events, the
 * actor), belong to the same kind family (see {@link #family(Kind)}), carry the same text
 * (invisible marks, line-ending style and surrounding space ignored; media ignore text, because one
 * export names the file where the other writes a placeholder), and lie at most a minute apart.
 * Repeats inside one file are kept (multiset rule: see {@link Dedup}). The output is sorted by
 * time, then file and line, so it does not depend on the order the files were given in, and one
 * file's items keep their file order within a minute.
 */
public final class Merge {
  private static final Comparator<Entry> ENTRY_ORDER =
      sameFirst(
          Comparator.comparing(Entry::at)
              .thenComparing(e -> e.source().origin())
              .thenComparingLong(e -> e.source().line())
              .thenComparing(e -> e.author().key())
              .thenComparing(e -> e.author().name())
              .thenComparing(e -> e.author().owner())
              .thenComparing(Entry::kind)
              .thenComparing(Entry::channel)
              .thenComparing(Entry::text)
              .thenComparingLong(Entry::seconds));

  private static final Comparator<Event> EVENT_ORDER =
      sameFirst(
          Comparator.comparing(Event::at)
              .thenComparing(e -> e.source().origin())
              .thenComparingLong(e -> e.source().line())
              .thenComparing(Event::who)
              .thenComparing(Event::kind)
              .thenComparing(Event::channel)
              .thenComparing(Event::text)
              .thenComparingLong(Event::seconds));

  private static final Dedup<Entry> ENTRIES =
      new Dedup<>(
          e -> new EntryKey(e.author().key(), family(e.kind()), text(e.kind(), e.text())),
          e -> e.at().toEpochSecond(ZoneOffset.UTC),
          ENTRY_ORDER);

  private static final Dedup<Event> EVENTS =
      new Dedup<>(
          e -> new EventKey(e.who(), family(e.kind()), text(e.kind(), e.text())),
          e -> e.at().toEpochSecond(ZoneOffset.UTC),
          EVENT_ORDER);

  private Merge() {}

  /** The same item compared with itself (a file merged with itself) need not walk ten fields. */
  private static <T> Comparator<T> sameFirst(Comparator<T> order) {
    return (x, y) -> x == y ? 0 : order.compare(x, y);
  }

  /** One export's entries sorted, or several exports' entries merged. */
  public static List<Entry> entries(List<List<Entry>> files) {
    return fold(files, ENTRIES, ENTRY_ORDER);
  }

  /** The same rule for events from different formats, where only the actor is known. */
  public static List<Event> events(List<List<Event>> sources) {
    return fold(sources, EVENTS, EVENT_ORDER);
  }

  private static <T> List<T> fold(List<List<T>> inputs, Dedup<T> dedup, Comparator<T> order) {
    Objects.requireNonNull(inputs, "inputs");
    if (inputs.isEmpty()) {
      return List.of();
    }
    List<T> merged = new ArrayList<>(inputs.get(0));
    merged.sort(order);
    for (List<T> next : inputs.subList(1, inputs.size())) {
      merged = dedup.merge(merged, next);
    }
    return merged;
  }

  /**
   * Kinds that one export may record differently from another: a link can be a plain message in one
   * and a share in the other, a call can show as missed in one and answered in the other.
   */
  static String family(Kind kind) {
    return switch (kind) {
      case MESSAGE, SHARE -> "text";
      case CALL, MISSED_CALL -> "call";
      default -> kind.name();
    };
  }

  static String text(Kind kind, String text) {
    if (kind == Kind.MEDIA) {
      return "";
    }
    if (isClean(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\r' && !Names.isInvisible(c)) {
        out.append(c);
      }
    }
    return out.toString().strip();
  }

  /** Most texts need no cleaning; checking is cheaper than copying a million of them. */
  private static boolean isClean(String text) {
    if (text.isEmpty()) {
      return true;
    }
    if (Character.isWhitespace(text.charAt(0))
        || Character.isWhitespace(text.charAt(text.length() - 1))) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || Names.isInvisible(c)) {
        return false;
      }
    }
    return true;
  }

  // Not the owner flag: a Telegram account export marks her as its owner, a single-chat export of
  // the same chat names her alike without it, and her messages in both are the same messages.
  private record EntryKey(String author, String family, String text) {}

  private record EventKey(Object who, String family, String text) {}
}
