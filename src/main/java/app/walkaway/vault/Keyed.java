package app.walkaway.vault;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.mc.SQLiteMCConfig;
import org.sqlite.mc.SQLiteMCSqlCipherConfig;

/**
 * Keyed connections to one vault file. Every connection, ours and Flyway's, comes from one {@link
 * SQLiteDataSource} whose configuration carries the SQLCipher 4 key, so Flyway migrates the
 * encrypted file through the same door as everything else.
 */
final class Keyed {
  private Keyed() {}

  static SQLiteDataSource dataSource(Path file, Passphrase passphrase) {
    SQLiteMCConfig config =
        SQLiteMCSqlCipherConfig.getV4Defaults().withKey(passphrase.text()).build();
    // DELETE journal: one side file, only while a write is under way; no -wal/-shm left around.
    config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    // Sorting and temporary indexes stay in memory: unencrypted temp files would leak her words.
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    config.enforceForeignKeys(true);
    // 64 MiB of page cache: the unique index on fingerprints is written in random order, and a
    // million events' index fits in it, so an import does not re-read and re-decrypt pages.
    config.setCacheSize(-64 * 1024);
    config.setBusyTimeout(5_000);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    return source;
  }

  /** SQLCipher's answer to a wrong key, and SQLite's to a corrupt file. */
  static boolean isUnreadable(SQLException e) {
    if (e instanceof SQLiteException sqlite) {
      SQLiteErrorCode code = sqlite.getResultCode();
      return code == SQLiteErrorCode.SQLITE_NOTADB
          || code == SQLiteErrorCode.SQLITE_CORRUPT
          || code.code % 256 == SQLiteErrorCode.SQLITE_CORRUPT.code;
    }
    return false;
  }

  /** Turns a failure while reading or writing an open vault into a message for her. */
  static VaultException failure(Path file, String doing, SQLException e) {
    if (isUnreadable(e)) {
      return new DamagedVaultException(
          file
              + ": the vault file is damaged ("
              + e.getMessage()
              + ") while "
              + doing
              + ". Restore it from a backup.",
          e);
    }
    return new VaultException(file + ": could not finish " + doing + ": " + e.getMessage(), e);
  }
}
