package app.walkaway.service;

import app.walkaway.event.WalkawayException;
import java.util.Objects;

/**
 * A use case that could not be done, for a reason she can act on. The message says what went wrong
 * and where, never how to fix it; {@link #problem()} says which kind of thing went wrong, so each
 * edge adds its own way out (a command on the command line, a page or a button in the web app).
 */
public class ServiceException extends WalkawayException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, as data. Only ever add values: the edges switch over them. */
  public enum Problem {
    /** There is no vault at the place asked for yet. */
    NO_VAULT,
    /** A vault is already there; creating one would overwrite it. */
    VAULT_EXISTS,
    /** The passphrase does not open this vault (the file itself is fine). */
    WRONG_PASSPHRASE,
    /** A passphrase being chosen is too short or otherwise refused. */
    WEAK_PASSPHRASE,
    /** The vault file is damaged, or is not a vault. */
    DAMAGED_VAULT,
    /** The session was locked (by her, or after being idle): unlock again. */
    VAULT_LOCKED,
    /** Another problem reading or writing the vault (a full disk, another program using it). */
    VAULT_FAILED,
    /** There is no plan yet. */
    NO_PLAN,
    /** A read-out needs the day she stepped back, and there is none. */
    NO_START_DAY,
    /** The day she stepped back is later than the moment asked about. */
    START_AFTER_NOW,
    /** The readiness check pointed to safety first, so no plan is started. */
    SAFETY_FIRST,
    /** Nothing to count: the files hold no messages. */
    NO_MESSAGES,
    /** Nothing to count: the vault holds no messages yet. */
    EMPTY_VAULT,
    /** Who is who in a chat could not be settled from the names given. */
    WHO_IS_WHO,
    /** A value she gave cannot be used (an unknown kind, a bad time); the message says which. */
    BAD_INPUT
  }

  private final Problem problem;

  public ServiceException(Problem problem, String message) {
    super(message);
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  public ServiceException(Problem problem, String message, Throwable cause) {
    super(message, cause);
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  public Problem problem() {
    return problem;
  }
}
