package app.walkaway.readout;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Actor;
import app.walkaway.event.Event;
import app.walkaway.event.Timeline;
import app.walkaway.signals.BehaviourFinder;
import app.walkaway.signals.SignalDetector;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Runs the read-out over a hand-built timeline. His initiations are counted with a stand-in rule
 * (his contact after six quiet hours), enough for scenarios; the product takes them from the
 * analysis package.
 */
final class Scenario {
  static final LocalDate START = LocalDate.of(2026, 3, 1);
  static final LocalDateTime BASELINE = START.minusWeeks(8).atTime(9, 0);

  private Scenario() {}

  static Readout read(Timeline t, LocalDateTime now) {
    List<Event> events = t.events();
    LocalDateTime split = START.atStartOfDay();
    HisFigures before = figures(events, BASELINE, split);
    HisFigures after = figures(events, split, now);
    ReadoutInput input = new ReadoutInput("He", START, now, events, before, after);
    Readout read = ReadoutEngine.standard().read(input);
    // Every scenario also checks that a caller who found the signals and behaviours itself (as
    // the commands do, to show them) gets the very same read-out.
    List<Event> upToNow = ReadoutEngine.upToNow(input);
    Readout fromFound =
        ReadoutEngine.standard()
            .read(
                input,
                SignalDetector.standard().readAll(upToNow),
                BehaviourFinder.standard().find(upToNow, now));
    assertThat(fromFound).isEqualTo(read);
    return read;
  }

  static HisFigures figures(List<Event> events, LocalDateTime from, LocalDateTime to) {
    long starts = 0;
    long messages = 0;
    LocalDateTime previous = null;
    for (Event e : events) {
      if (!e.kind().isContact() || e.at().isAfter(to)) {
        continue;
      }
      boolean opens = previous == null || Duration.between(previous, e.at()).toHours() >= 6;
      previous = e.at();
      if (e.at().isBefore(from) || e.who() != Actor.THEM) {
        continue;
      }
      messages++;
      starts += opens ? 1 : 0;
    }
    double days = Math.max(0, Duration.between(from, to).toMinutes() / 1440.0);
    return new HisFigures(starts, messages, days, OptionalDouble.empty());
  }

  /** Eight weeks before the start in which he opened a conversation about every two weeks. */
  static Timeline lukewarmBefore() {
    Timeline t = Timeline.from(BASELINE);
    for (int week = 0; week < 8; week += 2) {
      t.at(BASELINE.plusWeeks(week)).his("did you see the match").minutes(5).hers("yes, great");
    }
    return t;
  }
}
