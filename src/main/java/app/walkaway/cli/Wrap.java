package app.walkaway.cli;

import java.io.PrintWriter;

/** Prints prose wrapped at a readable width, each line with the same indent. */
final class Wrap {
  static final int WIDTH = 92;

  private Wrap() {}

  /**
   * Prints {@code text} with {@code first} before the first line and {@code indent} before the
   * rest.
   */
  static void print(PrintWriter out, String first, String indent, String text) {
    StringBuilder line = new StringBuilder(first);
    boolean empty = true;
    for (String word : text.split(" +")) {
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        out.println(line);
        line = new StringBuilder(indent);
        empty = true;
      }
      line.append(empty ? "" : " ").append(word);
      empty = false;
    }
    out.println(line);
  }
}
