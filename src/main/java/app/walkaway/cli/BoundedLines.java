package app.walkaway.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Lines typed or piped in, each read only up to a limit: a line longer than that (a file piped in
 * by mistake, say) is refused with a message instead of filling memory.
 */
final class BoundedLines {
  private final BufferedReader in;

  BoundedLines(InputStream stream) {
    this.in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
  }

  /**
   * The next line without its line break, or empty at the end of the input.
   *
   * @param max the most characters a line may have
   * @param what what the line is, for the message when it is too long
   */
  Optional<String> next(int max, String what) {
    StringBuilder line = new StringBuilder();
    try {
      for (int c = in.read(); ; c = in.read()) {
        if (c < 0) {
          return line.length() == 0 ? Optional.empty() : Optional.of(withoutCr(line));
        }
        if (c == '\n') {
          return Optional.of(withoutCr(line));
        }
        if (line.length() == max) {
          throw new InputMissingException(
              what + " is longer than " + max + " characters; nothing was kept");
        }
        line.append((char) c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String withoutCr(StringBuilder line) {
    int end = line.length();
    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
  }
}
