package app.walkaway.analysis;

import app.walkaway.event.Event;
import app.walkaway.event.Questions;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/** Computes the figures for a time-sorted sequence of events in one pass. */
public final class Analysis {
  private Analysis() {}

  /**
   * The figures for {@code events}, which must be sorted by time (ties in any order). Events that
   * are not contact between her and him are skipped; events after {@code now} are counted apart.
   */
  public static Figures analyze(Iterable<Event> events, Settings settings) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(settings, "settings");
    ContactPass walk = new ContactPass(settings);
    LocalDateTime previous = LocalDateTime.MIN;
    for (Event event : events) {
      if (event.at().isBefore(previous)) {
        throw new IllegalArgumentException("events are not sorted by time at " + event.source());
      }
      previous = event.at();
      boolean counts = ContactPass.counts(event.who(), event.kind());
      walk.accept(
          Tally.seconds(event.at()),
          event.who(),
          event.kind(),
          counts && Questions.asks(event.text()));
    }
    return figures(walk, settings);
  }

  /** Closes the walk and reads its figures. */
  static Figures figures(ContactPass walk, Settings settings) {
    walk.finish();
    return walk.split() ? split(walk, settings) : whole(walk, settings);
  }

  private static Figures whole(ContactPass walk, Settings settings) {
    Period all = period(PeriodName.ALL, walk.firstTime(), settings.now(), walk.tallies[0]);
    return new Figures(settings, all, Optional.empty(), Optional.empty(), walk.afterNow);
  }

  private static Figures split(ContactPass walk, Settings settings) {
    LocalDateTime at = settings.split().orElseThrow();
    LocalDateTime first = walk.firstTime().isBefore(at) ? walk.firstTime() : at;
    Tally[] sum = {
      Tally.sum(walk.tallies[1][0], walk.tallies[2][0]),
      Tally.sum(walk.tallies[1][1], walk.tallies[2][1])
    };
    return new Figures(
        settings,
        period(PeriodName.ALL, first, settings.now(), sum),
        Optional.of(period(PeriodName.BEFORE, first, at, walk.tallies[1])),
        Optional.of(period(PeriodName.AFTER, at, settings.now(), walk.tallies[2])),
        walk.afterNow);
  }

  private static Period period(
      PeriodName name, LocalDateTime from, LocalDateTime to, Tally[] people) {
    double days = Math.max(0, Duration.between(from, to).toSeconds()) / 86_400.0;
    long conversations = people[0].initiations + people[1].initiations;
    return new Period(
        name,
        from,
        to,
        people[0].figures(conversations, days),
        people[1].figures(conversations, days));
  }
}
