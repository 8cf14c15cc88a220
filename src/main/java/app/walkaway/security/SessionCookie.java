package app.walkaway.security;

import io.javalin.http.Context;

/**
 * The session cookie, written by hand so every attribute is exactly as chosen:
 *
 * <ul>
 *   <li>{@code HttpOnly}: no script, ours or injected, can read it;
 *   <li>{@code SameSite=Strict}: the browser sends it only with requests from this app's own pages,
 *       never with a request another site starts, not even a link she follows from elsewhere;
 *   <li>{@code Path=/}, no {@code Domain}: this host only; no {@code Max-Age}: gone when the
 *       browser closes;
 *   <li>no {@code Secure}: the app speaks plain http on 127.0.0.1, and a browser that does not
 *       count loopback as a secure origin (Safari) would drop a Secure cookie and never unlock. The
 *       traffic never leaves the machine, which is what Secure protects against.
 * </ul>
 *
 * The name is plain on purpose: the cookie store of her browser should not name the app.
 */
final class SessionCookie {
  static final String NAME = "session";
  private static final String ATTRIBUTES = "; Path=/; HttpOnly; SameSite=Strict";

  private SessionCookie() {}

  static void set(Context ctx, String value) {
    ctx.res().addHeader("Set-Cookie", NAME + "=" + value + ATTRIBUTES);
  }

  /** Tells the browser to forget the cookie (after a lock; the server already has). */
  static void expire(Context ctx) {
    ctx.res().addHeader("Set-Cookie", NAME + "=; Max-Age=0" + ATTRIBUTES);
  }
}
