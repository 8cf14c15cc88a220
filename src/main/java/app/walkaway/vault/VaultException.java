package app.walkaway.vault;

import app.walkaway.event.WalkawayException;

/** A problem with the vault the user can understand and act on; printed without a stack trace. */
public class VaultException extends WalkawayException {
  private static final long serialVersionUID = 1L;

  public VaultException(String message) {
    super(message);
  }

  public VaultException(String message, Throwable cause) {
    super(message, cause);
  }
}
