package app.walkaway.service;

import app.walkaway.event.WalkawayException;

/**
 * Evidence that cannot be recorded as asked: a file missing, unreadable or too large, an entry that
 * does not exist.
 */
public final class EvidenceInputException extends WalkawayException {
  private static final long serialVersionUID = 1L;

  EvidenceInputException(String message) {
    super(message);
  }

  EvidenceInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
