package app.walkaway.cli;

import app.walkaway.service.ServiceException;
import app.walkaway.service.SessionSettings;
import app.walkaway.service.VaultPlace;
import app.walkaway.service.VaultSession;
import app.walkaway.web.VaultDoor;
import java.time.Duration;

/**
 * The web app's door onto her vault, over the service's shared {@link VaultSession}: create, unlock
 * (one key derivation), lock after an idle while, lock on demand. The web engineer replaces this
 * with the session itself; until then this object's lock guards which session is current.
 */
final class VaultFileDoor implements VaultDoor {
  private final VaultPlace place;
  private final SessionSettings settings;
  private VaultSession session;

  VaultFileDoor(VaultPlace place, Duration idle) {
    this.place = place;
    this.settings = SessionSettings.defaults().withIdleLock(idle);
  }

  @Override
  public synchronized State state() {
    if (session != null && session.isUnlocked()) {
      return State.OPEN;
    }
    return place.exists() ? State.LOCKED : State.NONE;
  }

  @Override
  public synchronized Attempt create(char[] chosen) {
    return attempt(chosen, true);
  }

  @Override
  public synchronized Attempt unlock(char[] typed) {
    return attempt(typed, false);
  }

  private Attempt attempt(char[] chars, boolean create) {
    lock();
    try {
      session =
          create
              ? VaultSession.create(place, chars, settings)
              : VaultSession.unlock(place, chars, settings);
      return new Opened();
    } catch (ServiceException e) {
      return new Refused(reason(e.problem()));
    }
  }

  private static Reason reason(ServiceException.Problem problem) {
    return switch (problem) {
      case VAULT_EXISTS -> Reason.ALREADY_EXISTS;
      case WEAK_PASSPHRASE -> Reason.TOO_SHORT;
      case NO_VAULT -> Reason.NO_VAULT;
      case WRONG_PASSPHRASE -> Reason.WRONG_PASSPHRASE;
      default -> Reason.DAMAGED;
    };
  }

  @Override
  public synchronized void lock() {
    if (session != null) {
      try {
        session.lock();
      } finally {
        session = null;
      }
    }
  }

  @Override
  public synchronized void touch() {
    if (session != null && session.isUnlocked()) {
      session.touch();
    }
  }
}
