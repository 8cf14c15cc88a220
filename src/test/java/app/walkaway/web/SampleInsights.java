package app.walkaway.web;

import app.walkaway.web.view.InsightsView;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Insight numbers of an invented story, laid out by the page's own layouts: she carried the contact
 * for months; since she stepped back on 1 March 2026 he reaches out more, mostly in the evening.
 */
final class SampleInsights {
  static final LocalDate START = LocalDate.of(2026, 3, 1);
  static final LocalDate TODAY = LocalDate.of(2026, 4, 15);

  private SampleInsights() {}

  static InsightsSource source(Him him) {
    return today -> Optional.of(view(him));
  }

  static InsightsView view(Him him) {
    List<WeeklyStarts.Week> weeks = new ArrayList<>();
    LocalDate monday =
        TODAY.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(25);
    for (int i = 0; i < 26; i++, monday = monday.plusWeeks(1)) {
      boolean since = !monday.isBefore(START);
      weeks.add(
          new WeeklyStarts.Week(
              monday, since ? 0 : 3 + i % 3, since ? 1 + i % 2 : i % 4 == 0 ? 1 : 0));
    }
    Map<LocalDate, Integer> days = new TreeMap<>();
    for (LocalDate day = START.minusMonths(5); !day.isAfter(TODAY); day = day.plusDays(1)) {
      int n =
          day.isBefore(START)
              ? (day.getDayOfMonth() % 5 == 0 ? 2 : 0)
              : day.getDayOfMonth() % 3 == 0 ? 5 : 1;
      days.put(day, n);
    }
    int[][] hours = new int[7][24];
    for (int d = 0; d < 7; d++) {
      for (int h = 0; h < 24; h++) {
        hours[d][h] = h >= 19 && h <= 23 ? 3 + d : h >= 8 && h <= 17 ? d % 2 : 0;
      }
    }
    return new InsightsView(
        "From 1 October 2025 to 15 April 2026: 612 messages, 14 calls and 2 visits.",
        WeeklyStarts.of(weeks, Optional.of(START), him),
        ReplyDelays.of(
            List.of(
                new ReplyDelays.Period(
                    "Before you stepped back", OptionalDouble.of(2), OptionalDouble.of(190)),
                new ReplyDelays.Period("Since", OptionalDouble.empty(), OptionalDouble.of(25))),
            him),
        "When " + him.inSentence() + " was in touch",
        CalendarLayout.of(days, TODAY, Optional.of(START), him),
        HourGridLayout.of(hours, him));
  }
}
