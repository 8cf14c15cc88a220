package app.walkaway.event;

/**
 * Root of the problems a user can cause or fix: a file that is not an export, a wrong passphrase, a
 * name that is not in the chat. The command line prints the message alone, never a stack trace, so
 * every message must say where, what, and what was expected.
 */
public abstract class WalkawayException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected WalkawayException(String message) {
    super(message);
  }

  protected WalkawayException(String message, Throwable cause) {
    super(message, cause);
  }
}
