package app.walkaway.web;

import app.walkaway.text.Him;
import app.walkaway.text.InsightWords;
import app.walkaway.web.view.Chart;
import app.walkaway.web.view.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Conversations each of them started, week by week, the week she stepped back marked. */
final class WeeklyStarts {
  static final int MAX_WEEKS = 52;

  private WeeklyStarts() {}

  /** One week from Monday: conversations she started, and he started. */
  record Week(LocalDate monday, int her, int him) {}

  static Chart of(List<Week> all, Optional<LocalDate> start, Him him) {
    List<Week> weeks = all.subList(Math.max(0, all.size() - MAX_WEEKS), all.size());
    List<Table.Row> rows = new ArrayList<>(weeks.size());
    for (Week week : weeks) {
      boolean marked = start.filter(day -> contains(week, day)).isPresent();
      rows.add(
          new Table.Row(
              Dates.day(week.monday()),
              List.of(Table.Cell.count(week.her()), Table.Cell.count(week.him())),
              marked));
    }
    Table table =
        new Table(
            "Conversations started each week",
            List.of("Week of", "You started", him.subject() + " started"),
            rows);
    return new Chart(
        "starts",
        reading(weeks, start, him),
        "A line chart of conversations started each week, yours and "
            + him.possessive()
            + ", with the week you stepped back marked",
        table);
  }

  private static boolean contains(Week week, LocalDate day) {
    return !day.isBefore(week.monday()) && day.isBefore(week.monday().plusDays(7));
  }

  private static String reading(List<Week> weeks, Optional<LocalDate> start, Him him) {
    if (weeks.isEmpty()) {
      return InsightWords.noStarts();
    }
    if (start.isEmpty()) {
      return InsightWords.startsAll(sum(weeks, true), sum(weeks, false), him);
    }
    List<Week> before =
        weeks.stream().filter(w -> w.monday().plusDays(7).compareTo(start.get()) <= 0).toList();
    List<Week> since = weeks.stream().filter(w -> !w.monday().isBefore(start.get())).toList();
    if (since.isEmpty()) {
      return InsightWords.startsBefore(sum(before, true), sum(before, false), before.size(), him);
    }
    return InsightWords.startsSince(
        sum(since, false), since.size(), sum(before, false), before.size(), him);
  }

  private static long sum(List<Week> weeks, boolean hers) {
    return weeks.stream().mapToLong(w -> hers ? w.her() : w.him()).sum();
  }
}
