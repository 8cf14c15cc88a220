package app.walkaway.cli;

import app.walkaway.importer.Participant;
import app.walkaway.importer.Participants;
import app.walkaway.importer.Participants.Problem;
import java.util.List;

/** Says plainly why Walkaway could not tell who is who, and how to choose. */
final class ChoiceMessages {
  private ChoiceMessages() {}

  static String of(Problem problem, Participants people) {
    List<Participant> all = people.list();
    String given = problem.given().orElse("");
    return switch (problem.reason()) {
      case ME_MISSING ->
          "say which participant you are with --me. Participants: "
              + list(all)
              + ". For example: --me "
              + quoted(all.get(0))
              + ".";
      case ME_UNKNOWN ->
          "\""
              + given
              + "\" is not in this chat. Participants: "
              + list(all)
              + ". Choose one with --me "
              + quoted(all.get(0))
              + ".";
      case GROUP ->
          "this chat has "
              + all.size()
              + " participants: "
              + list(all)
              + ". Walkaway compares you with one person; name that person with --them, for example --them "
              + quoted(mostActiveOther(problem, people))
              + ". Everyone else is left out of the figures.";
      case THEM_UNKNOWN ->
          "\""
              + given
              + "\" is not one of the other people in this chat. Participants: "
              + list(all)
              + ". Choose one with --them "
              + quoted(mostActiveOther(problem, people))
              + ".";
    };
  }

  /** "Maya Lund (812 messages), Daniel (640)", as the spec of the command asks. */
  static String list(List<Participant> people) {
    StringBuilder out = new StringBuilder();
    for (Participant p : people) {
      if (out.length() > 0) {
        out.append(", ").append(p.name()).append(" (").append(p.messages()).append(')');
      } else {
        out.append(p.withCount());
      }
    }
    return out.toString();
  }

  private static Participant mostActiveOther(Problem problem, Participants people) {
    List<Participant> others = problem.me().map(people::others).orElse(people.list());
    return others.isEmpty() ? people.list().get(0) : others.get(0);
  }

  private static String quoted(Participant p) {
    return "\"" + p.name() + "\"";
  }
}
