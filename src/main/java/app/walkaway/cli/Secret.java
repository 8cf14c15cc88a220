package app.walkaway.cli;

import java.util.Arrays;

/**
 * A passphrase as typed or read, held as characters so it can be cleared once the service has
 * copied it; never printed ({@link #toString} hides it).
 */
final class Secret implements AutoCloseable {
  private final char[] chars;

  private Secret(char[] chars) {
    this.chars = chars;
  }

  /** Takes a copy; the caller may clear its own array. */
  static Secret of(char[] chars) {
    return new Secret(chars.clone());
  }

  static Secret of(String text) {
    return new Secret(text.toCharArray());
  }

  /** The characters themselves (not a copy): hand them on, never keep them. */
  char[] chars() {
    return chars;
  }

  boolean sameAs(Secret other) {
    return Arrays.equals(chars, other.chars);
  }

  @Override
  public void close() {
    Arrays.fill(chars, '\0');
  }

  @Override
  public String toString() {
    return "Secret[hidden]";
  }
}
