package app.walkaway.method;

import app.walkaway.event.Actor;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** What just happened, read from the events: the inputs of {@link Guidance}. */
final class Triggers {
  /** Days without any sign from him before guidance speaks of silence as an answer. */
  static final int SILENCE_DAYS = 14;

  private Triggers() {}

  static EnumSet<Trigger> find(
      Plan plan, Progress progress, List<Event> events, LocalDate today, boolean safetyFirst) {
    EnumSet<Trigger> found = EnumSet.noneOf(Trigger.class);
    if (safetyFirst) {
      found.add(Trigger.RED_FLAG);
    }
    if (!progress.started()) {
      found.add(Trigger.NOT_STARTED);
      return found;
    }
    LocalDate yesterday = today.minusDays(1);
    if (progress.slips().stream().anyMatch(s -> isRecent(s.at().toLocalDate(), yesterday, today))) {
      found.add(Trigger.SLIPPED);
    }
    if (events.stream().anyMatch(e -> isHisContact(e) && isRecent(day(e), yesterday, today))) {
      found.add(plan.mode() == Mode.STRICT ? Trigger.REACHED_OUT_STRICT : Trigger.REACHED_OUT_SOFT);
    }
    if (events.stream()
        .anyMatch(e -> e.kind() == Kind.URGE && isRecent(day(e), yesterday, today))) {
      found.add(Trigger.URGE);
    }
    if (silentDays(plan, events, today) >= SILENCE_DAYS) {
      found.add(Trigger.LONG_SILENCE);
    }
    return found;
  }

  private static boolean isHisContact(Event e) {
    return e.who() == Actor.THEM && e.kind().isContact();
  }

  private static LocalDate day(Event e) {
    return e.at().toLocalDate();
  }

  private static boolean isRecent(LocalDate date, LocalDate yesterday, LocalDate today) {
    return !date.isBefore(yesterday) && !date.isAfter(today);
  }

  /** Days since the last sign of him of any kind, counted from the start at the earliest. */
  private static long silentDays(Plan plan, List<Event> events, LocalDate today) {
    Optional<LocalDate> lastSign =
        events.stream()
            .filter(e -> e.who() == Actor.THEM && !day(e).isAfter(today))
            .map(Triggers::day)
            .max(LocalDate::compareTo);
    LocalDate from = lastSign.filter(d -> d.isAfter(plan.start())).orElse(plan.start());
    return ChronoUnit.DAYS.between(from, today);
  }
}
