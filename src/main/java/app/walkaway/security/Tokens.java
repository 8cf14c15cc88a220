package app.walkaway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets for the session and its CSRF token, and their comparison in constant time. */
final class Tokens {
  /** 256 bits: far beyond guessing, even by a page that may try millions of times. */
  private static final int BYTES = 32;

  private static final SecureRandom RANDOM = new SecureRandom();

  private Tokens() {}

  /** A fresh secret, URL- and cookie-safe (43 characters of base64url). */
  static String fresh() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * True when {@code offered} equals {@code expected}, taking the same time however many leading
   * characters match (MessageDigest.isEqual), so the time of a refusal does not tell a guesser how
   * close it was. A missing offer never matches.
   */
  static boolean same(String offered, String expected) {
    if (offered == null || expected == null) {
      return false;
    }
    return MessageDigest.isEqual(
        offered.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
