package app.walkaway.cli;

import app.walkaway.service.VaultSession;
import app.walkaway.service.demo.DemoVault;
import app.walkaway.web.VaultDoor;

/**
 * The web app's door onto the demo's throwaway vault. It opens unlocked, and locks as her own vault
 * does (the lock button, quick exit, the idle lock) so the demo shows what those do; the lock
 * screen tells its passphrase, and whatever she types opens it again (it is the demo). It can never
 * create a vault.
 */
final class DemoDoor implements VaultDoor {
  private final DemoVault demo;
  private VaultSession session;

  DemoDoor(DemoVault demo) {
    this.demo = demo;
    this.session = demo.session();
  }

  @Override
  public synchronized State state() {
    return session != null && session.isUnlocked() ? State.OPEN : State.LOCKED;
  }

  @Override
  public Attempt create(char[] passphrase) {
    return new Refused(Reason.ALREADY_EXISTS);
  }

  @Override
  public synchronized Attempt unlock(char[] anything) {
    session = demo.unlockAgain();
    return new Opened();
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
