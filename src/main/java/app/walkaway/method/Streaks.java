package app.walkaway.method;

import app.walkaway.event.Event;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Days since the start, streaks, slips and the habit score, as pure functions of the events, the
 * plan, {@code now} and her time zone.
 *
 * <p>Days are calendar days in her zone, so a 23- or 25-hour day around a DST change is still one
 * day. A day is clean when it has no slip; today only counts once it is over, except that a slip
 * today shows at once (the streak drops to 0 and the score dips).
 */
public final class Streaks {
  private Streaks() {}

  public static Progress compute(
      List<Event> events, Plan plan, Playbook playbook, Instant now, ZoneId zone) {
    Objects.requireNonNull(now, "now");
    LocalDateTime local = LocalDateTime.ofInstant(now, zone);
    LocalDate today = local.toLocalDate();
    long day = ChronoUnit.DAYS.between(plan.start(), today);
    if (day < 0) {
      return new Progress(false, day, 0, 0, 0, 0, List.of());
    }
    List<Slip> slips =
        Slips.find(events, plan, playbook, zone).stream()
            .filter(s -> !s.at().isAfter(local))
            .toList();
    Set<LocalDate> slipDates = new TreeSet<>();
    slips.forEach(s -> slipDates.add(s.at().toLocalDate()));
    return walk(plan.start(), today, slipDates, day, slips);
  }

  private static Progress walk(
      LocalDate start, LocalDate today, Set<LocalDate> slipDates, long day, List<Slip> slips) {
    HabitScore score = new HabitScore();
    int run = 0;
    int longest = 0;
    for (LocalDate d = start; d.isBefore(today); d = d.plusDays(1)) {
      boolean clean = !slipDates.contains(d);
      score.add(clean);
      run = clean ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    if (slipDates.contains(today)) {
      score.add(false);
      run = 0;
    }
    return new Progress(true, day, run, longest, slipDates.size(), score.value(), slips);
  }
}
