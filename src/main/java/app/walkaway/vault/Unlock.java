package app.walkaway.vault;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import org.sqlite.SQLiteDataSource;

/**
 * Opening the encrypted file, and saying plainly why when it will not open.
 *
 * <p>The rule: SQLite never sees a hot rollback journal before the key is proven. Its first read of
 * a vault with a hot journal rolls the journal back with whatever key it was given, and with a
 * wrong key that destroys the journal's pages and then the journal (issue 15: one typo after a
 * crash lost 1.2M events). So:
 *
 * <ul>
 *   <li>No hot journal: SQLite derives the key and reads page 1; with a wrong key that read fails
 *       and nothing is written. Its refusal is diagnosed by {@link PageCheck}.
 *   <li>A hot journal: the passphrase is proven in Java against page 1 as it was before the
 *       interrupted write (the journal's copy, else the file's), and only then is SQLite given the
 *       key, raw, with that page's salt. Why the salt too: an interrupted passphrase change may
 *       already have written page 1 with the new salt, and SQLite would derive the old key from it
 *       wrongly.
 * </ul>
 */
final class Unlock {
  private Unlock() {}

  /** A connection to {@code file} whose key is proven, with any interrupted write rolled back. */
  static Connection open(Path file, Passphrase passphrase) {
    Optional<RollbackJournal> journal = RollbackJournal.findHot(file);
    if (journal.isEmpty()) {
      return connect(file, Keyed.dataSource(file, passphrase), passphrase, false);
    }
    PageKey key = prove(file, journal.get(), passphrase);
    return connect(file, Keyed.dataSource(file, key), passphrase, true);
  }

  private static PageKey prove(Path file, RollbackJournal journal, Passphrase passphrase) {
    Optional<byte[]> fromJournal = journal.originalFirstPage();
    byte[] firstPage = fromJournal.or(() -> PageCheck.readFirstPage(file)).orElse(null);
    if (firstPage == null) {
      throw damaged(file, new PageCheck.Damaged("it has no whole first page"), null);
    }
    PageKey key = PageKey.derive(passphrase, PageCheck.salt(firstPage));
    if (PageCheck.verifies(key, firstPage, 1)) {
      return key;
    }
    if (fromJournal.isPresent()) {
      Optional<VaultException> other = opensFileInstead(file, journal, firstPage, passphrase);
      if (other.isPresent()) {
        throw other.get();
      }
    }
    if (SaltCheck.looksDamaged(PageCheck.salt(firstPage))) {
      throw damaged(file, new PageCheck.Damaged(SaltCheck.DAMAGED), null);
    }
    throw wrongPassphrase(file);
  }

  /**
   * The passphrase fails the journal's page 1 but may open the file's own: then either this is the
   * new passphrase of an interrupted change (the salts differ), or the journal's copy is damaged.
   */
  private static Optional<VaultException> opensFileInstead(
      Path file, RollbackJournal journal, byte[] journalPage, Passphrase passphrase) {
    byte[] filePage = PageCheck.readFirstPage(file).orElse(null);
    if (filePage == null) {
      return Optional.empty();
    }
    byte[] salt = PageCheck.salt(filePage);
    if (!PageCheck.verifies(PageKey.derive(passphrase, salt), filePage, 1)) {
      return Optional.empty();
    }
    byte[] journalSalt = PageCheck.salt(journalPage);
    if (!Arrays.equals(salt, journalSalt) && !SaltCheck.looksDamaged(journalSalt)) {
      return Optional.of(new WrongPassphraseException(interruptedChange(file)));
    }
    return Optional.of(
        new DamagedVaultException(
            file
                + ": an earlier save was interrupted, and the record kept to undo it ("
                + journal.path().getFileName()
                + ") is damaged. Your passphrase is right. Leave both files as they are and"
                + " restore a copy made with walkaway backup."));
  }

  private static String interruptedChange(Path file) {
    return file
        + ": a passphrase change was interrupted before it finished, so the vault still has your"
        + " previous passphrase. Open it with that one: nothing is lost, and the unfinished"
        + " change is undone. Then change it again with walkaway passphrase.";
  }

  /**
   * Connects, which reads the schema (sqlite-jdbc does so as soon as the key is set): the first
   * thing that needs the key, and the moment a proven hot journal is rolled back.
   */
  private static Connection connect(
      Path file, SQLiteDataSource source, Passphrase passphrase, boolean proven) {
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
        throw refusal(file, passphrase, proven, e);
      }
      throw new VaultException(file + ": cannot open the vault (" + e.getMessage() + ")", e);
    }
  }

  private static VaultException refusal(
      Path file, Passphrase passphrase, boolean proven, SQLException e) {
    PageCheck.Diagnosis diagnosis = PageCheck.diagnose(file, passphrase);
    if (diagnosis instanceof PageCheck.Damaged damaged) {
      return damaged(file, damaged, e);
    }
    if (proven) {
      // The key opened page 1 as it was; what SQLite could not read is further in.
      return damaged(file, new PageCheck.Damaged("SQLite cannot read its structure"), e);
    }
    return wrongPassphrase(file);
  }

  private static WrongPassphraseException wrongPassphrase(Path file) {
    return new WrongPassphraseException(
        file
            + ": wrong passphrase: it does not open this vault. Try again with the passphrase you"
            + " chose at walkaway init (or at the last walkaway passphrase). Nothing was changed."
            + " If you are certain it is right, the very start of the file may be damaged, which"
            + " looks the same as a typo: then restore a copy made with walkaway backup.");
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
