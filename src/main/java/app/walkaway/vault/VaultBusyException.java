package app.walkaway.vault;

/**
 * Another Walkaway (another command, an import, the web app) has this vault open right now; told
 * apart so a caller may say so, or wait and try again. See {@link VaultLock}.
 */
public final class VaultBusyException extends VaultException {
  private static final long serialVersionUID = 1L;

  VaultBusyException(String message) {
    super(message);
  }
}
