package app.walkaway.method;

import app.walkaway.event.WalkawayException;

/** A plan or an answer that does not fit the method, said plainly with what was expected. */
public class MethodException extends WalkawayException {
  private static final long serialVersionUID = 1L;

  public MethodException(String message) {
    super(message);
  }
}
