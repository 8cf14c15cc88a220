package app.walkaway.readout;

import app.walkaway.method.OutcomeId;

/** Which of the playbook's outcomes gives the next steps for a read-out's outcome. */
public final class NextSteps {
  private NextSteps() {}

  public static OutcomeId playbookOutcome(Outcome outcome) {
    return switch (outcome) {
      case UNSAFE -> OutcomeId.FEAR_POSSESSIVE;
      case MOVING_ON, INDIFFERENT -> OutcomeId.INDIFFERENT;
      case CHASING -> OutcomeId.CHASING;
      case TOO_EARLY -> OutcomeId.TOO_EARLY;
    };
  }
}
