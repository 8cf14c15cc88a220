package app.walkaway.importer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An export holds several conversations and which one is his could not be settled: she named no
 * one, or the name matched none or several. Carries the choices, so each edge can ask in its own
 * way (an option to add on the command line, a list to pick from on a page).
 */
public final class WhichConversationException extends ImportException {
  private static final long serialVersionUID = 1L;

  private final transient List<Conversations.Candidate> choices;
  private final transient Optional<String> given;

  WhichConversationException(
      String message, List<Conversations.Candidate> choices, Optional<String> given) {
    super(message);
    this.choices = List.copyOf(choices);
    this.given = Objects.requireNonNull(given, "given");
  }

  /**
   * The conversations to choose from: the ones the name matched, or else all of them (for a very
   * big export, the first {@link Conversations#LISTED} at least).
   */
  public List<Conversations.Candidate> choices() {
    return choices;
  }

  /** The name she gave, when it matched none or several. */
  public Optional<String> given() {
    return given;
  }
}
