package app.walkaway.service;

/**
 * The session is locked: she locked it, or it locked itself after being idle. Nothing decrypted is
 * held any more; unlocking again (with the passphrase) is the only way back.
 */
public final class VaultLockedException extends ServiceException {
  private static final long serialVersionUID = 1L;

  VaultLockedException() {
    super(Problem.VAULT_LOCKED, "the vault is locked");
  }
}
