package app.walkaway.safety.help;

import app.walkaway.event.WalkawayException;

/** A country the directory does not hold, or no country chosen. */
public final class HelpException extends WalkawayException {
  private static final long serialVersionUID = 1L;

  HelpException(String message) {
    super(message);
  }
}
