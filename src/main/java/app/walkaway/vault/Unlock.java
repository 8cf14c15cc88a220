package app.walkaway.vault;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteDataSource;

/** Opening the encrypted file, and saying plainly why when it will not open. */
final class Unlock {
  private Unlock() {}

  /**
   * Connects and reads the schema, which is the first thing that needs the key. A refusal is
   * diagnosed by {@link PageCheck}: wrong passphrase, or a damaged file.
   */
  static Connection connect(Path file, SQLiteDataSource source, Passphrase passphrase) {
    Connection connection = null;
    try {
      connection = source.getConnection();
      try (Statement statement = connection.createStatement()) {
        statement.executeQuery("SELECT count(*) FROM sqlite_master").close();
      }
      return connection;
    } catch (SQLException e) {
      close(connection);
      if (Keyed.isUnreadable(e)) {
        throw refusal(file, passphrase, e);
      }
      throw new VaultException(file + ": cannot open the vault (" + e.getMessage() + ")", e);
    }
  }

  private static VaultException refusal(Path file, Passphrase passphrase, SQLException e) {
    PageCheck.Diagnosis diagnosis = PageCheck.diagnose(file, passphrase);
    if (diagnosis instanceof PageCheck.Damaged damaged) {
      return new DamagedVaultException(
          file
              + ": the vault file is damaged: "
              + damaged.reason()
              + ". Your passphrase is not the problem. Restore a copy made with walkaway backup.",
          e);
    }
    return new WrongPassphraseException(
        file
            + ": wrong passphrase: it does not open this vault. Try again with the passphrase you"
            + " chose at walkaway init (or at the last walkaway passphrase).");
  }

  static DamagedVaultException damaged(Path file, PageCheck.Damaged damaged, Exception cause) {
    return new DamagedVaultException(
        file
            + ": the vault file is damaged: "
            + damaged.reason()
            + ". Your passphrase is not the problem. Restore a copy made with walkaway backup.",
        cause);
  }

  private static void close(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // Already failing; the first error is the one to report.
      }
    }
  }
}
