package app.walkaway.web;

import app.walkaway.security.Guard;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Set;

/**
 * Sends every request to where the vault's state allows: the first-run page while there is no
 * vault, the unlock page while it is locked, and never back to either once it is open. Assets, the
 * neutral notes page, Quick exit and the open page's "still open" ({@link OpenPages}: not her
 * activity, so it never holds the idle lock off) work in every state. A request that gets through
 * counts as her being there (the idle lock's clock restarts). A browser without her session
 * (another browser, an old cookie) finds the vault locked even while it is open: it must unlock
 * with the passphrase, which ends the other session.
 */
final class Gate {
  static final String WELCOME = "/welcome";
  static final String UNLOCK = "/unlock";
  static final String HOME = "/today";
  private static final Set<String> ALWAYS =
      Set.of(NotesPage.PATH, LockActions.EXIT, "/favicon.ico", OpenPages.PATH);

  private final VaultDoor door;
  private final Guard guard;

  Gate(VaultDoor door, Guard guard) {
    this.door = door;
    this.guard = guard;
  }

  void check(Context ctx) {
    String path = ctx.path();
    if (path.startsWith("/assets/") || path.startsWith("/webjars/") || ALWAYS.contains(path)) {
      return;
    }
    VaultDoor.State state = door.state();
    if (state == VaultDoor.State.OPEN && !guard.holdsSession(ctx)) {
      state = VaultDoor.State.LOCKED;
    }
    String allowedHere =
        switch (state) {
          case NONE -> path.equals(WELCOME) ? null : WELCOME;
          case LOCKED -> path.equals(UNLOCK) ? null : UNLOCK;
          case OPEN ->
              path.equals(WELCOME) || path.equals(UNLOCK) || path.equals("/") ? HOME : null;
        };
    if (allowedHere != null) {
      sendTo(ctx, allowedHere);
    } else if (state == VaultDoor.State.OPEN) {
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
