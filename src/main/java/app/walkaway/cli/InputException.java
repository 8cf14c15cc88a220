package app.walkaway.cli;

import app.walkaway.event.WalkawayException;

/** Something she typed or gave on the command line cannot be used; the message says what. */
final class InputException extends WalkawayException {
  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }

  InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
