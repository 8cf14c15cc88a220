package app.walkaway.method;

import java.util.List;
import java.util.Objects;

/**
 * An outcome and what to do next, in order.
 *
 * @param id which outcome
 * @param item its text and help
 * @param nextSteps what to do next (next steps, and safety steps where a threat is possible)
 */
public record OutcomeAdvice(PlaybookOutcome id, Item item, List<Item> nextSteps) {
  public OutcomeAdvice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(item, "item");
    nextSteps = List.copyOf(nextSteps);
  }
}
