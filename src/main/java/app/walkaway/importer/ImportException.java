package app.walkaway.importer;

import app.walkaway.event.WalkawayException;

/**
 * A file that cannot be read as an export. The message says where (file and line), what was wrong,
 * and what was expected, e.g. {@code chat.txt:212: cannot read the date '31/13/24' (expected
 * day/month/year)}.
 */
public class ImportException extends WalkawayException {
  private static final long serialVersionUID = 1L;

  public ImportException(String message) {
    super(message);
  }

  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
