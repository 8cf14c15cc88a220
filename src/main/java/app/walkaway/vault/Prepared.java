package app.walkaway.vault;

import app.walkaway.event.Event;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The per-event work of an import that needs no database, done one batch ahead on a second thread:
 * the fingerprint (SHA-256) and the red-flag reading of his words. Why: reading words costs about
 * as much CPU as SQLite's inserts, and with two cores the two overlap instead of adding up.
 */
final class Prepared implements AutoCloseable {
  /** One event ready to store. */
  record Row(Event event, long fingerprint, Set<String> flags) {}

  private final Iterator<Event> events;
  private final int batch;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          work -> {
            Thread thread = new Thread(work, "walkaway-import-prepare");
            thread.setDaemon(true);
            return thread;
          });
  private Future<List<Row>> next;

  private final WordFlagger flagger;

  Prepared(Iterator<Event> events, int batch, WordFlagger flagger) {
    this.events = events;
    this.batch = batch;
    this.flagger = flagger;
    this.next = worker.submit(this::prepareBatch);
  }

  /** The next batch, empty at the end; the one after it is started at once. */
  List<Row> nextBatch() {
    try {
      List<Row> rows = next.get();
      next = rows.isEmpty() ? next : worker.submit(this::prepareBatch);
      return rows;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while importing", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
  }

  // Only the worker thread touches the iterator, and only one batch at a time.
  private List<Row> prepareBatch() {
    Fingerprint fingerprints = new Fingerprint();
    List<Row> rows = new ArrayList<>(batch);
    while (rows.size() < batch && events.hasNext()) {
      Event event = events.next();
      rows.add(new Row(event, fingerprints.of(event), flagger.flags(event.who(), event.text())));
    }
    return rows;
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
