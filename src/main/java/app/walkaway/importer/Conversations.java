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
   * one; otherwise an {@link ImportException} listing the choices and how to choose.
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
      throw askWhich(origin, what, all, all.size());
    }
    List<Candidate> hits = all.stream().filter(c -> matches.test(them.get(), c)).toList();
    if (hits.size() == 1) {
      return hits.get(0);
    }
    List<Candidate> shown = hits.isEmpty() ? all : hits;
    throw unclear(origin, what, them.get(), hits.size(), shown, shown.size());
  }

  /**
   * The refusal of an export of several conversations when she named no one.
   *
   * @param shown the first of them, at least {@link #LISTED} when there are that many: an importer
   *     for which describing a conversation costs a read need describe no more
   * @param total how many there are in all
   */
  public static WhichConversationException askWhich(
      String origin, String what, List<Candidate> shown, long total) {
    return new WhichConversationException(
        origin + ": holds " + total + " " + what + "; say whose to read. " + listing(shown, total),
        shown,
        Optional.empty());
  }

  /**
   * The refusal when the name she gave matches none of the conversations, or several.
   *
   * @param hits how many match (0: none)
   * @param shown the first of those that match, or of all when none does (see {@link #askWhich})
   * @param total how many those are in all
   */
  public static WhichConversationException unclear(
      String origin, String what, String typed, long hits, List<Candidate> shown, long total) {
    String problem =
        hits == 0
            ? "none of its " + what + " is with '" + typed + "'"
            : hits + " of its " + what + " match '" + typed + "'";
    return new WhichConversationException(
        origin + ": " + problem + "; choose one (as written below). " + listing(shown, total),
        shown,
        Optional.of(typed));
  }

  /** How many conversations a refusal names; the rest are counted. */
  public static final int LISTED = 30;

  private static String listing(List<Candidate> shown, long total) {
    List<Candidate> named = shown.subList(0, Math.min(LISTED, shown.size()));
    String names = named.stream().map(Candidate::describe).collect(Collectors.joining(", "));
    String more = total > named.size() ? ", and " + (total - named.size()) + " more" : "";
    return "They are: " + names + more + ".";
  }
}
