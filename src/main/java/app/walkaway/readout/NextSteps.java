package app.walkaway.readout;

import app.walkaway.method.PlaybookOutcome;

/** Which of the playbook's outcomes gives the next steps for a read-out's outcome. */
public final class NextSteps {
  private NextSteps() {}

  public static PlaybookOutcome playbookOutcome(Outcome outcome) {
    return switch (outcome) {
      case UNSAFE -> PlaybookOutcome.FEAR_POSSESSIVE;
      case MOVING_ON, INDIFFERENT -> PlaybookOutcome.INDIFFERENT;
      case CHASING -> PlaybookOutcome.CHASING;
      case TOO_EARLY -> PlaybookOutcome.TOO_EARLY;
    };
  }
}
