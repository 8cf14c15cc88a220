package app.walkaway.importer.whatsapp;

import java.util.Arrays;

/**
 * The text of the message being read: the body after "Name: " on its header line, then each
 * continuation line after a {@code \n} (FORMATS §1.9). Copied out of the line buffer, which the
 * next line reuses, into one reused char array; the message's only string is built once it is
 * complete.
 */
final class MessageText {
  private static final String EDITED = "<This message was edited>";

  private char[] chars = new char[256];
  private int length;
  private boolean edited;

  /**
   * Where the author ends in {@code s[from, to)}: the first ": " (FORMATS §1.5, first wins), or a
   * final ':' for a sender with an empty body ("Amazon EG:"); -1 when there is no author (a
   * notice).
   */
  static int authorEnd(char[] s, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if (s[i] == ':' && s[i + 1] == ' ') {
        return i;
      }
    }
    return to - from > 1 && s[to - 1] == ':' ? to - 1 : -1;
  }

  /** Starts a message whose first line of text is {@code s[from, to)}. */
  void start(char[] s, int from, int to) {
    length = 0;
    append(s, from, to);
  }

  /** Adds a continuation line. */
  void appendLine(char[] s, int from, int to) {
    ensure(length + 1);
    chars[length++] = '\n';
    append(s, from, to);
  }

  /**
   * The body without trailing spaces and empty lines (blank lines inside stay) and without the note
   * WhatsApp appends to edited messages; {@link #edited()} tells whether there was one.
   */
  String text() {
    int end = trimmedEnd(length);
    edited = endsWithEdited(end);
    if (edited) {
      end = trimmedEnd(end - EDITED.length());
    }
    return new String(chars, 0, end);
  }

  /** Whether the last {@link #text()} had the edit note removed. */
  boolean edited() {
    return edited;
  }

  private void append(char[] s, int from, int to) {
    int n = to - from;
    ensure(length + n);
    System.arraycopy(s, from, chars, length, n);
    length += n;
  }

  private void ensure(int capacity) {
    if (chars.length < capacity) {
      chars = Arrays.copyOf(chars, Math.max(capacity, chars.length * 2));
    }
  }

  private int trimmedEnd(int end) {
    while (end > 0 && (chars[end - 1] == '\n' || chars[end - 1] == ' ')) {
      end--;
    }
    return end;
  }

  private boolean endsWithEdited(int end) {
    int from = end - EDITED.length();
    if (from < 0 || chars[end - 1] != '>') {
      return false;
    }
    for (int i = 0; i < EDITED.length(); i++) {
      if (chars[from + i] != EDITED.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
