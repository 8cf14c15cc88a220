package app.walkaway.importer;

import java.util.function.Consumer;

/**
 * A sink that can also take one file's entries in parts filled on several threads at once, for an
 * importer that reads a big file in segments. Each part is filled by one thread, in file order
 * within it, and numbers its lines from its own start; the importer then joins the parts in file
 * order, on the thread that called it, with the shift that turns their lines into the file's.
 * Entries that come through {@link #accept} instead are in file order with the file's lines.
 */
public interface SplitSink extends Consumer<Entry> {

  /** One part's entries, as one thread hands them over. */
  interface Part extends Consumer<Entry> {}

  /**
   * A new, empty part for about {@code bytes} of the file (a hint for its first size); called on
   * the importer's calling thread.
   */
  Part newPart(long bytes);

  /** Adds a filled part after everything before it, its lines moved by {@code lineShift}. */
  void join(Part part, long lineShift);
}
