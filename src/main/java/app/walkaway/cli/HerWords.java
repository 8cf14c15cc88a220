package app.walkaway.cli;

import java.io.PrintWriter;
import java.util.Optional;

/**
 * Her words for an evidence entry: typed at the terminal (ending with an empty line) or read from
 * standard input, never from an argument, which would end up in the shell's history. At most {@link
 * #MAX_CHARS} characters are read.
 */
final class HerWords {
  static final int MAX_CHARS = 20_000;

  private HerWords() {}

  static String read(PrintWriter out, boolean terminal) {
    BoundedLines in = new BoundedLines(System.in);
    if (terminal) {
      out.println("What happened, in your own words? (End with an empty line.)");
      // A message entry needs no words of hers: an empty line alone skips them.
      out.flush();
    }
    StringBuilder words = new StringBuilder();
    for (Optional<String> line = next(in, words); line.isPresent(); line = next(in, words)) {
      if (terminal && line.get().isEmpty()) {
        break;
      }
      words.append(words.length() == 0 ? "" : "\n").append(line.get());
    }
    return words.toString().strip();
  }

  private static Optional<String> next(BoundedLines in, StringBuilder sofar) {
    int left = MAX_CHARS - sofar.length();
    if (left <= 0) {
      throw tooLong();
    }
    try {
      return in.next(left, "what happened");
    } catch (InputMissingException e) {
      throw tooLong();
    }
  }

  private static InputMissingException tooLong() {
    return new InputMissingException(
        "what happened is longer than "
            + MAX_CHARS
            + " characters; nothing was kept. Keep the rest as a file with --attach");
  }
}
