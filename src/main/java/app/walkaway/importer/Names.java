package app.walkaway.importer;

import java.util.Locale;

/** Comparing names as people type them against names as exports write them. */
public final class Names {
  private Names() {}

  /**
   * The comparable form of a name: bidi controls and invisible marks removed (WhatsApp wraps phone
   * numbers in U+202A…U+202C and prefixes non-contacts with "~ "), every kind of space made one
   * plain space, case folded. A phone number becomes {@code tel:} and its trailing digits, so "+44
   * 7700 900123" and "07700900123" have the same key.
   */
  public static String key(String name) {
    // A phone number matches however it is written: see PhoneNumbers.
    var phone = PhoneNumbers.key(name);
    if (phone.isPresent()) {
      return phone.get();
    }
    StringBuilder out = new StringBuilder(name.length());
    boolean pendingSpace = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (isInvisible(c)) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(c);
    }
    String key = out.toString();
    if (key.startsWith("~")) {
      key = key.substring(1).strip();
    }
    return key.toLowerCase(Locale.ROOT);
  }

  /** Whether what she typed names this author, by key or by the author's display name. */
  public static boolean matches(String typed, Author author) {
    String wanted = key(typed);
    return wanted.equals(author.key()) || wanted.equals(key(author.name()));
  }

  /** Marks that change how text is shown but are not part of it. */
  public static boolean isInvisible(char c) {
    return c == '\u200E'
        || c == '\u200F'
        || c == '\uFEFF'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
