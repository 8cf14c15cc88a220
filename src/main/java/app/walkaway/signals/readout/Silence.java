package app.walkaway.signals.readout;

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
    String reason =
        warm.size()
            + " warm messages over "
            + span
            + (span == 1 ? " day" : " days")
            + ", then nothing from him for "
            + quiet
            + " days.";
    List<Evidence> evidence =
        warm.stream().map(e -> Evidence.of(e, "warm, before the silence")).toList();
    return Optional.of(
        new Decision(
            Outcome.INDIFFERENT,
            List.of(reason),
            Optional.empty(),
            evidence,
            Confidence.medium(
                "A burst that stopped says more than the burst itself; if he comes"
                    + " back, the read-out will change.")));
  }
}
