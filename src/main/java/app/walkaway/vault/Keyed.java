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
 *
 * <p>The key reaches SQLite only as hexadecimal digits: the passphrase's UTF-8 bytes through {@code
 * PRAGMA hexkey} (the same bytes, so the same key, as the text form), or a raw key and salt (see
 * {@link PageKey#rawKeyHex}). The driver has no other way to pass a key than SQL; in hex, no quote
 * or zero byte in a passphrase can end the statement early and show up in an error message.
 */
final class Keyed {
  static final int READ_CACHE_KIB = 8 * 1024;

  private Keyed() {}

  /** Keyed by the passphrase; SQLite derives the key with the salt the file holds now. */
  static SQLiteDataSource dataSource(Path file, Passphrase passphrase) {
    return dataSource(
        file, SQLiteMCSqlCipherConfig.getV4Defaults().withHexKey(passphrase.utf8Hex()).build());
  }

  /** Keyed by a key already derived and proven, with its own salt: no derivation in SQLite. */
  static SQLiteDataSource dataSource(Path file, PageKey key) {
    SQLiteMCConfig config =
        SQLiteMCSqlCipherConfig.getV4Defaults().withKey(key.rawKeyHex()).build();
    config.setHexKeyMode(SQLiteConfig.HexKeyMode.SQLCIPHER);
    return dataSource(file, config);
  }

  private static SQLiteDataSource dataSource(Path file, SQLiteMCConfig config) {
    NativeLibrary.prepare();
    // DELETE journal: one side file, only while a write is under way; no -wal/-shm left around.
    config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    // Sorting and temporary indexes stay in memory: unencrypted temp files would leak her words.
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    config.enforceForeignKeys(true);
    // 8 MiB of page cache for reading: a read-out or an export reads each page about once, and a
    // bigger cache only grows the process. An import raises it for its own transaction
    // (EventStore).
    config.setCacheSize(-READ_CACHE_KIB);
    config.setBusyTimeout(5_000);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    return source;
  }

  /** SQLite's answer when a write finds no room (ENOSPC), or the vault at its page limit. */
  static boolean isFull(SQLException e) {
    return e instanceof SQLiteException sqlite
        && sqlite.getResultCode().code % 256 == SQLiteErrorCode.SQLITE_FULL.code;
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
    if (isFull(e)) {
      return new VaultException(
          file
              + ": the disk is full, so "
              + doing
              + " could not finish. None of it was saved, and what was stored before is"
              + " unchanged. Free some space, then try again.",
          e);
    }
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
