package app.walkaway.vault;

/**
 * The vault file is damaged or is not a vault at all; told apart from a wrong passphrase so she
 * does not keep retyping a passphrase that is in fact right. See {@link PageCheck}.
 */
public final class DamagedVaultException extends VaultException {
  private static final long serialVersionUID = 1L;

  DamagedVaultException(String message) {
    super(message);
  }

  DamagedVaultException(String message, Throwable cause) {
    super(message, cause);
  }
}
