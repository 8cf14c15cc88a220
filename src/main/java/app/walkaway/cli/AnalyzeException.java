package app.walkaway.cli;

import app.walkaway.event.WalkawayException;

/** A problem with what {@code walkaway analyze} was asked to do: names, an empty chat. */
final class AnalyzeException extends WalkawayException {
  private static final long serialVersionUID = 1L;

  AnalyzeException(String message) {
    super(message);
  }
}
