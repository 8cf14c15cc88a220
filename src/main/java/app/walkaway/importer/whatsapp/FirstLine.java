package app.walkaway.importer.whatsapp;

import app.walkaway.importer.Author;
import java.util.Arrays;
import java.util.Optional;

/**
 * The text after a header ("Name: body" or a notice), copied out of the line buffer because the
 * lines that follow reuse it. Kept as chars so a message costs no string until its body is built.
 */
final class FirstLine {
  private char[] chars = new char[256];
  private int length;

  void set(char[] s, int from, int to) {
    length = to - from;
    if (chars.length < length) {
      chars = Arrays.copyOf(chars, Math.max(length, chars.length * 2));
    }
    System.arraycopy(s, from, chars, 0, length);
  }

  /**
   * Where the author ends: the first ": " (FORMATS §1.5, first wins), or a final ':' for a sender
   * with an empty body ("Amazon EG:"); -1 when there is no author (a notice).
   */
  int authorEnd() {
    for (int i = 0; i + 1 < length; i++) {
      if (chars[i] == ':' && chars[i + 1] == ' ') {
        return i;
      }
    }
    return length > 1 && chars[length - 1] == ':' ? length - 1 : -1;
  }

  Optional<Author> author(AuthorNames names, int colon) {
    return names.find(chars, 0, colon);
  }

  void appendBody(StringBuilder out, int colon) {
    int from = Math.min(length, colon + 2);
    out.append(chars, from, length - from);
  }
}
