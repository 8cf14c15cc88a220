package app.walkaway.safety.evidence;

import app.walkaway.event.WalkawayException;

/** Evidence that cannot be recorded as asked, e.g. a correction of an entry that does not exist. */
public final class EvidenceException extends WalkawayException {
  private static final long serialVersionUID = 1L;

  EvidenceException(String message) {
    super(message);
  }
}
