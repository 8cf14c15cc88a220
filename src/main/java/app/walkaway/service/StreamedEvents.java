package app.walkaway.service;

import app.walkaway.event.Event;
import app.walkaway.importer.Cast;
import app.walkaway.importer.Entry;
import app.walkaway.importer.ImportException;
import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.Importers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A chat export's events as it is read, for the vault to store as they come: the importer runs on a
 * thread of its own and hands its entries over, cast as events, through a short queue. Memory then
 * holds a few thousand events however long the chat is; the importer waits while the vault is
 * behind.
 *
 * <p>The file was read once already ({@link ChatSurvey}), which found no problem and counted its
 * entries; if this reading finds a different number, the file changed in between, and the import
 * stops before anything of it is stored rather than store a chat that was never chosen for.
 *
 * <p>One thread takes the events (the vault's); {@link #close()} from any thread stops the reading
 * and lets go of the file.
 */
final class StreamedEvents implements Iterator<Event>, AutoCloseable {
  private static final int CHUNK = 1_024;
  private static final int CHUNKS_AHEAD = 8;

  private final Path file;
  private final long expected;
  private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
  private final Thread reader;
  private volatile boolean closed;
  private Iterator<Event> current = Collections.emptyIterator();
  private boolean ended;
  private long handed;

  /** What the reading thread ended with, when it was not the end of the file. */
  private record Failed(Throwable cause) {}

  /** The reading thread's last chunk. */
  private static final Object END = new Object();

  /** Thrown inside the importer to stop it once no one takes its events any more. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("the import stopped", null, false, false);
    }
  }

  /**
   * Starts reading {@code file} at once.
   *
   * @param expected how many entries the first reading found
   */
  StreamedEvents(Path file, ImportOptions options, Cast cast, long expected) {
    this.file = file;
    this.expected = expected;
    this.reader = new Thread(() -> read(options, cast), "walkaway-import-read");
    reader.setDaemon(true);
    reader.start();
  }

  private void read(ImportOptions options, Cast cast) {
    Feeder feeder = new Feeder(cast);
    try {
      Importers.read(file, options, feeder);
      feeder.flush();
      put(END);
    } catch (Stopped e) {
      // closed: nobody is waiting for more
    } catch (RuntimeException | Error e) {
      if (!closed) {
        try {
          put(new Failed(e));
        } catch (Stopped stopped) {
          // closed meanwhile
        }
      }
    }
  }

  /** Collects cast events into chunks, so the queue is touched once per thousand. */
  private final class Feeder implements Consumer<Entry> {
    private final Cast cast;
    private List<Event> chunk = new ArrayList<>(CHUNK);

    Feeder(Cast cast) {
      this.cast = cast;
    }

    @Override
    public void accept(Entry entry) {
      chunk.add(cast.toEvent(entry));
      if (chunk.size() == CHUNK) {
        flush();
      }
    }

    void flush() {
      if (!chunk.isEmpty()) {
        put(chunk);
        chunk = new ArrayList<>(CHUNK);
      }
    }
  }

  private void put(Object item) {
    try {
      while (!chunks.offer(item, 100, TimeUnit.MILLISECONDS)) {
        if (closed) {
          throw new Stopped();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stopped();
    }
    if (closed) {
      throw new Stopped();
    }
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext()) {
      if (ended) {
        return false;
      }
      take();
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  private void take() {
    Object item;
    try {
      item = chunks.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while importing " + file, e);
    }
    if (item == END) {
      ended = true;
      requireUnchanged();
    } else if (item instanceof Failed failed) {
      ended = true;
      throw rethrow(failed.cause());
    } else {
      current = ((List<Event>) item).iterator();
    }
  }

  private void requireUnchanged() {
    if (handed != expected) { // every chunk before the end has been handed over
      throw new ImportException(
          file
              + ": the file changed while it was being imported (it held "
              + expected
              + " messages, then "
              + handed
              + "), so nothing of it was stored; import it again once it is complete");
    }
  }

  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof Error error) {
      throw error;
    }
    return (RuntimeException) cause;
  }

  @Override
  public Event next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    handed++;
    return current.next();
  }

  /** Stops the reading (if it is still going) and waits a moment for it to let go of the file. */
  @Override
  public void close() {
    closed = true;
    chunks.clear();
    reader.interrupt();
    try {
      reader.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
