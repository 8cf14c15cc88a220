package app.walkaway.cli;

import app.walkaway.event.WalkawayException;

/** An answer or text she was asked for did not come (input ended, or nothing usable). */
final class InputMissingException extends WalkawayException {
  private static final long serialVersionUID = 1L;

  InputMissingException(String message) {
    super(message);
  }
}
