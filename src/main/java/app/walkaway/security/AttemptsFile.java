package app.walkaway.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

/**
 * The count of wrong passphrases in a row, in the file {@code unlock-attempts} beside the vault:
 * one line, {@code <count> <epoch milliseconds of the last one>}.
 *
 * <p>Why this leaks nothing: it holds a number and a time, nothing of the passphrase and nothing
 * from the vault. Whoever can read her data folder already sees that a vault is there. Whoever can
 * write it could delete the file and so reset the count, but could as well copy the vault and guess
 * offline, where no web page slows anything: this count guards the web page's door only. A file
 * that cannot be read counts as no wrong passphrase; the next wrong one writes it anew.
 */
final class AttemptsFile {
  static final String NAME = "unlock-attempts";

  /** A real file is under 40 bytes; anything much larger is not ours and is not read. */
  private static final long MAX_BYTES = 200;

  private final Path file;

  AttemptsFile(Path file) {
    this.file = file;
  }

  Path path() {
    return file;
  }

  /**
   * Wrong passphrases in a row, and when the last one was typed.
   *
   * @param failures how many
   * @param last when the last was typed (the epoch when there is none)
   */
  record Count(int failures, Instant last) {
    static final Count NONE = new Count(0, Instant.EPOCH);
  }

  Count read() {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
        return Count.NONE;
      }
      String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
      if (parts.length != 2) {
        return Count.NONE;
      }
      int failures = Integer.parseInt(parts[0]);
      long millis = Long.parseLong(parts[1]);
      return failures < 0 ? Count.NONE : new Count(failures, Instant.ofEpochMilli(millis));
    } catch (IOException | NumberFormatException | java.time.DateTimeException e) {
      return Count.NONE;
    }
  }

  /** Replaces the count in one step: a crash leaves the old count or the new one, never half. */
  void write(Count count) {
    Path temp = file.resolveSibling(NAME + ".new");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(
          temp,
          count.failures() + " " + count.last().toEpochMilli() + "\n",
          StandardCharsets.US_ASCII);
      ownerOnly(temp);
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot record a wrong passphrase", e);
    }
  }

  void clear() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot clear the count of wrong passphrases", e);
    }
  }

  private static void ownerOnly(Path path) throws IOException {
    if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    }
  }
}
