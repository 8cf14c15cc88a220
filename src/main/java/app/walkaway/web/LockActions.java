package app.walkaway.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * Lock, Quick exit and "still here". All three are POSTs: a link or an image on another page cannot
 * trigger them by being loaded, and a browser never repeats them from its history.
 */
final class LockActions {
  static final String LOCK = "/lock";
  static final String EXIT = "/exit";
  static final String STILL_HERE = "/still-here";

  private final VaultDoor door;

  LockActions(VaultDoor door) {
    this.door = door;
  }

  /** The lock button: lock, then show the lock screen. */
  void lock(Context ctx) {
    door.lock();
    ctx.redirect(Gate.UNLOCK, HttpStatus.SEE_OTHER);
  }

  /**
   * Quick exit without JavaScript: lock, then the neutral page. With JavaScript the page replaces
   * itself with the neutral one at once and posts here in the background.
   */
  void exit(Context ctx) {
    door.lock();
    ctx.redirect(NotesPage.PATH, HttpStatus.SEE_OTHER);
  }

  /** Her typing or scrolling on an open page: the idle lock's clock restarts (in the gate). */
  void stillHere(Context ctx) {
    ctx.status(HttpStatus.NO_CONTENT);
  }
}
