package app.walkaway.web;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A line a page shows once after a form was sent ("Noted at 21:04"), kept in memory between the
 * POST and the page it redirects to, never in the address (it could tell what she logged). One
 * person uses the app, so one line is enough; locking forgets it.
 */
final class Notices {
  private final AtomicReference<String> pending = new AtomicReference<>();

  void put(String line) {
    pending.set(line);
  }

  /** The line, once: a second call finds nothing. */
  Optional<String> take() {
    return Optional.ofNullable(pending.getAndSet(null));
  }

  void forget() {
    pending.set(null);
  }
}
