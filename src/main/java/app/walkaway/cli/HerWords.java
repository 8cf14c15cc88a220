package app.walkaway.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Her words for an evidence entry: typed at the terminal (ending with an empty line) or read from
 * standard input, never from an argument, which would end up in the shell's history. At most {@link
 * #MAX_CHARS} characters are read.
 */
final class HerWords {
  static final int MAX_CHARS = 20_000;

  private HerWords() {}

  static String read(PrintWriter out, boolean terminal) {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    if (terminal) {
      out.println("What happened, in your own words? (End with an empty line.)");
      out.flush();
    }
    StringBuilder words = new StringBuilder();
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (terminal && line.isEmpty()) {
          break;
        }
        if (words.length() + line.length() > MAX_CHARS) {
          throw new InputMissingException(
              "what happened is longer than "
                  + MAX_CHARS
                  + " characters; keep the rest as a file with --attach");
        }
        words.append(words.length() == 0 ? "" : "\n").append(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words.toString().strip();
  }
}
