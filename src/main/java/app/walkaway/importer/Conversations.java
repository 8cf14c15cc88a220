package app.walkaway.importer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Picking his conversation out of an export that holds many (a Telegram account export, a Meta
 * download, a phone's whole SMS backup), and the message that helps her choose when the pick is
 * missing or ambiguous.
 */
public final class Conversations {
  private Conversations() {}

  /**
   * One conversation the export holds.
   *
   * @param id how the importer finds it again
   * @param name who it is with, as the export names them
   * @param messages how many messages it holds
   */
  public record Candidate(String id, String name, long messages) {
    public Candidate {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
    }

    String describe() {
      return name + " (" + messages + (messages == 1 ? " message)" : " messages)");
    }
  }

  /**
   * The one candidate that {@code matches} says is him, or the only candidate when she named no
   * one; otherwise a {@link WhichConversationException} listing the choices.
   *
   * @param what the plural of what is listed, e.g. "personal chats"
   */
  public static Candidate require(
      String origin,
      String what,
      List<Candidate> all,
      Optional<String> them,
      java.util.function.BiPredicate<String, Candidate> matches) {
    if (all.isEmpty()) {
      throw new ImportException(origin + ": holds no " + what + " to read");
    }
    if (them.isEmpty()) {
      if (all.size() == 1) {
        return all.get(0);
      }
      throw new WhichConversationException(
          origin + ": holds " + all.size() + " " + what + "; say whose to read. " + listing(all),
          all,
          them);
    }
    List<Candidate> hits = all.stream().filter(c -> matches.test(them.get(), c)).toList();
    if (hits.size() == 1) {
      return hits.get(0);
    }
    String problem =
        hits.isEmpty()
            ? "none of its " + what + " is with '" + them.get() + "'"
            : hits.size() + " of its " + what + " match '" + them.get() + "'";
    List<Candidate> shown = hits.isEmpty() ? all : hits;
    throw new WhichConversationException(
        origin + ": " + problem + "; choose one (as written below). " + listing(shown),
        shown,
        them);
  }

  private static String listing(List<Candidate> shown) {
    int max = WhichConversationException.MAX_LISTED;
    String names =
        shown.stream().limit(max).map(Candidate::describe).collect(Collectors.joining(", "));
    String more = shown.size() > max ? ", and " + (shown.size() - max) + " more" : "";
    return "They are: " + names + more + ".";
  }
}
