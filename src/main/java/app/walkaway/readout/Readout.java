package app.walkaway.readout;

import app.walkaway.method.PlaybookOutcome;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer, as data: what the evidence shows about his response, why, what it rests on, and what
 * would change it. {@code app.walkaway.text.ReadoutWords} words every part.
 *
 * @param outcome the answer
 * @param name what to call him in sentences ("He" when she gave no name)
 * @param reasons why, most important first
 * @param comparison his figures before and since her start
 * @param needed what more is needed, when the answer is "too early"
 * @param citations the messages and events it rests on, in time order
 * @param confidence how sure it is, and why
 * @param playbook the playbook outcome whose next steps apply
 * @param daysSinceStart days since her start (fractional)
 */
public record Readout(
    Outcome outcome,
    String name,
    List<Reason> reasons,
    Comparison comparison,
    Optional<Needed> needed,
    List<Citation> citations,
    Confidence confidence,
    PlaybookOutcome playbook,
    double daysSinceStart) {
  public Readout {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(name, "name");
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(needed, "needed");
    citations = List.copyOf(citations);
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(playbook, "playbook");
  }

  /** When anything points to danger, safety speaks alone (VOICE.md rule 4). */
  public boolean safetyFirst() {
    return outcome == Outcome.UNSAFE;
  }
}
