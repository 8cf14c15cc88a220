package app.walkaway.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a message asks something, so it keeps waiting for an answer after the conversation goes
 * quiet. A question mark in any script is the only sign used: it is crude, but it is the same in
 * most languages and easy to explain.
 */
public final class Questions {
  private static final char[] MARKS = {'?', '\u00BF', '\uFF1F', '\u061F', '\u037E'};

  private Questions() {}

  /** The question marks {@link #asks} looks for, each as a string (for a search done elsewhere). */
  public static List<String> marks() {
    List<String> marks = new ArrayList<>(MARKS.length);
    for (char mark : MARKS) {
      marks.add(String.valueOf(mark));
    }
    return marks;
  }

  public static boolean asks(String text) {
    // One search per mark instead of a loop over chars: String's own search runs fast even under
    // the first JIT tier (no call per char), and in a Latin-1 string the marks above U+00FF are
    // ruled out without looking.
    for (char mark : MARKS) {
      if (text.indexOf(mark) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether this char is one of the question marks {@link #asks} looks for. */
  public static boolean isMark(char c) {
    if (c < 0x80) {
      return c == '?';
    }
    if (c > '\u061F' && c != '\uFF1F') {
      return false; // emoji halves, symbols, most letters: above every mark but the full-width one
    }
    for (char mark : MARKS) {
      if (c == mark) {
        return true;
      }
    }
    return false;
  }
}
