package app.walkaway.signals.readout;

import java.util.List;

/**
 * The one place that ties a read-out to the playbook's next steps. The playbook (method package)
 * names its outcomes CHASING, RESPECT_GROWS, FEAR_POSSESSIVE, INDIFFERENT, TOO_EARLY; an unsafe
 * read-out goes to its fear/possessiveness outcome, whose steps lead with safety, and a goodbye to
 * its "he doesn't seem to care" outcome: she has her answer either way.
 */
public final class NextSteps {
  private NextSteps() {}

  /** The playbook outcome name ({@code app.walkaway.method.OutcomeId}) for a read-out outcome. */
  public static String playbookOutcome(Outcome outcome) {
    return switch (outcome) {
      case UNSAFE -> "FEAR_POSSESSIVE";
      case MOVING_ON, INDIFFERENT -> "INDIFFERENT";
      case CHASING -> "CHASING";
      case TOO_EARLY -> "TOO_EARLY";
    };
  }

  /** The playbook item id of that outcome, e.g. {@code outcome.chasing}. */
  static List<String> ids(Outcome outcome) {
    String name = playbookOutcome(outcome);
    return List.of("outcome." + name.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
  }
}
