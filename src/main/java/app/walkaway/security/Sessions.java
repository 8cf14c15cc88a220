package app.walkaway.security;

import java.util.Optional;

/**
 * The one session of her unlocked vault. It starts when she creates or unlocks the vault (the
 * cookie is set then, never before) and ends when the vault locks, however it locks: a page from
 * before that, or a browser holding an old cookie, then has nothing. Before unlock the forms
 * (create, unlock) carry a door token that is not tied to any browser: it only proves that the form
 * was served by this server since it last started or locked, which another site cannot read.
 *
 * <p>A vault the server was handed already open (the demo's throwaway vault of invented data) has
 * had no unlock to bind a session to: the first browser that opens a page claims it. Her own vault
 * always starts locked, so this never happens to it: the first time the guard sees the vault shut,
 * claiming ends for good.
 */
final class Sessions {
  private volatile Session current;
  private volatile String doorToken = Tokens.fresh();
  private volatile boolean claimable = true;

  /** A new session, replacing any other (the vault was unlocked again, perhaps elsewhere). */
  synchronized Session open() {
    claimable = false;
    current = new Session(Tokens.fresh(), Tokens.fresh());
    doorToken = Tokens.fresh();
    return current;
  }

  /** Ends the session: its cookie and token are worth nothing from now on. */
  synchronized void close() {
    claimable = false;
    if (current != null) {
      current = null;
      doorToken = Tokens.fresh();
    }
  }

  /**
   * The session of a vault the server was handed open, for the first browser to ask; empty once
   * anyone holds a session, or the vault has been seen shut.
   */
  synchronized Optional<Session> claim() {
    return claimable ? Optional.of(open()) : Optional.empty();
  }

  /** The session this cookie value belongs to, if it is the current one. */
  Optional<Session> holding(String cookie) {
    Session now = current;
    return now != null && Tokens.same(cookie, now.id()) ? Optional.of(now) : Optional.empty();
  }

  /** The token a form must carry: the session's, or the door token for one without a session. */
  String token(Optional<Session> session) {
    return session.map(Session::csrf).orElse(doorToken);
  }

  /**
   * One unlocked session.
   *
   * @param id the cookie's value
   * @param csrf the token every form and htmx request of this session carries
   */
  record Session(String id, String csrf) {
    @Override
    public String toString() {
      return "Session[secrets hidden]";
    }
  }
}
