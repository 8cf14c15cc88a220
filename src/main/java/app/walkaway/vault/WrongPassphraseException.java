package app.walkaway.vault;

/** The passphrase does not open this vault (the file itself checks out as undamaged). */
public final class WrongPassphraseException extends VaultException {
  private static final long serialVersionUID = 1L;

  WrongPassphraseException(String message) {
    super(message);
  }
}
