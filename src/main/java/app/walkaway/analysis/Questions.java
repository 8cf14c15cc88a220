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
      switch (text.charAt(i)) {
        case '?', '\uFF1F', '\u061F', '\u037E', '\u00BF' -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }
}
