package app.walkaway.security;

import app.walkaway.security.Sessions.Session;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The web app's one guard, run before every handler (pages, assets, errors alike). In order:
 *
 * <ol>
 *   <li>the Host must be this server ({@link HostRule}: DNS rebinding);
 *   <li>a request must not come from another site ({@link FetchRule}: cross-site requests, and
 *       other sites probing whether the app runs here);
 *   <li>the session cookie is matched to the one session of the unlocked vault ({@link Sessions});
 *   <li>every POST must carry that session's CSRF token, as the form field {@value #FIELD} or the
 *       header {@value #HEADER} ({@link CsrfCheck}); uploads are read first, under their limits and
 *       into the vault's folder only ({@link UploadPolicy}).
 * </ol>
 *
 * A refused request gets a plain page that names nothing and echoes nothing, and no handler after
 * this one runs.
 */
public final class Guard {
  /** The form field that carries the CSRF token. */
  public static final String FIELD = "csrf";

  /** The header htmx sends the CSRF token in (set once, with hx-headers on the body). */
  public static final String HEADER = "X-CSRF-Token";

  private static final String SESSION = Guard.class.getName() + ".session";

  /**
   * The session of the request this thread is serving, for pages that build their frame without the
   * request at hand. Jetty serves a request on one thread, start to end (no handler here is
   * asynchronous), and {@link #check} sets it first thing on every request, so no request ever sees
   * another's.
   */
  private static final ThreadLocal<Optional<Session>> SERVING =
      ThreadLocal.withInitial(Optional::empty);

  private final GuardSettings settings;
  private final Sessions sessions = new Sessions();
  private final CsrfCheck csrf;
  private final UnlockThrottle throttle;

  private Guard(GuardSettings settings) {
    this.settings = settings;
    this.csrf = new CsrfCheck(settings, sessions);
    this.throttle = UnlockThrottle.in(settings.vaultFolder(), Clock.systemUTC());
  }

  /**
   * The guard for one server. Call it once, before the server listens: it also removes what an
   * upload interrupted by a crash left in the vault's folder.
   */
  public static Guard create(GuardSettings settings) {
    Objects.requireNonNull(settings, "settings");
    settings.uploads().clearLeftovers();
    return new Guard(settings);
  }

  /** The before-handler: lets the request through, or refuses it and skips every other handler. */
  public void check(Context ctx) {
    SERVING.set(Optional.empty());
    Optional<Refusal> refusal = judge(ctx);
    if (refusal.isPresent()) {
      refuse(ctx, refusal.get());
    } else if (settings.closers().contains(ctx.path()) && ctx.method() == HandlerType.POST) {
      SessionCookie.expire(ctx); // Lock and Quick exit: the browser forgets the cookie too
    }
  }

  private Optional<Refusal> judge(Context ctx) {
    int port = ctx.req().getLocalPort();
    if (!HostRule.isOurs(ctx.header("Host"), port)) {
      return Optional.of(Refusal.FOREIGN_HOST);
    }
    FetchRule.Headers headers =
        new FetchRule.Headers(
            ctx.header("Sec-Fetch-Site"),
            ctx.header("Sec-Fetch-Mode"),
            ctx.header("Origin"),
            ctx.header("Referer"));
    boolean reading = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
    if (reading ? FetchRule.readIsForeign(headers) : FetchRule.changeIsForeign(headers, port)) {
      return Optional.of(Refusal.FOREIGN_SITE);
    }
    Optional<Session> session = session(ctx);
    if (session.isEmpty() && reading && FetchRule.isOwnOrTyped(headers)) {
      session = claim(ctx);
    }
    remember(ctx, session);
    if (reading || settings.closers().contains(ctx.path())) {
      return Optional.empty();
    }
    return csrf.check(ctx, session);
  }

  /** The session this request's cookie holds, if it is the open vault's. */
  private Optional<Session> session(Context ctx) {
    if (!settings.vaultOpen().getAsBoolean()) {
      sessions.close(); // the vault locked on its own (idle): the session goes with it
      return Optional.empty();
    }
    return sessions.holding(ctx.cookie(SessionCookie.NAME));
  }

  private Optional<Session> claim(Context ctx) {
    if (!settings.vaultOpen().getAsBoolean()) {
      return Optional.empty();
    }
    Optional<Session> claimed = sessions.claim();
    claimed.ifPresent(s -> SessionCookie.set(ctx, s.id()));
    return claimed;
  }

  private static void remember(Context ctx, Optional<Session> session) {
    ctx.attribute(SESSION, session);
    SERVING.set(session);
  }

  private static void refuse(Context ctx, Refusal refusal) {
    if ("true".equals(ctx.header("HX-Request")) && refusal.ours) {
      ctx.header("HX-Refresh", "true"); // a part of a page: reload the whole page instead
    }
    ctx.status(refusal.status);
    ctx.html(refusal.page());
    ctx.skipRemainingHandlers();
  }

  /**
   * True when this request belongs to the open vault's session. A request without it sees a locked
   * vault, even while the vault is open for someone else.
   */
  public boolean holdsSession(Context ctx) {
    return current(ctx).isPresent();
  }

  /**
   * The CSRF token for this request's forms (the hidden input {@value #FIELD}) and htmx header: the
   * session's, or before unlock the door token of the create and unlock forms.
   */
  public String token(Context ctx) {
    return sessions.token(current(ctx));
  }

  /**
   * The same token, for the request this thread is serving: for a page's frame, built without the
   * request at hand. Outside a request, the door token.
   */
  public String token() {
    return sessions.token(SERVING.get().flatMap(s -> sessions.holding(s.id())));
  }

  /**
   * The count of wrong passphrases, beside the vault: every passphrase typed into a page uses it.
   */
  public UnlockThrottle throttle() {
    return throttle;
  }

  /**
   * She created or unlocked the vault with this request: a new session starts, its cookie is set on
   * this response, and any other session (another browser, an old cookie) ends.
   */
  public void opened(Context ctx) {
    Session session = sessions.open();
    remember(ctx, Optional.of(session));
    SessionCookie.set(ctx, session.id());
  }

  /** The vault locked (her button, Quick exit, the idle time, the server stopping). */
  public void closed() {
    sessions.close();
  }

  private Optional<Session> current(Context ctx) {
    Optional<Session> known = ctx.attribute(SESSION);
    if (known != null) {
      return known.flatMap(s -> sessions.holding(s.id()));
    }
    return settings.vaultOpen().getAsBoolean()
        ? sessions.holding(ctx.cookie(SessionCookie.NAME))
        : Optional.empty();
  }
}
