package app.walkaway.cli;

import app.walkaway.event.WalkawayException;
import app.walkaway.importer.WhichConversationException;
import app.walkaway.method.MethodException;
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
    if (e instanceof WhichConversationException which) {
      // The importer says what it found; how to choose is an option of this command line.
      return which
          .getMessage()
          .replace("; say whose to read. ", "; say whose to read with --them NAME. ")
          .replace(
              "; choose one (as written below). ",
              "; choose one with --them NAME (as written below). ");
    }
    if (e instanceof ServiceException service) {
      String message = service.getMessage();
      // The vault's unlock check still names the command that makes a backup itself.
      boolean named =
          service.problem() == ServiceException.Problem.DAMAGED_VAULT
              && message.contains("walkaway backup");
      return named ? message : message + wayOut(service.problem());
    }
    if (e instanceof MethodException method) {
      return method.getMessage()
          + switch (method.problem()) {
            case UNREADABLE_PLAN -> "; start it again with walkaway plan start --date YYYY-MM-DD";
            case UNREADABLE_READINESS -> "; run walkaway readiness again";
            case BAD_CHOICE -> "";
          };
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
      case DAMAGED_VAULT -> " (walkaway backup makes one; keep it somewhere else)";
      default -> "";
    };
  }
}
