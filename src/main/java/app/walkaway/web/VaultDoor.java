package app.walkaway.web;

import app.walkaway.service.AppSettings;
import app.walkaway.service.ServiceException;
import app.walkaway.service.ServiceException.Problem;
import app.walkaway.service.SessionSettings;
import app.walkaway.service.VaultPlace;
import app.walkaway.service.VaultSession;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The web app's one {@link VaultSession}: created or unlocked through the service, shared by every
 * request, locked on demand, on Quick exit, and after her idle time. Every page reads through it;
 * the web never opens the vault itself. Safe to call from parallel requests: the session is swapped
 * under this object's lock, and a page that finds it locked is sent to the lock screen.
 */
public final class VaultDoor {
  private final VaultPlace place;
  private final SessionSettings settings;
  private volatile VaultSession session;
  private final List<Runnable> onLock = new CopyOnWriteArrayList<>();

  /**
   * @param place where her vault is (or will be)
   * @param settings the idle lock until she chooses her own in Settings, and the clock it runs on
   */
  public VaultDoor(VaultPlace place, SessionSettings settings) {
    this.place = Objects.requireNonNull(place, "place");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** A door over a session already open (the demo's throwaway vault). */
  public static VaultDoor opened(VaultPlace place, VaultSession open, SessionSettings settings) {
    VaultDoor door = new VaultDoor(place, settings);
    door.session = Objects.requireNonNull(open, "open");
    return door;
  }

  /**
   * Runs {@code forget} whenever the vault locks, however it locks (her button, Quick exit, the
   * idle time): what a page kept in memory or on disk for her goes with the key.
   */
  void onLock(Runnable forget) {
    onLock.add(forget);
  }

  /** Where the vault stands right now; an idle session locks itself when asked. */
  public State state() {
    if (findSession().isPresent()) {
      return State.OPEN;
    }
    return place.exists() ? State.LOCKED : State.NONE;
  }

  /** Creates her vault with this passphrase and leaves it open. Never overwrites one. */
  public synchronized Attempt create(char[] passphrase) {
    return open(passphrase, true);
  }

  /** Opens the existing vault. */
  public synchronized Attempt unlock(char[] passphrase) {
    return open(passphrase, false);
  }

  private Attempt open(char[] passphrase, boolean create) {
    lock();
    try {
      VaultSession opened =
          create
              ? VaultSession.create(place, passphrase, settings)
              : VaultSession.unlock(place, passphrase, settings);
      try {
        AppSettings.chosenIdleLock(opened).ifPresent(opened::idleLock);
      } catch (RuntimeException e) {
        opened.lock();
        throw e;
      }
      session = opened;
      return new Opened();
    } catch (ServiceException e) {
      return new Refused(e.problem());
    }
  }

  /** Locks: closes the vault and forgets anything decrypted. Safe to call when already locked. */
  public synchronized void lock() {
    VaultSession open = session;
    session = null;
    if (open != null) {
      open.lock();
      forget();
    }
  }

  /** Locks when she has been away longer than her idle time (a timer calls it); true if it did. */
  public boolean lockIfIdle() {
    VaultSession now = session;
    if (now != null && now.lockIfIdle()) {
      lock();
      return true;
    }
    return false;
  }

  private void forget() {
    for (Runnable forget : onLock) {
      try {
        forget.run();
      } catch (RuntimeException e) {
        // Each listener forgets its own part; one failing must not keep the others.
      }
    }
  }

  /** She is still here: the idle time starts again. */
  public void touch() {
    findSession().ifPresent(VaultSession::touch);
  }

  /** The open session; {@link Locked} when it is not (a page then shows the lock screen). */
  VaultSession session() {
    return findSession().orElseThrow(Locked::new);
  }

  /** The session if it is open, for what is only shown when it is (the idle time in a page). */
  Optional<VaultSession> findSession() {
    VaultSession now = session;
    if (now == null) {
      return Optional.empty();
    }
    if (!now.isUnlocked()) {
      lock(); // it locked itself while idle: let go of it, and of what pages kept
      return Optional.empty();
    }
    return Optional.of(now);
  }

  /** The idle time in force: hers once the vault is open, else the default. */
  Duration idleLock() {
    return findSession().map(VaultSession::idleLock).orElse(settings.idleLock());
  }

  public VaultPlace place() {
    return place;
  }

  /** Where the vault stands. */
  public enum State {
    /** First run: no vault yet. */
    NONE,
    LOCKED,
    OPEN
  }

  /** The result of creating or unlocking. */
  public sealed interface Attempt permits Opened, Refused {}

  /** The vault is open. */
  public record Opened() implements Attempt {}

  /** The vault stayed shut, for this reason. */
  public record Refused(Problem problem) implements Attempt {}

  /** A page needed the vault and found it locked. */
  static final class Locked extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Locked() {
      super("the vault is locked", null, false, false);
    }
  }
}
