package app.walkaway.vault;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A passphrase held as characters so it can be cleared after use; never printed ({@link #toString}
 * hides it) and never logged.
 */
public final class Passphrase implements AutoCloseable {
  /** Passphrases with fewer characters besides spaces are refused when one is chosen. */
  public static final int MIN_LENGTH = 8;

  private final char[] chars;

  private Passphrase(char[] chars) {
    this.chars = chars;
  }

  /** Takes a copy of {@code chars}; the caller may clear its own array. */
  public static Passphrase of(char[] chars) {
    Objects.requireNonNull(chars, "chars");
    if (chars.length == 0) {
      throw new VaultException("the passphrase is empty");
    }
    return new Passphrase(chars.clone());
  }

  public static Passphrase of(String text) {
    return of(text.toCharArray());
  }

  /**
   * Refuses a passphrase that cannot protect a vault or could not be typed again; used when one is
   * chosen (never when opening, so no vault is ever locked out by a later rule). The rule: at least
   * {@value #MIN_LENGTH} characters that are not spaces (eight spaces, or a word padded with them,
   * protect nothing), and no control characters (a tab, a line break, a zero byte: from a file, not
   * a keyboard, and impossible to type at the prompt).
   */
  public Passphrase requireStrongEnough() {
    int visible = 0;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (Character.isISOControl(c)) {
        throw new VaultException(
            "that passphrase contains a control character (such as a tab, a line break or a zero"
                + " byte), which cannot be typed at the prompt: choose one without");
      }
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        visible++;
      }
    }
    if (visible < MIN_LENGTH) {
      throw new VaultException(
          "that passphrase is too short: choose one with at least "
              + MIN_LENGTH
              + " characters besides spaces");
    }
    return this;
  }

  char[] chars() {
    return chars.clone();
  }

  /**
   * Its UTF-8 bytes in hexadecimal, the form {@code PRAGMA hexkey} and {@code PRAGMA hexrekey}
   * take; kept as short-lived as the driver allows.
   */
  String utf8Hex() {
    ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
    byte[] raw = new byte[bytes.remaining()];
    bytes.get(raw);
    Arrays.fill(bytes.array(), (byte) 0);
    try {
      return HexFormat.of().formatHex(raw);
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  /** A copy that stays usable after this one is closed. */
  public Passphrase copy() {
    return new Passphrase(chars.clone());
  }

  public boolean sameAs(Passphrase other) {
    return Arrays.equals(chars, other.chars);
  }

  @Override
  public void close() {
    Arrays.fill(chars, '\0');
  }

  @Override
  public String toString() {
    return "Passphrase[hidden]";
  }
}
