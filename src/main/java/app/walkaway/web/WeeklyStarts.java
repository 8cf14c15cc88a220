package app.walkaway.web;

import app.walkaway.web.view.Chart;
import app.walkaway.web.view.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
      return "There are no conversations to count yet.";
    }
    if (start.isEmpty()) {
      return "Over these weeks you started "
          + sum(weeks, true)
          + " conversations and "
          + him.inSentence()
          + " started "
          + sum(weeks, false)
          + ".";
    }
    List<Week> before =
        weeks.stream().filter(w -> w.monday().plusDays(7).compareTo(start.get()) <= 0).toList();
    List<Week> since = weeks.stream().filter(w -> !w.monday().isBefore(start.get())).toList();
    if (since.isEmpty()) {
      return "Before you stepped back, "
          + him.inSentence()
          + " started about "
          + perWeek(sum(before, false), before.size())
          + " a week, and you about "
          + perWeek(sum(before, true), before.size())
          + ".";
    }
    return "Since you stepped back, "
        + him.inSentence()
        + " has started about "
        + perWeek(sum(since, false), since.size())
        + " a week; before, about "
        + perWeek(sum(before, false), before.size())
        + ".";
  }

  private static long sum(List<Week> weeks, boolean hers) {
    return weeks.stream().mapToLong(w -> hers ? w.her() : w.him()).sum();
  }

  /** "1.5 conversations", "none", "1 conversation". */
  static String perWeek(long count, int weeks) {
    if (weeks == 0 || count == 0) {
      return "none";
    }
    double rate = (double) count / weeks;
    String number =
        rate >= 10 || rate == Math.rint(rate)
            ? Long.toString(Math.round(rate))
            : String.format(Locale.UK, "%.1f", rate);
    return number + (number.equals("1") ? " conversation" : " conversations");
  }
}
