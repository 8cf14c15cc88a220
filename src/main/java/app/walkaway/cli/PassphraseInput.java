package app.walkaway.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where a passphrase comes from, in order: a file named on the command line, an environment
 * variable (for scripts), else the terminal without echo. Never a command-line argument; never
 * printed or logged.
 */
final class PassphraseInput {
  static final String ENV = "WALKAWAY_PASSPHRASE";
  static final String NEW_ENV = "WALKAWAY_NEW_PASSPHRASE";

  private PassphraseInput() {}

  /** The passphrase of an existing vault. */
  static Secret existing(Optional<Path> file) {
    return from(file, ENV)
        .orElseGet(() -> ask("Passphrase: ", "the vault's passphrase", "--passphrase-file", ENV));
  }

  /** A passphrase being chosen: asked twice on a terminal so a typo does not lock her out. */
  static Secret chosen(Optional<Path> file, String envName, String fileOption) {
    Optional<Secret> scripted = from(file, envName);
    if (scripted.isPresent()) {
      return scripted.get();
    }
    try (Secret first = ask("New passphrase: ", "a new passphrase", fileOption, envName);
        Secret again = ask("Type it again: ", "a new passphrase", fileOption, envName)) {
      if (!first.sameAs(again)) {
        throw new InputException(
            "the two passphrases differ; nothing was changed. Please try again.");
      }
      return Secret.of(first.chars());
    }
  }

  private static Optional<Secret> from(Optional<Path> file, String envName) {
    if (file.isPresent()) {
      return Optional.of(readFile(file.get()));
    }
    String fromEnv = System.getenv(envName);
    return fromEnv == null || fromEnv.isEmpty()
        ? Optional.empty()
        : Optional.of(Secret.of(fromEnv));
  }

  /**
   * The most a passphrase file is read, in bytes. A passphrase of a hundred words is under 1 kB;
   * past that the file is not a passphrase file (or is {@code /dev/zero}, which never ends), and
   * reading on would only fill memory.
   */
  static final int MAX_FILE_BYTES = 1024;

  /**
   * The file's content without one trailing line break (editors add one). Read through a bound, so
   * a device or a pipe that never ends is refused after {@link #MAX_FILE_BYTES}; a pipe (as {@code
   * <(pass show walkaway)} gives) is fine.
   */
  static Secret readFile(Path file) {
    try {
      String text = decode(file, readAtMost(file));
      if (text.endsWith("\n")) {
        text = text.substring(0, text.length() - (text.endsWith("\r\n") ? 2 : 1));
      }
      if (text.isEmpty()) {
        throw new InputException(file + ": the passphrase file is empty");
      }
      return Secret.of(text);
    } catch (IOException e) {
      throw new InputException(
          file + ": cannot read the passphrase file (" + e.getMessage() + ")", e);
    }
  }

  private static byte[] readAtMost(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
      if (bytes.length > MAX_FILE_BYTES) {
        Arrays.fill(bytes, (byte) 0);
        throw new InputException(
            file
                + ": the passphrase file holds more than 1 kB, and a passphrase file holds only the"
                + " passphrase; is this the right file?");
      }
      return bytes;
    }
  }

  /** Strict UTF-8: a passphrase misread would lock her out. The bytes are wiped either way. */
  private static String decode(Path file, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new InputException(file + ": the passphrase file is not UTF-8 text", e);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  private static Secret ask(String prompt, String what, String fileOption, String envName) {
    Console console = System.console();
    if (console == null) {
      throw new InputException(
          "no terminal to ask for "
              + what
              + ". In a script, use "
              + fileOption
              + " FILE or set "
              + envName
              + ".");
    }
    char[] typed = console.readPassword(prompt);
    if (typed == null || typed.length == 0) {
      throw new InputException("no passphrase was typed; nothing was done");
    }
    try {
      return Secret.of(typed);
    } finally {
      Arrays.fill(typed, '\0');
    }
  }
}
