package app.walkaway.method;

import app.walkaway.event.WalkawayException;

/** A plan or an answer that does not fit the method, said plainly with what was expected. */
public class MethodException extends WalkawayException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, as data: each edge says how to put it right. */
  public enum Problem {
    /** A choice she made is not one the playbook knows, or does not fit with another. */
    BAD_CHOICE,
    /** Her saved plan cannot be read back; starting it again fixes it. */
    UNREADABLE_PLAN,
    /** Her saved readiness check cannot be read back; doing it again fixes it. */
    UNREADABLE_READINESS
  }

  private final Problem problem;

  public MethodException(String message) {
    this(Problem.BAD_CHOICE, message);
  }

  public MethodException(Problem problem, String message) {
    super(message);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
