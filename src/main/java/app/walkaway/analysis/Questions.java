package app.walkaway.analysis;

/**
 * Whether a message asks something, so it keeps waiting for an answer after the conversation goes
 * quiet. A question mark in any script is the only sign used: it is crude, but it is the same in
 * most languages and easy to explain.
 */
public final class Questions {
  private Questions() {}

  public static boolean asks(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // Every mark but '?' lies at U+00BF or above: most letters are ruled out by one comparison.
      if (c == '?' || (c >= '\u00BF' && isMark(c))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isMark(char c) {
    return c == '\uFF1F' || c == '\u061F' || c == '\u037E' || c == '\u00BF';
  }
}
