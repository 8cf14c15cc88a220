package app.walkaway.signals.readout;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One honest answer about his response.
 *
 * @param outcome the answer
 * @param headline one or two plain sentences saying what it means
 * @param reasons why this outcome, one sentence each
 * @param figures his before/after figures in plain sentences (conversations started, messages,
 *     reply delay), with their uncertainty
 * @param needed for {@link Outcome#TOO_EARLY}: how much more time or evidence is needed
 * @param evidence the messages and events it rests on, in time order
 * @param confidence how sure, and why
 * @param safety for {@link Outcome#UNSAFE}: what to do first (empty otherwise)
 * @param nextSteps playbook ids of what to do next ({@link NextSteps})
 * @param daysSinceStart days from her start to now
 */
public record Readout(
    Outcome outcome,
    String headline,
    List<String> reasons,
    List<String> figures,
    Optional<String> needed,
    List<Evidence> evidence,
    Confidence confidence,
    List<String> safety,
    List<String> nextSteps,
    double daysSinceStart) {
  public Readout {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(needed, "needed");
    Objects.requireNonNull(confidence, "confidence");
    reasons = List.copyOf(reasons);
    figures = List.copyOf(figures);
    evidence = List.copyOf(evidence);
    safety = List.copyOf(safety);
    nextSteps = List.copyOf(nextSteps);
  }
}
