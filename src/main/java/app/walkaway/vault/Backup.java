package app.walkaway.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** An encrypted, consistent copy of an open vault. */
final class Backup {
  private Backup() {}

  /**
   * {@code VACUUM INTO} on the keyed connection reads one consistent snapshot (a read transaction,
   * so a concurrent import is either wholly in the copy or not at all) and writes it encrypted with
   * the same key: SQLite3 Multiple Ciphers encrypts the attached target with the main key. It
   * writes a hidden temporary file beside the target, forced to the disk and then renamed: a backup
   * cut short (a kill, a full disk) never leaves a file under the name she chose that looks
   * finished and is not. The vault itself is only read.
   */
  static void write(Path vault, Connection connection, Path target) {
    Path absolute = target.toAbsolutePath();
    if (Files.exists(absolute)) {
      throw new VaultException(target + ": already exists; choose a new file name for the backup");
    }
    if (absolute.normalize().equals(vault.toAbsolutePath().normalize())) {
      throw new VaultException(target + ": that is the vault itself");
    }
    Path parent = absolute.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new VaultException(target + ": the folder " + parent + " does not exist");
    }
    Path partial = SafeFiles.createPartial(absolute);
    try (Statement statement = connection.createStatement()) {
      statement.execute("VACUUM INTO '" + partial.toString().replace("'", "''") + "'");
      SafeFiles.commit(partial, absolute);
    } catch (SQLException e) {
      VaultFiles.wipe(partial);
      throw Keyed.failure(vault, "writing the backup to " + target, e);
    } catch (IOException e) {
      VaultFiles.wipe(partial);
      throw new VaultException(
          target + ": could not finish the backup (" + e.getMessage() + "); nothing was kept", e);
    }
    VaultFiles.restrict(absolute);
  }
}
