package app.walkaway.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Statement;

/**
 * What a crash in the middle of an import leaves on disk, made in-process: the vault file and its
 * journal copied while a transaction is open. SQLite writes nothing between two statements of this
 * thread, so the copy is exactly what a kill at that moment would leave. A small page cache makes
 * SQLite write changed pages into the file (after journaling and syncing the originals) before the
 * commit, so the copy's file is part rewritten.
 */
final class CrashImages {
  private CrashImages() {}

  /**
   * Copies {@code vault} into {@code into} (same file name) part way through adding {@code events}
   * new events; the vault itself then commits them.
   */
  static Path midImport(Path vault, String passphrase, int events, Path into) {
    Path copy = into.resolve(vault.getFileName());
    try (Vault opened = Vault.open(vault, Passphrase.of(passphrase))) {
      opened.jdbc(
          c -> {
            try (Statement s = c.createStatement()) {
              s.execute("PRAGMA cache_size = -" + CrashChild.CACHE_KIB);
            }
            return null;
          });
      opened.inTransaction(
          () -> {
            opened.events().add(Samples.many(events, "later.txt", "and the rain"));
            copy(vault, copy);
            copy(RollbackJournal.pathOf(vault), RollbackJournal.pathOf(copy));
            return null;
          });
    }
    return copy;
  }

  private static void copy(Path from, Path to) {
    try {
      Files.createDirectories(to.getParent());
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
