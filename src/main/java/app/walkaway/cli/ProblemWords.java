package app.walkaway.cli;

import app.walkaway.event.WalkawayException;
import app.walkaway.service.ServiceException;
import app.walkaway.service.WhoIsWhoException;

/**
 * A problem as the command line tells it: what went wrong, as the core or the service says, and
 * which command or option fixes it, which only this edge knows.
 */
final class ProblemWords {
  private ProblemWords() {}

  static String of(WalkawayException e) {
    if (e instanceof WhoIsWhoException who) {
      return who.file().map(f -> f + ": ").orElse("")
          + ChoiceMessages.of(who.reason(), who.people());
    }
    if (e instanceof ServiceException service) {
      return service.getMessage() + wayOut(service.problem());
    }
    return e.getMessage();
  }

  private static String wayOut(ServiceException.Problem problem) {
    return switch (problem) {
      case NO_VAULT -> "; create one with: walkaway init";
      case NO_PLAN -> "; start one with: walkaway plan start --date YYYY-MM-DD";
      case EMPTY_VAULT ->
          ". Import an export first (walkaway import FILE --me NAME), or name export files here.";
      case SAFETY_FIRST ->
          ". Please look at the safety steps again (walkaway readiness). If your answers have"
              + " changed, run walkaway readiness again first.";
      case NO_START_DAY -> ": give --start YYYY-MM-DD, or start a plan first (walkaway plan start)";
      case VAULT_LOCKED -> "; run the command again";
      default -> "";
    };
  }
}
