package app.walkaway.cli;

import java.io.Console;
import java.io.IOException;
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

  /** The file's content without one trailing line break (editors add one). */
  static Secret readFile(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
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
