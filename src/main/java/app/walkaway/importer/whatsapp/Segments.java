package app.walkaway.importer.whatsapp;

import app.walkaway.importer.Author;
import app.walkaway.importer.Entry;
import app.walkaway.importer.ImportException;
import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.Limits;
import app.walkaway.importer.SplitSink;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Reads a big plain export on every core: the file is cut into {@link Segment}s read at the same
 * time, and their entries are handed to the sink in file order, as a one-pass read would. At most
 * one segment more than there are threads is read ahead, so memory stays flat however big the file.
 */
final class Segments {
  /**
   * Files smaller than this are read in one pass: there, the start of the JVM outweighs the parse,
   * and reading in segments costs more CPU in all (about 15% more on the 1M-message export).
   */
  static final long PARALLEL_FROM = 4L << 20;

  /**
   * Small segments keep memory flat: a batch waits for hand-over only while the segments before it
   * are read, and with a few hundred kilobytes per segment the waiting batches fit in the young
   * generation's survivor space instead of being promoted (measured while analyze still used
   * batches: 1 MB segments took the 1M-message run from 133 MB to 210 MB peak, 256 kB ones to about
   * 140 MB).
   */
  static final long SEGMENT_BYTES = 256L << 10;

  private Segments() {}

  /** The threads to read a file of this size with; 1 means one pass on the caller's thread. */
  static int threadsFor(long size, int allowed) {
    return size < PARALLEL_FROM ? 1 : allowed;
  }

  /**
   * {@code texts}: see {@link ImportOptions#texts()}; past {@code maxEntries} entries the file is
   * refused ({@link Limits#tooManyEntries}), at most a segment's entries after the cap was passed.
   */
  static Counts read(
      Path file,
      long size,
      Layout layout,
      boolean texts,
      String origin,
      int threads,
      long maxEntries,
      Consumer<Entry> sink) {
    int count = (int) Math.max(threads, (size + SEGMENT_BYTES - 1) / SEGMENT_BYTES);
    return read(file, size, layout, texts, origin, threads, count, maxEntries, sink);
  }

  /** Reads the file cut into {@code count} segments of about equal size, without a cap (tests). */
  static Counts read(
      Path file,
      long size,
      Layout layout,
      boolean texts,
      String origin,
      int threads,
      int count,
      Consumer<Entry> sink) {
    return read(file, size, layout, texts, origin, threads, count, Long.MAX_VALUE, sink);
  }

  private static Counts read(
      Path file,
      long size,
      Layout layout,
      boolean texts,
      String origin,
      int threads,
      int count,
      long maxEntries,
      Consumer<Entry> sink) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, Segments::daemon);
    Holders holders = new Holders(origin, sink);
    try {
      Deque<Held> held = new ArrayDeque<>();
      Deque<Future<Segment.Lines>> ahead = new ArrayDeque<>();
      int next = 0;
      for (; next < count && next <= threads; next++) {
        held.add(holders.next(segmentBytes(size, next, count)));
        ahead.add(pool.submit(segment(file, size, layout, texts, next, count, held.getLast())));
      }
      Counts total = Counts.NONE;
      long linesBefore = 0;
      while (!ahead.isEmpty()) {
        Segment.Lines lines = await(ahead.poll(), origin);
        Held done = held.poll();
        if (next < count) {
          held.add(holders.next(segmentBytes(size, next, count)));
          ahead.add(pool.submit(segment(file, size, layout, texts, next++, count, held.getLast())));
        }
        done.handOver(lines.shift(linesBefore));
        total = total.then(lines.counts(), lines.shift(linesBefore));
        linesBefore += lines.crossing();
        if (total.entries() > maxEntries) {
          throw Limits.tooManyEntries(origin, maxEntries);
        }
      }
      return total;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Where each segment's entries wait: a part of a sink that takes parts, filled on the reading
   * thread, or else a {@link Batch} handed to the sink entry by entry.
   */
  private static final class Holders {
    private final String origin;
    private final Consumer<Entry> sink;
    private final Map<Author, Author> authors = new HashMap<>();

    Holders(String origin, Consumer<Entry> sink) {
      this.origin = origin;
      this.sink = sink;
    }

    Held next(long bytes) {
      return sink instanceof SplitSink split
          ? new PartHeld(split, origin, bytes)
          : new Batch(bytes, origin, authors, sink);
    }
  }

  private static long segmentBytes(long size, int index, int count) {
    return size * (index + 1) / count - size * index / count;
  }

  private static Segment segment(
      Path file, long size, Layout layout, boolean texts, int index, int count, Held out) {
    long start = size * index / count;
    long end = index == count - 1 ? Long.MAX_VALUE : size * (index + 1) / count;
    return new Segment(file, layout, texts, start, end, out);
  }

  private static Segment.Lines await(Future<Segment.Lines> lines, String origin) {
    try {
      return lines.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImportException(origin + ": reading was interrupted", e);
    }
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "walkaway-whatsapp-segment");
    thread.setDaemon(true);
    return thread;
  }
}
