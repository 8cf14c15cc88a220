package app.walkaway.service;

import app.walkaway.service.ServiceException.Problem;
import app.walkaway.vault.Passphrase;
import app.walkaway.vault.Vault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Her vault, unlocked once and shared: by one command, or by every request of a web server. The key
 * is derived once (about half a second of deliberately slow PBKDF2), when the session starts.
 *
 * <p>Why this shape. The vault is one SQLCipher connection, which is not safe for two threads at
 * once, and a second connection would cost a second key derivation. So: what every page needs of
 * every event is kept in memory as columns ({@link EventColumns}: times, who, kind, channel, flags;
 * no texts), immutable and swapped atomically after each write, so any number of readers use it at
 * once without a lock and never see half an import. What only a few rows need (texts of a page, the
 * plan) is read from the vault on demand, one reader at a time, through one fair lock; those are
 * short indexed reads. Writers take a second lock first, so there is one writer at a time; the slow
 * part of an import (reading the export files) happens before either lock is taken.
 *
 * <p>{@link #lock()} closes the vault and lets go of everything decrypted the session holds;
 * afterwards every use throws {@link VaultLockedException}. The session also locks itself after
 * {@link SessionSettings#idleLock()} without use, measured on the settings' ticker: each use checks
 * (and {@link #touch()}es), and a server calls {@link #lockIfIdle()} on a timer so an idle session
 * locks even when no request comes.
 */
public final class VaultSession implements AutoCloseable {
  private final Path file;
  private final SessionSettings settings;
  private final ReentrantLock connection = new ReentrantLock(true);
  private final ReentrantLock writer = new ReentrantLock(true);
  private volatile Vault vault;
  private volatile EventColumns columns;
  private volatile long idleNanos;
  private volatile long lastUse;

  private VaultSession(Vault vault, SessionSettings settings) {
    this.file = vault.file();
    this.settings = settings;
    this.vault = vault;
    this.idleNanos = settings.idleLock().toNanos();
    this.lastUse = settings.ticker().getAsLong();
    this.columns = EventColumns.EMPTY;
  }

  /**
   * Unlocks the vault at {@code place}; {@code passphrase} is copied, the caller clears its own.
   */
  public static VaultSession unlock(VaultPlace place, char[] passphrase, SessionSettings settings) {
    Objects.requireNonNull(passphrase, "passphrase");
    Objects.requireNonNull(settings, "settings");
    place.requireExisting();
    if (passphrase.length == 0) {
      throw new ServiceException(
          Problem.WRONG_PASSPHRASE, place.file() + ": the passphrase is empty");
    }
    try (Passphrase key = Passphrase.of(passphrase)) {
      return start(
          VaultFailures.translate(() -> Vault.open(place.file(), key, ImportWordFlags.STANDARD)),
          settings);
    }
  }

  /** Creates a new vault at {@code place} and starts a session on it. */
  public static VaultSession create(VaultPlace place, char[] passphrase, SessionSettings settings) {
    Objects.requireNonNull(passphrase, "passphrase");
    Objects.requireNonNull(settings, "settings");
    if (place.exists()) {
      throw new ServiceException(
          Problem.VAULT_EXISTS,
          place.file() + ": a vault already exists here; it was left untouched");
    }
    if (passphrase.length < Passphrase.MIN_LENGTH) {
      throw weak();
    }
    try (Passphrase key = Passphrase.of(passphrase)) {
      return start(
          VaultFailures.translate(() -> Vault.create(place.file(), key, ImportWordFlags.STANDARD)),
          settings);
    }
  }

  private static VaultSession start(Vault vault, SessionSettings settings) {
    VaultSession session = new VaultSession(vault, settings);
    try {
      session.columns = session.scan(EventColumns.EMPTY);
      return session;
    } catch (RuntimeException | Error e) {
      session.lock();
      throw e;
    }
  }

  /** A passphrase being chosen that is too short to protect a vault. */
  static ServiceException weak() {
    return new ServiceException(
        Problem.WEAK_PASSPHRASE,
        "that passphrase is too short: choose one of at least "
            + Passphrase.MIN_LENGTH
            + " characters");
  }

  /** The vault file this session opened. */
  public Path file() {
    return file;
  }

  /** Whether the session is still unlocked; locks it first if it has been idle too long. */
  public boolean isUnlocked() {
    lockIfIdle();
    return vault != null;
  }

  /** Counts as a use: the idle time starts again. Throws when the session is already locked. */
  public void touch() {
    requireOpen();
  }

  /** Locks the session when it has not been used for longer than its idle lock; true if it did. */
  public boolean lockIfIdle() {
    if (vault != null && idle()) {
      lock();
      return true;
    }
    return false;
  }

  /** The idle time after which the session locks itself; changed by her settings. */
  public void idleLock(Duration after) {
    idleNanos = SessionSettings.requirePositive(after).toNanos();
  }

  public Duration idleLock() {
    return Duration.ofNanos(idleNanos);
  }

  /**
   * Closes the vault and lets go of everything decrypted this session held in memory. New uses fail
   * at once; a read or write under way finishes first (the vault closes under its lock). Safe to
   * call any number of times, from any thread.
   */
  public void lock() {
    columns = null;
    connection.lock();
    try {
      Vault open = vault;
      vault = null;
      columns = null;
      if (open != null) {
        open.close();
      }
    } finally {
      connection.unlock();
    }
  }

  @Override
  public void close() {
    lock();
  }

  /** What every page needs of every event, as of the last write. */
  EventColumns columns() {
    requireOpen();
    EventColumns now = columns;
    if (now == null) {
      throw new VaultLockedException();
    }
    return now;
  }

  /** Reads from the vault, one reader at a time (texts of a page, the plan). */
  <T> T read(Function<Vault, T> reading) {
    requireOpen();
    connection.lock();
    try {
      Vault open = openVault();
      return VaultFailures.translate(() -> reading.apply(open));
    } finally {
      connection.unlock();
    }
  }

  /**
   * Writes to the vault, one writer at a time, then brings the columns up to date before the next
   * reader sees them. {@code writing} runs in no transaction of its own: callers that write several
   * things use {@code Vault.inTransaction}.
   */
  <T> T write(Function<Vault, T> writing) {
    requireOpen();
    writer.lock();
    try {
      connection.lock();
      try {
        Vault open = openVault();
        try {
          return VaultFailures.translate(() -> writing.apply(open));
        } finally {
          refreshColumns();
        }
      } finally {
        connection.unlock();
      }
    } finally {
      writer.unlock();
    }
  }

  /** Holds the writer's place while {@code preparing} runs (the files of an import are read). */
  <T> T asWriter(java.util.function.Supplier<T> preparing) {
    requireOpen();
    writer.lock();
    try {
      return preparing.get();
    } finally {
      writer.unlock();
    }
  }

  private void refreshColumns() {
    EventColumns before = columns;
    if (before != null && vault != null) {
      columns = scan(before);
    }
  }

  /** {@code known} and what the vault stored after it. */
  private EventColumns scan(EventColumns known) {
    EventColumns.Builder newer = new EventColumns.Builder(1024);
    vault.events().scan(known.lastId, newer::add);
    return known.plus(newer);
  }

  private Vault openVault() {
    Vault open = vault;
    if (open == null) {
      throw new VaultLockedException();
    }
    return open;
  }

  private void requireOpen() {
    if (vault == null || lockIfIdle()) {
      throw new VaultLockedException();
    }
    lastUse = settings.ticker().getAsLong();
  }

  private boolean idle() {
    return settings.ticker().getAsLong() - lastUse > idleNanos;
  }
}
