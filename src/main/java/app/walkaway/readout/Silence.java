package app.walkaway.readout;

import app.walkaway.event.Event;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A burst of warm messages followed by two weeks of silence reads as indifference, not chasing: the
 * articles warn that intensity is not commitment, and what lasts is what counts.
 */
final class Silence {
  private Silence() {}

  static Optional<Decision> afterBurst(Facts f, List<Event> warm) {
    Optional<Event> last = f.lastContactFromHim();
    if (warm.isEmpty() || last.isEmpty() || f.days < ResponseRules.MIN_DAYS) {
      return Optional.empty();
    }
    long quiet = Duration.between(last.get().at(), f.now()).toDays();
    if (quiet < ResponseRules.MIN_DAYS) {
      return Optional.empty();
    }
    long span = Duration.between(warm.get(0).at(), warm.get(warm.size() - 1).at()).toDays() + 1;
    List<Citation> citations =
        warm.stream().map(e -> Citation.of(e, new Because.WarmBeforeSilence())).toList();
    return Optional.of(
        new Decision(
            Outcome.INDIFFERENT,
            List.of(new Reason.BurstThenSilence(warm.size(), span, quiet)),
            Optional.empty(),
            citations,
            Confidence.Level.MEDIUM,
            Confidence.Basis.BURST_STOPPED));
  }
}
