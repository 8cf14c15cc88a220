package app.walkaway.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Set;

/**
 * Sends every request to where the vault's state allows: the first-run page while there is no
 * vault, the unlock page while it is locked, and never back to either once it is open. Assets, the
 * neutral notes page and Quick exit work in every state. A request that gets through counts as her
 * being there (the idle lock's clock restarts).
 */
final class Gate {
  static final String WELCOME = "/welcome";
  static final String UNLOCK = "/unlock";
  static final String HOME = "/today";
  private static final Set<String> ALWAYS =
      Set.of(NotesPage.PATH, LockActions.EXIT, "/favicon.ico");

  private final VaultDoor door;

  Gate(VaultDoor door) {
    this.door = door;
  }

  void check(Context ctx) {
    String path = ctx.path();
    if (path.startsWith("/assets/") || path.startsWith("/webjars/") || ALWAYS.contains(path)) {
      return;
    }
    String allowedHere =
        switch (door.state()) {
          case NONE -> path.equals(WELCOME) ? null : WELCOME;
          case LOCKED -> path.equals(UNLOCK) ? null : UNLOCK;
          case OPEN ->
              path.equals(WELCOME) || path.equals(UNLOCK) || path.equals("/") ? HOME : null;
        };
    if (allowedHere != null) {
      sendTo(ctx, allowedHere);
    } else if (door.state() == VaultDoor.State.OPEN) {
      door.touch();
    }
  }

  /**
   * A page request is redirected; an htmx request (a part of a page) is told to load the whole page
   * instead, so a lock screen never lands inside a page's fragment.
   */
  static void sendTo(Context ctx, String path) {
    if ("true".equals(ctx.header("HX-Request"))) {
      ctx.header("HX-Redirect", path);
      ctx.status(HttpStatus.NO_CONTENT);
    } else {
      ctx.redirect(path, HttpStatus.SEE_OTHER);
    }
    ctx.skipRemainingHandlers();
  }
}
