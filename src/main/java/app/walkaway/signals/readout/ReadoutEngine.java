package app.walkaway.signals.readout;

import app.walkaway.signals.BehaviourFinder;
import app.walkaway.signals.SignalDetector;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Reads his response: one outcome, checked in order, the first that holds wins. */
public final class ReadoutEngine {
  private static final List<Function<Facts, Optional<Decision>>> RULES =
      List.of(
          SafetyRule::check,
          ResponseRules::movingOn,
          ResponseRules::slippedTooOften,
          ResponseRules::chasing,
          QuietRules::indifferent);

  private final SignalDetector detector;
  private final BehaviourFinder finder;

  public ReadoutEngine(SignalDetector detector, BehaviourFinder finder) {
    this.detector = Objects.requireNonNull(detector, "detector");
    this.finder = Objects.requireNonNull(finder, "finder");
  }

  public static ReadoutEngine standard() {
    return new ReadoutEngine(SignalDetector.standard(), BehaviourFinder.standard());
  }

  public Readout read(ReadoutInput input) {
    Objects.requireNonNull(input, "input");
    Facts facts = new Facts(input, detector, finder);
    Decision d =
        RULES.stream()
            .map(rule -> rule.apply(facts))
            .flatMap(Optional::stream)
            .findFirst()
            .orElseGet(() -> QuietRules.tooEarly(facts));
    return new Readout(
        d.outcome(),
        Wording.headline(d.outcome(), input.name()),
        d.reasons(),
        Figures.sentences(input),
        d.needed(),
        d.evidence(),
        d.confidence(),
        d.outcome() == Outcome.UNSAFE ? Wording.SAFETY : List.of(),
        NextSteps.ids(d.outcome()),
        facts.days);
  }
}
