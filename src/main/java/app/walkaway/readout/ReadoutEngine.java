package app.walkaway.readout;

import app.walkaway.event.Event;
import app.walkaway.signals.Behaviour;
import app.walkaway.signals.BehaviourFinder;
import app.walkaway.signals.EventSignal;
import app.walkaway.signals.SignalDetector;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    List<Event> upToNow = upToNow(input);
    return read(input, detector.readAll(upToNow), finder.find(upToNow, input.now()));
  }

  /**
   * The read-out from signals and behaviours the caller already found in the input's events up to
   * its now (see {@link #upToNow}) with this engine's detector and finder: a caller that shows them
   * too need not find them twice, which on a long history is most of the time a read-out takes.
   */
  public Readout read(ReadoutInput input, List<EventSignal> signals, List<Behaviour> behaviours) {
    Objects.requireNonNull(input, "input");
    return read(input, new Facts(input, signals, behaviours));
  }

  /** The events of the input that the read-out reads: none after its now. */
  public static List<Event> upToNow(ReadoutInput input) {
    return Facts.upToNow(input);
  }

  private Readout read(ReadoutInput input, Facts facts) {
    Decision d =
        RULES.stream()
            .map(rule -> rule.apply(facts))
            .flatMap(Optional::stream)
            .findFirst()
            .orElseGet(() -> QuietRules.tooEarly(facts));
    return new Readout(
        d.outcome(),
        input.name(),
        d.reasons(),
        Comparison.of(input),
        d.needed(),
        d.citations(),
        new Confidence(d.level(), d.basis(), restsOn(d.citations(), facts.days)),
        NextSteps.playbookOutcome(d.outcome()),
        facts.days);
  }

  /**
   * What the answer rests on, counted: "one visit and two messages", not "a pattern". An event
   * cited for two reasons counts once.
   */
  private static Confidence.RestsOn restsOn(List<Citation> citations, double days) {
    Map<String, Citation> events = new LinkedHashMap<>();
    citations.forEach(c -> events.putIfAbsent(c.at() + " " + c.source(), c));
    int messages = 0;
    int calls = 0;
    int visits = 0;
    int other = 0;
    for (Citation c : events.values()) {
      switch (c.kind()) {
        case CALL, MISSED_CALL -> calls++;
        case VISIT -> visits++;
        default -> {
          if (c.kind().isContact()) {
            messages++;
          } else {
            other++;
          }
        }
      }
    }
    return new Confidence.RestsOn(messages, calls, visits, other, (long) Math.floor(days));
  }
}
