package app.walkaway.web;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The token every state-changing form and htmx request carries back (a hidden field "csrf", the
 * header X-CSRF-Token), from this one place so the security layer (issue 19) can take it over and
 * enforce it in one line. A new one is drawn whenever the vault locks, so a page left from before
 * the lock cannot change anything after it. Nothing here checks it yet.
 */
final class Csrf {
  private static final SecureRandom RANDOM = new SecureRandom();
  private volatile String token = draw();

  String token() {
    return token;
  }

  /** A fresh token; the old one is worth nothing from now on. */
  void renew() {
    token = draw();
  }

  private static String draw() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
