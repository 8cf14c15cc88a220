package app.walkaway.vault;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;

/**
 * Her vault: one SQLCipher-encrypted SQLite file. Open it, use its stores, close it.
 *
 * <p>Threads: one vault is one connection, and every call on it (its stores, {@link
 * #inTransaction}, {@link #jdbc}, {@link #backupTo}, {@link #changePassphrase}) holds the vault's
 * lock from start to end: threads take turns, a nested call on the same thread joins the open
 * transaction, and a call from another thread waits for it to end rather than joining it. Work and
 * callbacks (a {@code forEach} sink) run under that lock and must not wait for another thread that
 * uses this vault. {@link #close} is not for while another thread is inside a call.
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
  private final VaultLock lock;
  private final Connection connection;
  private final Transactions transactions;
  private final boolean flagsWords;
  private final WordFlagger flagger;

  private Vault(
      Path file, VaultLock lock, Connection connection, boolean flagsWords, WordFlagger flagger) {
    this.file = file;
    this.lock = lock;
    this.connection = connection;
    this.transactions = new Transactions(file, connection);
    this.flagsWords = flagsWords;
    this.flagger = flagger;
  }

  /** Creates a new vault at {@code file}; refuses if anything is already there. Flags no words. */
  public static Vault create(Path file, Passphrase passphrase) {
    return create(file, passphrase, WordFlagger.NONE);
  }

  /**
   * Creates a new vault at {@code file}, whose events' words {@code flagger} reads as they are
   * stored; refuses if anything is already there.
   */
  public static Vault create(Path file, Passphrase passphrase, WordFlagger flagger) {
    return create(file, passphrase, null, flagger);
  }

  /** Creates a vault at an older schema version; tests use it to build upgrade fixtures. */
  static Vault create(Path file, Passphrase passphrase, String migrationTarget) {
    return create(file, passphrase, migrationTarget, WordFlagger.NONE);
  }

  private static Vault create(
      Path file, Passphrase passphrase, String migrationTarget, WordFlagger flagger) {
    Objects.requireNonNull(file, "file");
    passphrase.requireStrongEnough();
    if (Files.exists(file)) {
      throw new VaultException(file + ": a vault already exists here; it was left untouched");
    }
    VaultFiles.privateFolder(file.toAbsolutePath().getParent());
    VaultFiles.createPrivateFile(file);
    try {
      return open(file, passphrase, migrationTarget, flagger);
    } catch (RuntimeException e) {
      VaultFiles.wipe(file); // a half-made vault would later look damaged
      throw e;
    }
  }

  /** Opens an existing vault, updating its layout if this Walkaway is newer. Flags no words. */
  public static Vault open(Path file, Passphrase passphrase) {
    return open(file, passphrase, WordFlagger.NONE);
  }

  /**
   * Opens an existing vault, updating its layout if this Walkaway is newer; {@code flagger} reads
   * the words of what is stored, and reads all his words again when its rules changed.
   */
  public static Vault open(Path file, Passphrase passphrase, WordFlagger flagger) {
    if (Files.isRegularFile(file)) {
      Optional<PageCheck.Damaged> badSize = PageCheck.findBadSize(file);
      if (badSize.isPresent()) {
        throw Unlock.damaged(file, badSize.get(), null);
      }
    }
    return open(file, passphrase, null, flagger);
  }

  static Vault open(Path file, Passphrase passphrase, String migrationTarget) {
    return open(file, passphrase, migrationTarget, WordFlagger.NONE);
  }

  private static Vault open(
      Path file, Passphrase passphrase, String migrationTarget, WordFlagger flagger) {
    Objects.requireNonNull(flagger, "flagger");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(passphrase, "passphrase");
    if (!Files.isRegularFile(file)) {
      throw new VaultException(file + ": no vault here yet; create one with: walkaway init");
    }
    // Before anything reads the file or its journal: one Walkaway at a time.
    VaultLock lock = VaultLock.acquire(file);
    try {
      return open(file, passphrase, migrationTarget, flagger, lock);
    } catch (RuntimeException | Error e) {
      lock.close();
      throw e;
    }
  }

  private static Vault open(
      Path file,
      Passphrase passphrase,
      String migrationTarget,
      WordFlagger flagger,
      VaultLock lock) {
    Connection connection = Unlock.open(file, passphrase);
    try {
      Migrations.migrate(file, new SharedConnection(connection), migrationTarget);
      if (migrationTarget == null) {
        connection.setAutoCommit(false);
        WordFlags.refresh(connection, flagger);
        connection.commit();
      }
      connection.setAutoCommit(true);
      VaultFiles.restrict(file);
      // A fixture built at a version before 3 has no word_flag table to fill.
      boolean flagsWords = migrationTarget == null || Integer.parseInt(migrationTarget) >= 3;
      return new Vault(file, lock, connection, flagsWords, flagger);
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
    return new EventStore(transactions, flagsWords, flagger);
  }

  /** Her marks on his messages (V5). */
  public MarkStore marks() {
    return new MarkStore(transactions);
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
    transactions.outside("a backup", () -> Backup.write(file, connection, target));
  }

  /**
   * Whether {@code passphrase} is this vault's own, proven on the first page's checksum without a
   * second open (one Walkaway at a time holds the file): a page changing it asks for the current
   * one so that someone at her unlocked screen cannot lock her out.
   */
  public boolean opensWith(Passphrase passphrase) {
    byte[] firstPage =
        PageCheck.readFirstPage(file)
            .orElseThrow(() -> new VaultException(file + ": it has no whole first page"));
    return PageCheck.verifies(PageKey.derive(passphrase, PageCheck.salt(firstPage)), firstPage, 1);
  }

  /**
   * Re-keys the vault in place with {@code PRAGMA hexrekey}: one journaled transaction that
   * rewrites every page under the new key and a new salt. Interrupted, it leaves pages under both
   * keys and a hot journal holding the old pages; the next open proves the passphrase against that
   * journal first (see {@link Unlock}), so only the old passphrase rolls it back and the new one is
   * refused without a byte changing.
   */
  public void changePassphrase(Passphrase newPassphrase) {
    newPassphrase.requireStrongEnough();
    transactions.sql(
        "changing the passphrase",
        c -> {
          try (Statement statement = c.createStatement()) {
            // Hex digits only (see Keyed): nothing in the passphrase can break out of the SQL.
            statement.execute("PRAGMA hexrekey = '" + newPassphrase.utf8Hex() + "'");
          }
          return null;
        });
    VaultFiles.restrict(file);
  }

  /**
   * Puts the backup {@code backup} in place of the vault {@code file} (see {@link Restore}): the
   * backup is copied and opened with {@code passphrase} first, so a wrong passphrase or a damaged
   * backup leaves the vault untouched; the current vault is set aside and wiped only once the
   * backup is in place. Returns how many events the restored vault holds.
   */
  public static long restore(Path backup, Path file, Passphrase passphrase) {
    return Restore.from(backup, file, passphrase);
  }

  /**
   * Overwrites and deletes a vault file and its side files, then its lock; returns how many files
   * were overwritten. Refused while another Walkaway has the vault open.
   */
  public static int wipe(Path file) {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new VaultException(file + ": there is no vault here to wipe");
    }
    if (Files.isSymbolicLink(file)) {
      return VaultFiles.wipe(file); // refuses, saying why
    }
    try (VaultLock lock = VaultLock.acquire(file)) {
      int removed = VaultFiles.wipe(file);
      VaultFiles.removeLock(VaultLock.pathOf(file));
      return removed;
    }
  }

  @Override
  public void close() {
    closeQuietly(connection);
    lock.close();
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      // Closing a read-only or rolled-back connection has nothing left to lose.
    }
  }
}
