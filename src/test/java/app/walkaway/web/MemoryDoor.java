package app.walkaway.web;

import java.time.Duration;
import java.util.Arrays;

/**
 * A vault door held in memory, for the shell's tests while the service layer's session is not there
 * yet: the same states, the same refusals, and an idle lock on the real clock.
 */
final class MemoryDoor implements VaultDoor {
  private final Duration idle;
  private char[] passphrase;
  private boolean open;
  private long lastTouch = System.nanoTime();

  MemoryDoor(Duration idle) {
    this.idle = idle;
  }

  static MemoryDoor empty() {
    return new MemoryDoor(Duration.ofMinutes(15));
  }

  /** A door to a vault that exists and is open, as after unlocking. */
  static MemoryDoor unlocked(String passphrase, Duration idle) {
    MemoryDoor door = new MemoryDoor(idle);
    door.create(passphrase.toCharArray());
    return door;
  }

  @Override
  public synchronized State state() {
    if (passphrase == null) {
      return State.NONE;
    }
    if (open && System.nanoTime() - lastTouch > idle.toNanos()) {
      open = false;
    }
    return open ? State.OPEN : State.LOCKED;
  }

  @Override
  public synchronized Attempt create(char[] chosen) {
    if (passphrase != null) {
      return new Refused(Reason.ALREADY_EXISTS);
    }
    if (chosen.length < 8) {
      return new Refused(Reason.TOO_SHORT);
    }
    passphrase = chosen.clone();
    return opened();
  }

  @Override
  public synchronized Attempt unlock(char[] typed) {
    if (passphrase == null) {
      return new Refused(Reason.NO_VAULT);
    }
    return Arrays.equals(passphrase, typed) ? opened() : new Refused(Reason.WRONG_PASSPHRASE);
  }

  private Opened opened() {
    open = true;
    lastTouch = System.nanoTime();
    return new Opened();
  }

  @Override
  public synchronized void lock() {
    open = false;
  }

  @Override
  public synchronized void touch() {
    lastTouch = System.nanoTime();
  }
}
