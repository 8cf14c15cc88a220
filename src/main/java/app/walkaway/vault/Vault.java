package app.walkaway.vault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;
import org.sqlite.SQLiteDataSource;

/**
 * Her vault: one SQLCipher-encrypted SQLite file. Open it, use its stores, close it. Not safe for
 * concurrent use by several threads; open one per thread if ever needed.
 *
 * <pre>{@code
 * try (Vault vault = Vault.open(VaultLocation.resolve(Optional.empty()).file(), passphrase)) {
 *   List<Event> events = vault.events().all();
 *   vault.plan().put("plan.start", "2026-11-01");
 * }
 * }</pre>
 */
public final class Vault implements AutoCloseable {
  private final Path file;
  private final Connection connection;
  private final Transactions transactions;
  private final boolean flagsWords;

  private Vault(Path file, Connection connection, boolean flagsWords) {
    this.file = file;
    this.connection = connection;
    this.transactions = new Transactions(file, connection);
    this.flagsWords = flagsWords;
  }

  /** Creates a new vault at {@code file}; refuses if anything is already there. */
  public static Vault create(Path file, Passphrase passphrase) {
    return create(file, passphrase, null);
  }

  /** Creates a vault at an older schema version; tests use it to build upgrade fixtures. */
  static Vault create(Path file, Passphrase passphrase, String migrationTarget) {
    Objects.requireNonNull(file, "file");
    passphrase.requireStrongEnough();
    if (Files.exists(file)) {
      throw new VaultException(file + ": a vault already exists here; it was left untouched");
    }
    VaultFiles.privateFolder(file.toAbsolutePath().getParent());
    VaultFiles.createPrivateFile(file);
    try {
      return open(file, passphrase, migrationTarget);
    } catch (RuntimeException e) {
      VaultFiles.wipe(file); // a half-made vault would later look damaged
      throw e;
    }
  }

  /** Opens an existing vault, updating its layout if this Walkaway is newer. */
  public static Vault open(Path file, Passphrase passphrase) {
    if (Files.isRegularFile(file)) {
      Optional<PageCheck.Damaged> badSize = PageCheck.findBadSize(file);
      if (badSize.isPresent()) {
        throw Unlock.damaged(file, badSize.get(), null);
      }
    }
    return open(file, passphrase, null);
  }

  static Vault open(Path file, Passphrase passphrase, String migrationTarget) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(passphrase, "passphrase");
    if (!Files.isRegularFile(file)) {
      throw new VaultException(file + ": no vault here yet; create one with: walkaway init");
    }
    SQLiteDataSource source = Keyed.dataSource(file, passphrase);
    Connection connection = Unlock.connect(file, source, passphrase);
    try {
      Migrations.migrate(file, new SharedConnection(connection), migrationTarget);
      if (migrationTarget == null) {
        connection.setAutoCommit(false);
        WordFlags.refresh(connection);
        connection.commit();
      }
      connection.setAutoCommit(true);
      VaultFiles.restrict(file);
      // A fixture built at a version before 3 has no word_flag table to fill.
      boolean flagsWords = migrationTarget == null || Integer.parseInt(migrationTarget) >= 3;
      return new Vault(file, connection, flagsWords);
    } catch (SQLException e) {
      closeQuietly(connection);
      throw Keyed.failure(file, "opening the vault", e);
    } catch (RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  public Path file() {
    return file;
  }

  public EventStore events() {
    return new EventStore(transactions, flagsWords);
  }

  public PlanStore plan() {
    return new PlanStore(transactions);
  }

  public JournalStore journal() {
    return new JournalStore(transactions);
  }

  public EvidenceStore evidence() {
    return new EvidenceStore(transactions);
  }

  public SourceStore sources() {
    return new SourceStore(transactions);
  }

  public ScreenStore screens() {
    return new ScreenStore(transactions);
  }

  public EventLookup lookup() {
    return new EventLookup(transactions);
  }

  /**
   * Runs {@code work} in one transaction: all of it is stored or none. Calls nest: an inner call
   * joins the outer transaction. This is how an import of several files becomes one transaction.
   */
  public <T> T inTransaction(Transactions.Work<T> work) {
    return transactions.run("saving to the vault", work);
  }

  /**
   * Direct JDBC access for tables added by later migrations (V3__..., V4__...) that have no store
   * here yet, inside a transaction like {@link #inTransaction}. Keep SQL in the owning package.
   */
  public <T> T jdbc(Transactions.Sql<T> work) {
    return transactions.sql("saving to the vault", work);
  }

  /**
   * Writes an encrypted, consistent copy to {@code target} (same passphrase) with {@code VACUUM
   * INTO} on this keyed connection; safe while the vault is in use elsewhere.
   */
  public void backupTo(Path target) {
    Backup.write(file, connection, target);
  }

  /** Re-keys the vault in place with {@code PRAGMA rekey} (one journaled transaction). */
  public void changePassphrase(Passphrase newPassphrase) {
    newPassphrase.requireStrongEnough();
    transactions.sql(
        "changing the passphrase",
        c -> {
          try (Statement statement = c.createStatement()) {
            statement.execute("PRAGMA rekey = '" + newPassphrase.text().replace("'", "''") + "'");
          }
          return null;
        });
    VaultFiles.restrict(file);
  }

  /** Overwrites and deletes a (closed) vault file and its side files; returns how many files. */
  public static int wipe(Path file) {
    if (!Files.exists(file)) {
      throw new VaultException(file + ": there is no vault here to wipe");
    }
    return VaultFiles.wipe(file);
  }

  @Override
  public void close() {
    closeQuietly(connection);
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      // Closing a read-only or rolled-back connection has nothing left to lose.
    }
  }
}
