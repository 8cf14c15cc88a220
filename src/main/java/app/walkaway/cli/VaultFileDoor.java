package app.walkaway.cli;

import app.walkaway.vault.DamagedVaultException;
import app.walkaway.vault.Passphrase;
import app.walkaway.vault.Vault;
import app.walkaway.vault.VaultException;
import app.walkaway.vault.WrongPassphraseException;
import app.walkaway.web.VaultDoor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The web app's door onto her vault file, until the service layer's shared session takes its place:
 * create, unlock (one key derivation), lock after an idle while, lock on demand. One open vault,
 * guarded by this object's lock.
 */
final class VaultFileDoor implements VaultDoor {
  private final Path file;
  private final long idleNanos;
  private Vault open;
  private long lastTouch;

  VaultFileDoor(Path file, Duration idle) {
    this.file = file;
    this.idleNanos = idle.toNanos();
  }

  @Override
  public synchronized State state() {
    if (open != null && System.nanoTime() - lastTouch > idleNanos) {
      lock();
    }
    if (open != null) {
      return State.OPEN;
    }
    return Files.exists(file) ? State.LOCKED : State.NONE;
  }

  @Override
  public synchronized Attempt create(char[] chosen) {
    if (Files.exists(file)) {
      return new Refused(Reason.ALREADY_EXISTS);
    }
    if (chosen.length < Passphrase.MIN_LENGTH) {
      return new Refused(Reason.TOO_SHORT);
    }
    return attempt(chosen, true);
  }

  @Override
  public synchronized Attempt unlock(char[] typed) {
    if (!Files.exists(file)) {
      return new Refused(Reason.NO_VAULT);
    }
    return attempt(typed, false);
  }

  private Attempt attempt(char[] chars, boolean create) {
    lock();
    try (Passphrase passphrase = Passphrase.of(chars.clone())) {
      open = create ? Vault.create(file, passphrase) : Vault.open(file, passphrase);
      lastTouch = System.nanoTime();
      return new Opened();
    } catch (WrongPassphraseException e) {
      return new Refused(Reason.WRONG_PASSPHRASE);
    } catch (DamagedVaultException e) {
      return new Refused(Reason.DAMAGED);
    } catch (VaultException e) {
      return new Refused(create ? Reason.TOO_SHORT : Reason.DAMAGED);
    }
  }

  @Override
  public synchronized void lock() {
    if (open != null) {
      try {
        open.close();
      } finally {
        open = null;
      }
    }
  }

  @Override
  public synchronized void touch() {
    lastTouch = System.nanoTime();
  }
}
