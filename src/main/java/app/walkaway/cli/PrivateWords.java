package app.walkaway.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Her private words (an urge, a note) without a command-line argument, which shell history keeps
 * and other programs on the computer can read while the command runs: typed at a prompt on her
 * terminal, or read from standard input ({@code --text -}, or piped in). Read through a bound, so
 * an endless input is refused in bounded memory.
 */
final class PrivateWords {
  /** What {@code --text} takes to mean "read standard input". */
  static final String FROM_INPUT = "-";

  /** Far more than an urge or a note (the web's urge box takes 10,000 characters). */
  static final int MAX_BYTES = 64 * 1024;

  private PrivateWords() {}

  /**
   * Asks for the words: on a terminal with {@code prompt}, lines until an empty one; otherwise from
   * standard input, whole.
   */
  static String ask(String prompt) {
    Console console = System.console();
    return console == null ? fromInput(System.in) : typed(console, prompt);
  }

  /** Standard input, whole, without the spaces and line breaks around it. */
  static String fromInput(InputStream in) {
    try {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new InputException(
            "the words given on standard input are longer than "
                + MAX_BYTES / 1024
                + " kB, so nothing was logged; keep the part that matters most");
      }
      return new String(bytes, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input", e);
    }
  }

  private static String typed(Console console, String prompt) {
    console.printf("%s%n", prompt);
    StringBuilder words = new StringBuilder();
    for (String line = console.readLine(); line != null && !line.isEmpty(); ) {
      if (words.length() + line.length() > MAX_BYTES) {
        throw new InputException("that is too long to log, so nothing was logged");
      }
      words.append(words.isEmpty() ? "" : "\n").append(line);
      line = console.readLine();
    }
    return words.toString().strip();
  }
}
