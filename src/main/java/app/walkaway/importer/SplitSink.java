package app.walkaway.importer;

import app.walkaway.event.Channel;
import app.walkaway.event.Kind;
import java.util.function.Consumer;

/**
 * A sink that can also take one file's entries in parts filled on several threads at once, for an
 * importer that reads a big file in segments. Each part is filled by one thread, in file order
 * within it, and numbers its lines from its own start; the importer then joins the parts in file
 * order, on the thread that called it, with the shift that turns their lines into the file's.
 * Entries that come through {@link #accept} instead are in file order with the file's lines.
 */
public interface SplitSink extends Consumer<Entry> {

  /**
   * One part's entries, as one thread hands them over, each given by its fields (an {@link
   * Entry}'s, with its time as milliseconds from 1970-01-01T00:00 on the same wall clock, its
   * source as origin and line, and no call duration): a part that keeps columns stores them without
   * an Entry and a SourceRef being made for every message of a big file.
   */
  interface Part {
    void add(
        long millis,
        Author author,
        Kind kind,
        Channel channel,
        String text,
        String origin,
        long line,
        boolean asks);
  }

  /**
   * A new, empty part for about {@code bytes} of the file (a hint for its first size); called on
   * the importer's calling thread.
   */
  Part newPart(long bytes);

  /** Adds a filled part after everything before it, its lines moved by {@code lineShift}. */
  void join(Part part, long lineShift);
}
