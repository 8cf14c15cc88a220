package app.walkaway.importer;

import java.util.Optional;

/**
 * Phone numbers as people write them. "+44 7700 900123", "07700900123" and "07700-900-123" are the
 * same number: country codes and trunk zeros sit at the front, so two writings agree on their
 * trailing national digits. We compare the last {@value #COMPARED} digits (the national number of
 * most countries is 9 or 10 digits long), or all of them when a number is shorter.
 */
public final class PhoneNumbers {
  /** Fewer digits than this is a short code or a name with a number in it, not a phone number. */
  static final int MIN_DIGITS = 7;

  static final int COMPARED = 9;

  private PhoneNumbers() {}

  /**
   * The comparable form of a phone number, e.g. {@code tel:700900123}, or empty when the text is
   * not a phone number (letters in it, or fewer than {@value #MIN_DIGITS} digits).
   */
  public static Optional<String> key(String text) {
    return digits(text).map(d -> "tel:" + d.substring(Math.max(0, d.length() - COMPARED)));
  }

  /** Whether two writings are the same phone number; false when either is not a number. */
  public static boolean same(String a, String b) {
    Optional<String> x = digits(a);
    Optional<String> y = digits(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    int n = Math.min(COMPARED, Math.min(x.get().length(), y.get().length()));
    return x.get().endsWith(y.get().substring(y.get().length() - n))
        && y.get().endsWith(x.get().substring(x.get().length() - n));
  }

  private static Optional<String> digits(String text) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int digit = Character.digit(c, 10);
      if (digit >= 0) {
        digits.append((char) ('0' + digit));
      } else if (!isSeparator(c)) {
        return Optional.empty();
      }
    }
    return digits.length() >= MIN_DIGITS ? Optional.of(digits.toString()) : Optional.empty();
  }

  // WhatsApp and phones write numbers with NBSP, non-breaking hyphens and bidi marks (FORMATS §1).
  private static boolean isSeparator(char c) {
    return "+-()./".indexOf(c) >= 0
        || c == '\u2010'
        || c == '\u2011'
        || Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Names.isInvisible(c);
  }
}
